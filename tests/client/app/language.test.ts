import { describe, expect, it } from 'vitest'
import {
  formatDateTime,
  formatNumber,
  fromBrowserLanguage,
  isLanguageTag,
  resolveLanguage,
} from '../../../client/i18n'

describe('language choice', () => {
  it('maps browser languages to our tags', () => {
    expect(fromBrowserLanguage('uz-Cyrl-UZ')).toBe('uz-Cyrl')
    expect(fromBrowserLanguage('uz')).toBe('uz-Latn')
    expect(fromBrowserLanguage('uz-UZ')).toBe('uz-Latn')
    expect(fromBrowserLanguage('ru-RU')).toBe('ru')
    expect(fromBrowserLanguage('en-GB')).toBe('en')
    expect(fromBrowserLanguage('de-DE')).toBeNull()
  })

  it('prefers ?lang=, then the stored choice, then the browser, then English', () => {
    expect(resolveLanguage({ query: 'ru', stored: 'en', browser: ['uz'] })).toBe('ru')
    expect(resolveLanguage({ query: 'xx', stored: 'uz-Cyrl', browser: ['ru'] })).toBe('uz-Cyrl')
    expect(resolveLanguage({ query: null, stored: 'bogus', browser: ['de', 'uz-Cyrl-UZ'] })).toBe('uz-Cyrl')
    expect(resolveLanguage({ browser: ['de', 'fr'] })).toBe('en')
  })

  it('knows exactly the four tags', () => {
    expect(['uz-Latn', 'uz-Cyrl', 'ru', 'en'].every(isLanguageTag)).toBe(true)
    expect(isLanguageTag('uz')).toBe(false)
    expect(isLanguageTag(undefined)).toBe(false)
  })

  it('formats numbers and dates per language and tolerates bad dates', () => {
    expect(formatNumber(12345, 'ru')).toMatch(/12\s345/)
    expect(formatNumber(12345, 'en')).toBe('12,345')
    expect(formatDateTime('not a date', 'en')).toBe('')
    expect(formatDateTime('2026-03-05T10:00:00Z', 'en', { year: 'numeric', timeZone: 'UTC' })).toBe('2026')
  })
})
