import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { parseDraft } from '../../../shared/structure/index.js'
import { fixtureText } from '../../server/importers/fixtureFiles.js'

/**
 * Every unit of every fixture act, pinned by a digest of the whole parse (kinds, numbers,
 * labels, parents and texts). Work on one drafting tradition (UK acts, resolutions) must leave
 * the others exactly as they were; when a change here is intended, say why in the commit.
 */
const PINNED: Record<string, [number, string]> = {
  'uz-latn-anticorruption-law.txt': [231, '6cbc0c6f0965c81e'],
  'uz-latn-entrepreneurship-freedom-guarantees-law.txt': [293, '09f31742760ed2a1'],
  // Amendment notes ('(Статья в редакции … № 1-ФКЗ)', '(… миллий базаси, … -сон)') join the unit
  // above instead of counting as a paragraph of their own (13 in the Constitution, 1 in ПҚ-282).
  'ru-constitution-rf.md': [664, 'dcca0155d008e293'],
  'ru-uz-labor-code-parts-1-3.txt': [674, 'd8c8af85abe8c905'],
  'en-us-hr1000-ih-jobs-for-all-bill.md': [295, '1f8a7e345d017f03'],
  'en-us-hr1-rh-for-the-people-act-div-c-ethics.md': [150, '4be3c199492501f3'],
  'uz-cyrl-pq282-financial-reporting-ifrs-resolution.txt': [239, '088a3769543d6250'],
  'uz-cyrl-seminar-news.txt': [18, '0882f48303cd6616'],
}

describe('fixture parses are pinned', () => {
  it.each(Object.keys(PINNED))('%s parses exactly as before', (name) => {
    const parsed = parseDraft(fixtureText(name))
    const digest = createHash('sha256').update(JSON.stringify(parsed)).digest('hex').slice(0, 16)
    expect([parsed.units.length, digest]).toEqual(PINNED[name])
  })
})
