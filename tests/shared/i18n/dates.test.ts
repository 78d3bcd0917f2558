import { describe, expect, it } from 'vitest'
import { formatTime } from '../../../client/features/room/time.js'
import { formatDateTime } from '../../../client/i18n/index.js'
import { formatUzbekDate, uzbekScript } from '../../../shared/i18n/dates.js'
import { formatDate } from '../../../shared/reports/i18n.js'

// 3 December 2026, 14:05 local time.
const at = new Date(2026, 11, 3, 14, 5)

describe('dates in every language and script', () => {
  it('Uzbek Latin: Uzbek month names, never "M12"', () => {
    expect(formatUzbekDate(at, 'uz-Latn')).toBe('3-dekabr 2026')
    expect(formatDateTime(at, 'uz-Latn')).toBe('3-dekabr 2026, 14:05')
    expect(formatTime(at.toISOString(), 'uz-Latn')).toBe('3-dekabr, 14:05')
    expect(formatUzbekDate(new Date(2026, 8, 1), 'uz-Latn')).toBe('1-sentabr 2026')
  })

  it('Uzbek Cyrillic: Uzbek month names in Cyrillic', () => {
    expect(formatUzbekDate(at, 'uz-Cyrl')).toBe('3 декабрь 2026')
    expect(formatDateTime(at, 'uz-Cyrl')).toBe('3 декабрь 2026, 14:05')
    expect(formatTime(at.toISOString(), 'uz-Cyrl')).toBe('3 декабрь, 14:05')
  })

  it('Russian and English through Intl, with a month name and the year', () => {
    const ru = formatDateTime(at, 'ru')
    expect(ru).toMatch(/дек/)
    expect(ru).toContain('2026')
    const en = formatDateTime(at, 'en')
    expect(en).toMatch(/Dec/)
    expect(en).toContain('2026')
    for (const lang of ['ru', 'en', 'uz-Latn', 'uz-Cyrl']) expect(formatDateTime(at, lang)).not.toMatch(/M12/)
  })

  it('reports print numeric dates: 03.12.2026 in Uzbek and Russian, ISO in English', () => {
    expect(formatDate('uz-Latn', '2026-12-03T10:00:00Z')).toBe('03.12.2026')
    expect(formatDate('uz-Cyrl', '2026-12-03T10:00:00Z')).toBe('03.12.2026')
    expect(formatDate('ru', '2026-12-03T10:00:00Z')).toBe('03.12.2026')
    expect(formatDate('en', '2026-12-03T10:00:00Z')).toBe('2026-12-03')
  })

  it('recognises Uzbek tags in both scripts', () => {
    expect(uzbekScript('uz-Latn')).toBe('uz-Latn')
    expect(uzbekScript('uz')).toBe('uz-Latn')
    expect(uzbekScript('uz-Cyrl-UZ')).toBe('uz-Cyrl')
    expect(uzbekScript('ru')).toBeNull()
  })
})
