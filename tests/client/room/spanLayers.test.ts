/** Decoration layers: incremental patches keep exactly the right decorations, overlaps stay separate. */
import { getExtensionField, getSchema } from '@tiptap/core'
import { EditorState } from '@tiptap/pm/state'
import { type Decoration, DecorationSet } from '@tiptap/pm/view'
import { describe, expect, it } from 'vitest'
import { buildDraftContent, draftSchemaExtensions } from '../../../client/editor/draftSchema'
import {
  type LayerPatch,
  type LayerSpan,
  layerKey,
  patchLayer,
  SpanLayers,
} from '../../../client/editor/spanLayers'
import type { Unit } from '../../../shared/domain/draft'

const units: Unit[] = [
  { id: 'a', kind: 'article', number: '1', label: 'A', parentId: null, text: 'Article one heading' },
  {
    id: 'b',
    kind: 'part',
    number: '1',
    label: 'B',
    parentId: 'a',
    text: 'The body may decide at its own discretion.',
  },
]
const schema = getSchema(draftSchemaExtensions)
const doc = schema.nodeFromJSON(buildDraftContent(units))
const span = (id: string, from: number, to: number): LayerSpan => ({
  id,
  from,
  to,
  attrs: { class: `x-${id}` },
})
const empty = () => ({ set: DecorationSet.empty, byId: new Map<string, Decoration[]>() })
const ids = (state: ReturnType<typeof empty>) =>
  state.set
    .find()
    .map((d) => `${(d.spec as { spanId: string }).spanId}@${d.from}-${d.to}`)
    .sort()

describe('patchLayer', () => {
  it('resets, upserts and removes by id', () => {
    let s = patchLayer(empty(), doc, { reset: [span('f1', 25, 30), span('f2', 27, 40)] })
    expect(ids(s)).toEqual(['f1@25-30', 'f2@27-40'])
    s = patchLayer(s, doc, { upsert: [span('f1', 22, 24), span('f3', 2, 8)] })
    expect(ids(s)).toEqual(['f1@22-24', 'f2@27-40', 'f3@2-8'])
    s = patchLayer(s, doc, { remove: ['f2', 'unknown'] })
    expect(ids(s)).toEqual(['f1@22-24', 'f3@2-8'])
    expect([...s.byId.keys()].sort()).toEqual(['f1', 'f3'])
  })

  it('keeps overlapping spans as separate wrappers (nodeName), so tints stack', () => {
    const s = patchLayer(empty(), doc, { reset: [span('f1', 25, 35), span('f2', 30, 40)] })
    const at = s.set.find(32, 32)
    expect(at.map((d) => (d.spec as { spanId: string }).spanId).sort()).toEqual(['f1', 'f2'])
    for (const d of at)
      expect((d as unknown as { type: { attrs: { nodeName: string } } }).type.attrs.nodeName).toBe('span')
  })

  it('skips ranges outside the document instead of throwing', () => {
    const s = patchLayer(empty(), doc, {
      reset: [span('bad', 5, doc.content.size + 10), span('neg', -1, 3), span('ok', 1, 3)],
    })
    expect(ids(s)).toEqual(['ok@1-3'])
  })

  it('handles 1,000 spans and a one-span patch quickly', () => {
    const many = Array.from({ length: 1000 }, (_, i) => span(`f${i}`, 22 + (i % 30), 24 + (i % 30) + (i % 7)))
    let s = patchLayer(empty(), doc, { reset: many })
    expect(s.set.find().length).toBe(1000)
    const t0 = performance.now()
    for (let i = 0; i < 100; i++)
      s = patchLayer(s, doc, { upsert: [span(`f${i}`, 23, 26)] } satisfies LayerPatch)
    const perPatch = (performance.now() - t0) / 100
    expect(s.set.find().length).toBe(1000)
    expect(perPatch).toBeLessThan(5)
  })
})

describe('layer plugins', () => {
  it('apply patches sent as transaction meta', () => {
    const plugins = (
      getExtensionField(SpanLayers, 'addProseMirrorPlugins') as () => import('@tiptap/pm/state').Plugin[]
    )()
    let state = EditorState.create({ doc, plugins })
    state = state.apply(state.tr.setMeta(layerKey('findings'), { reset: [span('f1', 25, 30)] }))
    state = state.apply(state.tr.setMeta(layerKey('suggestions'), { reset: [span('s1', 2, 5)] }))
    expect(
      layerKey('findings')
        .getState(state)!
        .set.find()
        .map((d) => d.from),
    ).toEqual([25])
    expect(
      layerKey('suggestions')
        .getState(state)!
        .set.find()
        .map((d) => d.from),
    ).toEqual([2])
    state = state.apply(state.tr.setMeta(layerKey('findings'), { remove: ['f1'] }))
    expect(layerKey('findings').getState(state)!.set.find()).toEqual([])
  })
})
