import { describe, expect, it } from 'vitest'
import { extractDraftText } from '../../../server/importers/index.js'
import type { Unit } from '../../../shared/domain/draft.js'
import { parseDraft } from '../../../shared/structure/index.js'
import { ACT_FIXTURES, buildDocx, buildPdf, fixtureText } from './fixtureFiles.js'

const FIXTURES = ACT_FIXTURES

/** A unit as compared across formats: everything, with whitespace in the text ignored. */
const shape = (u: Unit) => ({ ...u, text: u.text.replace(/\s+/g, '') })

async function expectSameUnits(name: string, file: { name: string; bytes: Uint8Array }) {
  const text = fixtureText(name)
  const expected = parseDraft(text)
  const extracted = await extractDraftText(file)
  const got = parseDraft(extracted.text)
  expect(got.language).toBe(expected.language)
  expect(got.units.length).toBe(expected.units.length)
  expect(got.units.map(shape)).toEqual(expected.units.map(shape))
}

describe('DOCX and PDF imports give the same units as the plain text', () => {
  it.each(FIXTURES)('DOCX built from %s', async (name) => {
    await expectSameUnits(name, { name: 'draft.docx', bytes: await buildDocx(fixtureText(name)) })
  })

  it.each(FIXTURES)(
    'justified PDF built from %s',
    async (name) => {
      await expectSameUnits(name, { name: 'draft.pdf', bytes: await buildPdf(fixtureText(name)) })
    },
    60_000,
  )

  it('left-aligned PDF of the Uzbek anti-corruption law', async () => {
    const name = 'uz-latn-anticorruption-law.txt'
    await expectSameUnits(name, { name: 'draft.pdf', bytes: await buildPdf(fixtureText(name), 'left') })
  }, 60_000)

  it('a .txt and a .md upload give the text the parser was tested with', async () => {
    for (const name of ['uz-latn-anticorruption-law.txt', 'ru-constitution-rf.md']) {
      const bytes = new TextEncoder().encode(fixtureText(name))
      const got = await extractDraftText({ name: name.replace(/\.md$/, '.txt'), bytes })
      expect(got.text).toBe(fixtureText(name))
    }
  })
})
