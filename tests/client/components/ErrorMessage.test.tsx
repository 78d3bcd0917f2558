// @vitest-environment jsdom
/**
 * How errors read in the UI: the code's sentence in the user's language, field problems listed with
 * their paths, and the server's English only where there is no translation.
 */
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ApiError, errorFromBody, fieldIssues } from '../../../client/api/client'
import { ErrorMessage, errorView, MAX_FIELD_ISSUES } from '../../../client/components/ErrorMessage'
import { i18next, initI18n } from '../../../client/i18n'
import ru from '../../../client/i18n/locales/ru/common.json'
import uzLatn from '../../../client/i18n/locales/uz-Latn/common.json'
import { builtinPacks, validatePack } from '../../../shared/methodology/index.js'

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })

let root: Root | null = null
let host: HTMLElement | null = null

async function render(error: unknown): Promise<HTMLElement> {
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  await act(async () => root?.render(<ErrorMessage error={error} />))
  return host
}

beforeAll(() => {
  initI18n('en')
})

afterEach(async () => {
  await act(async () => root?.unmount())
  host?.remove()
  await act(async () => {
    await i18next.changeLanguage('en')
  })
})

const invalidPack = () =>
  errorFromBody(
    400,
    JSON.stringify({
      error: {
        code: 'invalid_pack',
        message: 'The methodology pack is invalid.',
        details: [
          { path: 'factors.3.name.uz-Cyrl', message: 'Invalid input: expected string, received undefined' },
          { path: 'version', message: 'Use a semantic version like "1.0.0".' },
          { path: '', message: 'Unrecognized key: <img src=x onerror=alert(1)>' },
        ],
      },
    }),
  )

describe('errorView', () => {
  const has = (key: string) => key === 'errors.code.too_large'
  it('prefers the code sentence and drops the English detail', () => {
    expect(errorView(new ApiError(413, 'too_large', 'The file is larger than 20 MB.'), has)).toEqual({
      key: 'errors.code.too_large',
      detail: null,
      fields: [],
    })
  })
  it('falls back to the status sentence and keeps the English as a second line', () => {
    expect(errorView(new ApiError(409, 'brand_new', 'Something specific.'), has)).toEqual({
      key: 'errors.status_409',
      detail: 'Something specific.',
      fields: [],
    })
  })
  it('keeps a message the client wrote in the user’s language', () => {
    const e = new ApiError(413, 'too_large', '«a.pdf» больше лимита.', { localized: true })
    expect(errorView(e, has).detail).toBe('«a.pdf» больше лимита.')
  })
  it('never shows a detail for a network failure or a non-API error', () => {
    expect(errorView(new ApiError(0, 'network', 'The server cannot be reached.'), () => false)).toEqual({
      key: 'errors.status_0',
      detail: null,
      fields: [],
    })
    expect(errorView(new Error('boom'), () => true)).toEqual({
      key: 'errors.unknown',
      detail: null,
      fields: [],
    })
  })
})

describe('<ErrorMessage>', () => {
  it('lists every field problem of an invalid pack under a Russian headline', async () => {
    await act(async () => {
      await i18next.changeLanguage('ru')
    })
    const el = await render(invalidPack())
    const alert = el.querySelector('[role=alert]')
    expect(alert?.querySelector('strong')?.textContent).toBe(ru.errors.code.invalid_pack)
    expect(alert?.textContent).not.toContain('The methodology pack is invalid.')
    expect(alert?.textContent).toContain(ru.errors.fieldsIntro)
    const items = [...el.querySelectorAll('[data-testid=error-fields] li')]
    expect(items.map((li) => li.getAttribute('data-path'))).toEqual(['factors.3.name.uz-Cyrl', 'version', ''])
    expect(items[0]?.querySelector('code')?.textContent).toBe('factors.3.name.uz-Cyrl')
    expect(items[0]?.textContent).toContain('expected string, received undefined')
    // The whole-document path gets a readable name; user text stays text, never markup.
    expect(items[2]?.querySelector('code')?.textContent).toBe(ru.errors.rootPath)
    expect(items[2]?.textContent).toContain('<img src=x onerror=alert(1)>')
    expect(el.querySelector('img')).toBeNull()
  })

  it('shows the field paths of invalid_input with the translated headline', async () => {
    const e = errorFromBody(
      400,
      JSON.stringify({
        error: {
          code: 'invalid_input',
          message: 'Invalid input at password: Too small',
          details: [{ path: 'password', message: 'Too small: expected string to have >=8 characters' }],
        },
      }),
    )
    const el = await render(e)
    expect(el.querySelector('strong')?.textContent).toBe('Some of the input is not valid.')
    expect(el.querySelector('[data-path=password]')?.textContent).toContain('>=8 characters')
  })

  it('counts the problems beyond the first ones instead of listing hundreds', async () => {
    const details = Array.from({ length: MAX_FIELD_ISSUES + 7 }, (_, i) => ({
      path: `factors.${i}.id`,
      message: 'x',
    }))
    const el = await render(new ApiError(400, 'invalid_pack', 'bad', { details }))
    expect(el.querySelectorAll('[data-testid=error-fields] li')).toHaveLength(MAX_FIELD_ISSUES)
    expect(el.textContent).toContain('…and 7 more problems')
  })

  it('translates a file refusal into Uzbek without the server’s English', async () => {
    await act(async () => {
      await i18next.changeLanguage('uz-Latn')
    })
    const el = await render(
      new ApiError(
        422,
        'no_text_layer',
        'The PDF has no text layer (it looks scanned). OCR is not supported.',
      ),
    )
    expect(el.querySelector('strong')?.textContent).toBe(uzLatn.errors.code.no_text_layer)
    expect(el.textContent).not.toContain('OCR')
  })

  it('keeps the English detail under the status sentence for a code it does not know', async () => {
    const el = await render(new ApiError(409, 'review_frozen', 'The review is frozen until Monday.'))
    expect(el.querySelector('strong')?.textContent).toBe('This conflicts with what already exists.')
    expect(el.querySelector('.error-detail')?.textContent).toBe('The review is frozen until Monday.')
  })

  it('says what is wrong with each pack field in the user’s language, not zod’s English', async () => {
    const pack = structuredClone(builtinPacks()[0]) as unknown as Record<string, unknown> & {
      factors: Record<string, unknown>[]
    }
    delete pack.title
    pack.version = 'one'
    const first = pack.factors[0] as Record<string, unknown>
    pack.factors.push({ ...first, groupId: 'no-such-group' })
    const result = validatePack(pack)
    if (result.ok) throw new Error('the pack should be invalid')
    await act(async () => {
      await i18next.changeLanguage('uz-Latn')
    })
    const el = await render(new ApiError(400, 'invalid_pack', 'bad', { details: fieldIssues(result.errors) }))
    const byPath = new Map(
      [...el.querySelectorAll('[data-testid=error-fields] li')].map((li) => [
        li.getAttribute('data-path'),
        li.querySelector('.error-field-message')?.textContent,
      ]),
    )
    expect(byPath.get('title')).toBe(uzLatn.errors.field.required)
    expect(byPath.get('version')).toBe(uzLatn.errors.field.format.version)
    expect([...byPath.values()]).toContain(uzLatn.errors.field.duplicateId)
    expect([...byPath.values()]).toContain(uzLatn.errors.field.unknownGroup)
    expect(el.textContent).not.toMatch(/Invalid input|expected string|Duplicate|Unknown group/)
  })
})
