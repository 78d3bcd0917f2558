import { describe, expect, it } from 'vitest'
import {
  buildOutline,
  countByKind,
  findHits,
  segmentText,
  unitDepths,
} from '../../../client/features/drafts/draftView'
import { isAcceptedFile } from '../../../client/features/drafts/FileDrop'
import type { Unit } from '../../../shared/domain/draft'
import { parseDraft } from '../../../shared/structure/index'

const u = (id: string, kind: Unit['kind'], parentId: string | null, text: string): Unit => ({
  id,
  kind,
  number: null,
  label: id,
  parentId,
  text,
})

const units: Unit[] = [
  u('t', 'text', null, 'OʻZBEKISTON RESPUBLIKASINING QONUNI'),
  u('d1', 'division', null, '1-bob. Umumiy qoidalar'),
  u('a1', 'article', 'd1', '1-modda. Ushbu Qonunning maqsadi'),
  u('p1', 'part', 'a1', 'Vakolatli organ oʻz xohishiga koʻra ruxsat beradi.'),
  u('pt1', 'point', 'p1', 'a) vakolatli organ belgilagan boshqa hollarda;'),
  u('a2', 'article', 'd1', '2-modda. Vakolatli organ'),
]

describe('draft view helpers', () => {
  it('computes depth from the parent chain', () => {
    const d = unitDepths(units)
    expect([...d.entries()]).toEqual([
      ['t', 0],
      ['d1', 0],
      ['a1', 1],
      ['p1', 2],
      ['pt1', 3],
      ['a2', 1],
    ])
  })

  it('survives a parent cycle without hanging', () => {
    const cyc = [u('x', 'article', 'y', 'x'), u('y', 'article', 'x', 'y')]
    expect(unitDepths(cyc).size).toBe(2)
  })

  it('builds the outline from divisions and articles only, with their index', () => {
    const o = buildOutline(units)
    expect(o.map((e) => [e.id, e.index, e.depth])).toEqual([
      ['d1', 1, 0],
      ['a1', 2, 1],
      ['a2', 5, 1],
    ])
    expect(o[1]?.title).toBe('1-modda. Ushbu Qonunning maqsadi')
  })

  it('lists an inserted article pasted with a flattened number under its restored number', () => {
    const pasted = parseDraft(
      '8-модда. Мулк\nНорма.\n81-модда. Жамғармалар\nНорма.\n9-модда. Объектлар\nНорма.',
      'uz-Cyrl',
    )
    expect(buildOutline(pasted.units).map((e) => e.title)).toEqual([
      '8-модда. Мулк',
      '8¹-модда. Жамғармалар',
      '9-модда. Объектлар',
    ])
  })

  it('counts units per kind', () => {
    expect(countByKind(units)).toEqual({ text: 1, division: 1, article: 2, part: 1, point: 1 })
  })

  it('finds every case-insensitive hit with offsets into the displayed text', () => {
    const texts = units.map((x) => x.text)
    const hits = findHits(texts, 'vakolatli organ')
    expect(hits).toEqual([
      { unit: 3, start: 0, end: 15 },
      { unit: 4, start: 3, end: 18 },
      { unit: 5, start: 9, end: 24 },
    ])
    expect(texts[3]?.slice(0, 15)).toBe('Vakolatli organ')
    expect(findHits(texts, 'x')).toEqual([])
    expect(findHits(texts, 'nowhere to be found')).toEqual([])
  })

  it('splits text into plain and highlighted runs', () => {
    expect(
      segmentText('abcabc', [
        { start: 1, end: 2, n: 0 },
        { start: 4, end: 6, n: 1 },
      ]),
    ).toEqual([
      { start: 0, text: 'a', hit: null, note: false },
      { start: 1, text: 'b', hit: 0, note: false },
      { start: 2, text: 'ca', hit: null, note: false },
      { start: 4, text: 'bc', hit: 1, note: false },
    ])
  })

  it('cuts runs at editorial notes too, also where a hit crosses a note’s edge', () => {
    const text = 'Norma.\nOldingi tahrirga qarang.'
    const note = { start: 7, end: text.length }
    expect(segmentText(text, [], [note])).toEqual([
      { start: 0, text: 'Norma.\n', hit: null, note: false },
      { start: 7, text: 'Oldingi tahrirga qarang.', hit: null, note: true },
    ])
    expect(segmentText(text, [{ start: 3, end: 15, n: 0 }], [note])).toEqual([
      { start: 0, text: 'Nor', hit: null, note: false },
      { start: 3, text: 'ma.\n', hit: 0, note: false },
      { start: 7, text: 'Oldingi ', hit: 0, note: true },
      { start: 15, text: 'tahrirga qarang.', hit: null, note: true },
    ])
  })

  it('accepts the importer’s file types only', () => {
    expect(['a.docx', 'B.PDF', 'c.txt', 'd.md', 'e.html'].every(isAcceptedFile)).toBe(true)
    expect(['a.doc', 'b.exe', 'c.rtf', 'docx'].some(isAcceptedFile)).toBe(false)
  })

  it('searches a 3,000-article draft quickly', () => {
    const big: string[] = []
    for (let i = 0; i < 15_000; i++)
      big.push(`${i}-modda. Vakolatli organ ruxsat beradi va nazorat qiladi ${'matn '.repeat(20)}`)
    const t0 = performance.now()
    const hits = findHits(big, 'ruxsat')
    const ms = performance.now() - t0
    expect(hits.length).toBe(10_000) // capped at MAX_HITS
    expect(ms).toBeLessThan(500)
  })
})
