/**
 * Unit alignment and carrying findings on real acts (fixtures/), in Uzbek Latin, Uzbek Cyrillic and
 * Russian: an article inserted near the top (renumbering everything after it), a deleted article, a
 * changed phrase, a part unchanged while its article's other part changed, a moved article, and
 * proposals adopted verbatim and with different punctuation.
 */
import { describe, expect, it } from 'vitest'
import { alignUnits, type UnitPair } from '../../../shared/diff/align.js'
import { carryFinding, pairsByOldUnit } from '../../../shared/diff/carry.js'
import type { Unit } from '../../../shared/domain/draft.js'
import { parseDraft } from '../../../shared/structure/index.js'
import { CONVENTIONS, copy, cut, insertAfter, move, remove, render } from './scenario.js'

const WORDING = {
  'uz-Latn': {
    heading: 'Jamoatchilik nazorati',
    body: 'Fuqarolik jamiyati institutlari korrupsiyaga qarshi kurashishda jamoatchilik nazoratini amalga oshiradi.',
    replacement: 'vakolatli davlat organi',
    proposal: 'Vazirlar Mahkamasi tomonidan tasdiqlangan reglamentga muvofiq',
    punctuated: 'vazirlar mahkamasi, tomonidan tasdiqlangan — reglamentga muvofiq;',
    appended: ' Bu qoida 2027-yildan qoʻllaniladi.',
  },
  'uz-Cyrl': {
    heading: 'Жамоатчилик назорати',
    body: 'Фуқаролик жамияти институтлари коррупцияга қарши курашишда жамоатчилик назоратини амалга оширади.',
    replacement: 'ваколатли давлат органи',
    proposal: 'Вазирлар Маҳкамаси томонидан тасдиқланган регламентга мувофиқ',
    punctuated: 'вазирлар маҳкамаси, томонидан тасдиқланган — регламентга мувофиқ;',
    appended: ' Бу қоида 2027 йилдан қўлланилади.',
  },
  ru: {
    heading: 'Общественный контроль',
    body: 'Институты гражданского общества осуществляют общественный контроль за соблюдением трудового законодательства.',
    replacement: 'уполномоченный государственный орган',
    proposal: 'в порядке, утвержденном Кабинетом Министров',
    punctuated: 'В порядке утвержденном кабинетом министров:',
    appended: ' Настоящее положение применяется с 2027 года.',
  },
} as const

/** Words 2–4 of a line: a phrase to quote that is not at its start. */
function phraseOf(line: string): string {
  const words = line.trim().split(' ')
  expect(words.length).toBeGreaterThan(8)
  return words.slice(1, 4).join(' ')
}

/** The unit whose text contains `snippet` (exactly one). */
/** The index of an article's first body line long enough to quote from and found once in the act. */
function longLine(body: readonly string[], act: string): number {
  const once = (l: string) => act.indexOf(l.trim()) === act.lastIndexOf(l.trim())
  const i = body.findIndex((l) => l.trim().split(' ').length > 8 && once(l))
  expect(i).toBeGreaterThanOrEqual(0)
  return i
}

function unitWith(units: readonly Unit[], snippet: string): Unit {
  const found = units.filter((u) => u.text.includes(snippet))
  expect(found, snippet).toHaveLength(1)
  return found[0] as Unit
}

function pairOf(pairs: readonly UnitPair[], from: Unit): UnitPair {
  return pairs.find((p) => p.fromUnitId === from.id) as UnitPair
}

describe.each(['uz-Latn', 'uz-Cyrl', 'ru'] as const)('%s', (lang) => {
  const c = CONVENTIONS[lang]
  const w = WORDING[lang]
  const original = cut(c.text(), c)
  const v2 = copy(original)
  const n = original.articles.length
  const [del, changed, twoParts, moved, verbatim, punctuated] = [n - 5, 8, 5, n - 2, 11, 12]
  const v1Text = render(original, c)
  const art = (i: number) => v2.articles[i] as (typeof v2.articles)[number]

  const ci = longLine(art(changed).body, v1Text)
  const changedLine = art(changed).body[ci] as string
  const changedPhrase = phraseOf(changedLine)
  const changedNew = changedLine.replace(changedPhrase, w.replacement)
  art(changed).body[ci] = changedNew
  const ki = longLine(art(twoParts).body, v1Text)
  const keptLine = art(twoParts).body[ki] as string
  const ei = art(twoParts).body.findIndex((_, i) => i !== ki)
  const editedLine = art(twoParts).body[ei] as string
  art(twoParts).body[ei] = editedLine.replace(/\S+$/, (last) => `${last}${w.appended}`)
  const vi = longLine(art(verbatim).body, v1Text)
  const verbatimLine = art(verbatim).body[vi] as string
  const verbatimQuote = phraseOf(verbatimLine)
  art(verbatim).body[vi] = verbatimLine.replace(verbatimQuote, w.proposal)
  const pi = longLine(art(punctuated).body, v1Text)
  const punctLine = art(punctuated).body[pi] as string
  const punctQuote = phraseOf(punctLine)
  art(punctuated).body[pi] = punctLine.replace(punctQuote, w.punctuated)
  move(v2, moved, 19)
  remove(v2, del)
  insertAfter(v2, 0, { rest: w.heading, body: [w.body] })

  const A = parseDraft(render(original, c), lang).units
  const B = parseDraft(render(v2, c), lang).units
  const pairs = alignUnits(A, B)
  const headingOf = (units: readonly Unit[], i: number, rest = original.articles[i]?.rest as string) =>
    unitWith(
      units.filter((u) => u.kind === 'article'),
      rest,
    )

  it('puts every unit in exactly one pair, in the new version’s order', () => {
    expect(pairs.filter((p) => p.fromUnitId).map((p) => p.fromUnitId)).toHaveLength(A.length)
    expect(new Set(pairs.map((p) => p.fromUnitId).filter(Boolean)).size).toBe(A.length)
    expect(pairs.filter((p) => p.toUnitId).map((p) => p.toUnitId)).toEqual(B.map((u) => u.id))
    for (const p of pairs) {
      expect(p.op === 'added').toBe(p.fromUnitId === null)
      expect(p.op === 'removed').toBe(p.toUnitId === null)
    }
  })

  it('pairs renumbered articles as the same text under a new label', () => {
    const before = headingOf(A, 1)
    const p = pairOf(pairs, before)
    expect(p.op).toBe('same')
    expect(p.toUnitId).toBe(headingOf(B, 1).id)
    expect(p.toLabel).not.toBe(p.fromLabel)
    expect(p.toLabel).toBe(headingOf(B, 1).label)
    const inserted = unitWith(B, w.body)
    expect(pairs.find((x) => x.toUnitId === inserted.id)?.op).toBe('added')
    const inserted2 = pairs.find((x) => x.toUnitId === headingOf(B, 0, w.heading).id)
    expect(inserted2?.op).toBe('added')
  })

  it('marks a deleted article removed, where it stood', () => {
    const gone = headingOf(A, del)
    const p = pairOf(pairs, gone)
    expect(p).toMatchObject({ op: 'removed', toUnitId: null, toLabel: null, fromLabel: gone.label })
    const firstBody = unitWith(A, original.articles[del]?.body[0] as string)
    expect(pairOf(pairs, firstBody).op).toBe('removed')
    // Right after the pair of the article before it.
    const at = pairs.indexOf(p)
    const prevArticle = headingOf(A, del - 1)
    const prevIndex = pairs.findIndex((x) => x.fromUnitId === prevArticle.id)
    expect(at).toBeGreaterThan(prevIndex)
    expect(pairs.slice(prevIndex + 1, at).every((x) => x.fromUnitId === null || x.op !== 'added')).toBe(true)
  })

  it('pairs a changed part as changed, and its unchanged sibling as same', () => {
    expect(pairOf(pairs, unitWith(A, changedLine.trim())).op).toBe('changed')
    expect(pairOf(pairs, unitWith(A, changedLine.trim())).toUnitId).toBe(unitWith(B, changedNew.trim()).id)
    expect(pairOf(pairs, unitWith(A, keptLine.trim())).op).toBe('same')
    expect(pairOf(pairs, unitWith(A, editedLine.trim())).op).toBe('changed')
  })

  it('follows a moved article', () => {
    const from = headingOf(A, moved)
    const to = headingOf(B, moved)
    expect(pairOf(pairs, from)).toMatchObject({ op: 'same', toUnitId: to.id, toLabel: to.label })
    expect(from.label).not.toBe(to.label)
  })

  describe('carrying findings', () => {
    const byOld = pairsByOldUnit(pairs)
    const fromUnits = new Map(A.map((u) => [u.id, u]))
    const toUnits = new Map(B.map((u) => [u.id, u]))
    const finding = (unit: Unit, quote: string, proposal = '') => {
      const start = unit.text.indexOf(quote)
      expect(start).toBeGreaterThanOrEqual(0)
      return carryFinding(
        { unitId: unit.id, start, end: start + quote.length, quote, proposal },
        byOld,
        fromUnits,
        toUnits,
      )
    }

    it('unchanged in a renumbered and in a moved article, with offsets into the new unit', () => {
      for (const i of [1, moved]) {
        const body = original.articles[i]?.body ?? []
        const line = body[longLine(body, v1Text)] as string
        const quote = phraseOf(line)
        const carried = finding(unitWith(A, line.trim()), quote)
        const target = unitWith(B, line.trim())
        expect(carried).toMatchObject({ state: 'unchanged', toUnitId: target.id, toUnitLabel: target.label })
        expect(target.text.slice(carried.start as number, carried.end as number)).toBe(quote)
        expect(carried.newText).toBe(quote)
      }
    })

    it('removed with the deleted article', () => {
      const body = original.articles[del]?.body ?? []
      const line = body[longLine(body, v1Text)] as string
      expect(finding(unitWith(A, line.trim()), phraseOf(line), phraseOf(line))).toEqual({
        state: 'removed',
        toUnitId: null,
        toUnitLabel: null,
        start: null,
        end: null,
        newText: null,
        proposalAdopted: false,
      })
    })

    it('edited where the phrase changed: the span covers the replacement', () => {
      const carried = finding(unitWith(A, changedLine.trim()), changedPhrase)
      const target = unitWith(B, changedNew.trim())
      expect(carried).toMatchObject({ state: 'edited', toUnitId: target.id, proposalAdopted: false })
      expect(target.text.slice(carried.start as number, carried.end as number)).toBe(w.replacement)
      expect(carried.newText).toBe(w.replacement)
    })

    it('unchanged where the article’s other part changed', () => {
      const quote = phraseOf(keptLine)
      const carried = finding(unitWith(A, keptLine.trim()), quote)
      expect(carried.state).toBe('unchanged')
      expect(unitWith(B, keptLine.trim()).text.slice(carried.start as number, carried.end as number)).toBe(
        quote,
      )
    })

    it('proposal adopted verbatim and with different case and punctuation', () => {
      const a = finding(unitWith(A, verbatimLine.trim()), verbatimQuote, w.proposal)
      expect(a).toMatchObject({ state: 'edited', proposalAdopted: true, newText: w.proposal })
      const b = finding(unitWith(A, punctLine.trim()), punctQuote, w.proposal)
      expect(b).toMatchObject({ state: 'edited', proposalAdopted: true })
      expect(b.newText).toContain(w.punctuated.slice(0, 8))
      // A proposal that is not in the text, and an empty one, are not adopted.
      expect(finding(unitWith(A, punctLine.trim()), punctQuote, `${w.proposal} X`).proposalAdopted).toBe(
        false,
      )
      expect(finding(unitWith(A, keptLine.trim()), phraseOf(keptLine), '').proposalAdopted).toBe(false)
    })
  })
})
