/**
 * Every error code the server can emit has a sentence in all four languages. The codes are read from
 * `server/**` itself, so a new code without a translation fails here.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { codesInSource, serverErrorCodes } from './serverErrorCodes'

const ROOT = join(import.meta.dirname, '..', '..', '..')
const TAGS = ['en', 'ru', 'uz-Latn', 'uz-Cyrl'] as const

function codeSentences(tag: string): Record<string, string> {
  const common = JSON.parse(readFileSync(join(ROOT, 'client', 'i18n', 'locales', tag, 'common.json'), 'utf8'))
  return common.errors?.code ?? {}
}

describe('the server error code scanner', () => {
  it('finds codes in helper calls, worker replies, defaults and status tables', () => {
    const src = [
      "throw unprocessable('The file is odd.', 'odd_file')",
      'throw new AppError(',
      '  503,',
      "  'brand_new_code',",
      // A template literal in the scanned source, written as plain text on purpose.
      // biome-ignore lint/suspicious/noTemplateCurlyInString: this is source text for the scanner.
      "  `Busy (${n > 1 ? 's' : ''}).`,",
      ')',
      "postMessage({ ok: false, code: name === 'X' ? 'locked_pdf' : 'broken_pdf', message: 'm' })",
      "export const conflict = (message: string, code = 'clash') => new AppError(409, code, message)",
      "const HTTP = {\n  405: 'method_nope',\n}",
      "schema: { code: { type: 'string' } }",
      "const code = normalize(c.req.param('code'))",
    ].join('\n')
    expect([...codesInSource(src)].sort()).toEqual(
      ['brand_new_code', 'broken_pdf', 'clash', 'locked_pdf', 'method_nope', 'odd_file'].sort(),
    )
  })

  it('finds the codes the brief names in the real server sources', () => {
    const codes = serverErrorCodes(ROOT)
    for (const code of [
      'no_text_layer',
      'zip_bomb',
      'corrupt_file',
      'import_timeout',
      'no_legal_text',
      'too_large',
      'unsupported_type',
      'too_many_requests',
      'invalid_input',
      'not_found',
      'forbidden',
      'not_signed_in',
      'invalid_pack',
      'pack_exists',
    ]) {
      expect(codes.has(code), code).toBe(true)
    }
  })
})

describe('error code translations', () => {
  const codes = serverErrorCodes(ROOT)
  for (const tag of TAGS) {
    it(`has a sentence for every server error code in ${tag}`, () => {
      const sentences = codeSentences(tag)
      const missing = [...codes]
        .filter(([code]) => !sentences[code]?.trim())
        .map(([code, files]) => `${code} (${files.join(', ')})`)
      expect(missing).toEqual([])
    })
  }

  it('does not keep English in the other languages', () => {
    const en = codeSentences('en')
    const same: string[] = []
    for (const tag of TAGS.filter((t) => t !== 'en')) {
      for (const [code, text] of Object.entries(codeSentences(tag)))
        if (text === en[code]) same.push(`${tag}:${code}`)
    }
    expect(same).toEqual([])
  })

  it('writes Uzbek Latin with the modifier letter ʻ (U+02BB), never an apostrophe, in oʻ/gʻ', () => {
    const bad = Object.entries(codeSentences('uz-Latn')).filter(([, text]) => /[oOgG]['‘’`]/.test(text))
    expect(bad).toEqual([])
  })

  it('writes Uzbek Cyrillic and Russian in Cyrillic', () => {
    for (const tag of ['ru', 'uz-Cyrl']) {
      const latinOnly = Object.entries(codeSentences(tag)).filter(([, text]) => !/[\u0400-\u04ff]/.test(text))
      expect(latinOnly, tag).toEqual([])
    }
  })
})
