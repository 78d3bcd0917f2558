/**
 * Unit offsets ↔ ProseMirror positions: checked against a real ProseMirror document built from the
 * same units with the draft schema, including empty units, astral characters, newlines and random drafts.
 */
import { getSchema } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { describe, expect, it } from 'vitest'
import { buildDraftIndex, rangeToSpan, spanToRange, unitAt } from '../../../client/editor/draftIndex'
import { buildDraftContent, draftSchemaExtensions } from '../../../client/editor/draftSchema'
import type { Unit, UnitKind } from '../../../shared/domain/draft'

const schema = getSchema(draftSchemaExtensions)
const docOf = (units: Unit[]): PMNode => schema.nodeFromJSON(buildDraftContent(units))

const unit = (id: string, kind: UnitKind, text: string, parentId: string | null = null): Unit => ({
  id,
  kind,
  number: null,
  label: id.toUpperCase(),
  parentId,
  text,
})

const sample: Unit[] = [
  unit('d1', 'division', '1-bob. Umumiy qoidalar'),
  unit('a1', 'article', '1-modda. Maqsad'),
  unit('p1', 'part', 'Vakolatli organ oʻz xohishiga koʻra ruxsat berishi mumkin.', 'a1'),
  unit('e1', 'text', '', 'a1'),
  unit('pt1', 'point', 'a) 😀 emoji and\nnewline;', 'p1'),
  unit('a2', 'article', 'Статья 2. Полномочия'),
  unit('p2', 'part', 'Орган вправе по своему усмотрению отказать.', 'a2'),
]

describe('buildDraftIndex', () => {
  it('puts every unit start where ProseMirror has its text', () => {
    const doc = docOf(sample)
    const index = buildDraftIndex(sample)
    expect(index.size).toBe(doc.content.size)
    sample.forEach((u, i) => {
      const start = index.starts[i]!
      const $pos = doc.resolve(start)
      expect($pos.parent.attrs.unitId).toBe(u.id)
      expect($pos.parentOffset).toBe(0)
      expect(doc.textBetween(start, start + u.text.length)).toBe(u.text)
    })
  })

  it('stays exact across chunk boundaries and for an empty draft', () => {
    const many = Array.from({ length: 200 }, (_, i) =>
      unit(`m${i}`, i % 5 ? 'part' : 'article', i % 7 ? `unit ${i} text` : ''),
    )
    const doc = docOf(many)
    const index = buildDraftIndex(many)
    expect(index.size).toBe(doc.content.size)
    many.forEach((u, i) => {
      const $pos = doc.resolve(index.starts[i]!)
      expect($pos.parent.attrs.unitId).toBe(u.id)
      expect(doc.textBetween(index.starts[i]!, index.starts[i]! + u.text.length)).toBe(u.text)
    })
    const empty = buildDraftIndex([])
    expect(empty.size).toBe(docOf([]).content.size)
    expect(rangeToSpan(empty, 0, 0)).toBeNull()
  })

  it('finds the article ancestor of every unit', () => {
    const index = buildDraftIndex(sample)
    expect(index.articleOf.get('pt1')).toBe('a1')
    expect(index.articleOf.get('p2')).toBe('a2')
    expect(index.articleOf.get('a1')).toBe('a1')
    expect(index.articleOf.get('d1')).toBeNull()
  })

  it('survives a parent cycle', () => {
    const cyc = [unit('x', 'part', 'x', 'y'), unit('y', 'part', 'y', 'x')]
    expect(buildDraftIndex(cyc).articleOf.get('x')).toBeNull()
  })
})

describe('spanToRange', () => {
  const doc = docOf(sample)
  const index = buildDraftIndex(sample)

  it('maps a span to the exact characters, astral and newline included', () => {
    const u = sample[4]!
    const start = u.text.indexOf('😀')
    const r = spanToRange(index, { unitId: 'pt1', start, end: u.text.length })!
    expect(doc.textBetween(r.from, r.to)).toBe(u.text.slice(start))
  })

  it('clamps offsets past the unit and orders reversed ones', () => {
    const r = spanToRange(index, { unitId: 'p2', start: 30, end: 999 })!
    expect(doc.textBetween(r.from, r.to)).toBe(sample[6]!.text.slice(30))
    const rev = spanToRange(index, { unitId: 'p2', start: 10, end: 5 })!
    expect(doc.textBetween(rev.from, rev.to)).toBe(sample[6]!.text.slice(5, 10))
  })

  it('returns null for unknown units and empty spans', () => {
    expect(spanToRange(index, { unitId: 'nope', start: 0, end: 3 })).toBeNull()
    expect(spanToRange(index, { unitId: 'p1', start: 4, end: 4 })).toBeNull()
    expect(spanToRange(index, { unitId: 'e1', start: 0, end: 5 })).toBeNull()
  })
})

describe('unitAt and rangeToSpan', () => {
  const doc = docOf(sample)
  const index = buildDraftIndex(sample)

  it('agrees with ProseMirror on the unit of every position', () => {
    for (let pos = 0; pos <= doc.content.size; pos++) {
      const i = unitAt(index, pos)
      const $pos = doc.resolve(pos)
      if ($pos.parent.type.name === 'unit') expect(sample[i]!.id).toBe($pos.parent.attrs.unitId)
      else expect(i).toBeGreaterThanOrEqual(0)
    }
    expect(unitAt(index, -1)).toBe(-1)
    expect(unitAt(index, doc.content.size + 1)).toBe(-1)
  })

  it('round-trips a selection inside one unit', () => {
    const r = spanToRange(index, { unitId: 'p1', start: 3, end: 20 })!
    expect(rangeToSpan(index, r.from, r.to)).toEqual({
      unitId: 'p1',
      start: 3,
      end: 20,
      quote: sample[2]!.text.slice(3, 20),
      clipped: false,
    })
  })

  it('clips a selection across units to the first unit with selected text and says so', () => {
    const from = spanToRange(index, { unitId: 'a2', start: 5, end: 6 })!.from
    const to = spanToRange(index, { unitId: 'p2', start: 0, end: 4 })!.to
    const span = rangeToSpan(index, from, to)!
    expect(span.unitId).toBe('a2')
    expect(span.start).toBe(5)
    expect(span.end).toBe(sample[5]!.text.length)
    expect(span.clipped).toBe(true)
  })

  it('skips an empty unit and a selection that starts on a block boundary', () => {
    const endOfP1 = index.starts[2]! + sample[2]!.text.length
    const intoPt1 = index.starts[4]! + 2
    const span = rangeToSpan(index, endOfP1, intoPt1)!
    expect(span).toMatchObject({ unitId: 'pt1', start: 0, end: 2, clipped: false })
  })

  it('is not clipped when the selection ends at the very start of the next unit', () => {
    const from = index.starts[1]! + 2
    const to = index.starts[2]!
    expect(rangeToSpan(index, from, to)).toMatchObject({ unitId: 'a1', start: 2, clipped: false })
  })

  it('returns null for a collapsed or boundary-only selection', () => {
    expect(rangeToSpan(index, 5, 5)).toBeNull()
    const end = index.starts[2]! + sample[2]!.text.length
    expect(rangeToSpan(index, end, index.starts[3]!)).toBeNull()
  })

  it('matches ProseMirror on random drafts and random selections', () => {
    let seed = 42
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff
      return seed % n
    }
    const alphabet = ['a', 'б', 'ʻ', '😀', ' ', '\n', 'Q']
    for (let round = 0; round < 30; round++) {
      // Up to 150 units, so drafts span several chunks.
      const units: Unit[] = Array.from({ length: 1 + rnd(round % 3 === 0 ? 150 : 12) }, (_, i) =>
        unit(
          `u${i}`,
          (['article', 'part', 'point', 'text'] as const)[rnd(4)]!,
          Array.from({ length: rnd(15) }, () => alphabet[rnd(alphabet.length)]).join(''),
        ),
      )
      const d = docOf(units)
      const idx = buildDraftIndex(units)
      expect(idx.size).toBe(d.content.size)
      for (let k = 0; k < 40; k++) {
        const a = rnd(d.content.size + 1)
        const b = rnd(d.content.size + 1)
        const span = rangeToSpan(idx, a, b)
        const [from, to] = [Math.min(a, b), Math.max(a, b)]
        if (!span) {
          expect(d.textBetween(from, to, '')).toBe('')
          continue
        }
        const r = spanToRange(idx, span)!
        expect(r.from).toBeGreaterThanOrEqual(from)
        expect(r.to).toBeLessThanOrEqual(to)
        expect(d.textBetween(r.from, r.to)).toBe(span.quote)
        expect(d.resolve(r.from).parent.attrs.unitId).toBe(span.unitId)
        expect(span.clipped).toBe(d.textBetween(r.to, to, '').length > 0)
      }
    }
  })
})
