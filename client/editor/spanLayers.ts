/**
 * Decoration layers over the read-only draft: findings, suggestions, group mates' selections, the
 * focused span, another group's findings. Each layer is its own plugin holding a DecorationSet that is
 * patched incrementally (remove the changed ids' decorations, add their new ones) so 1,000 findings
 * don't get rebuilt on each change. The law text never changes, so nothing here is a mark.
 */
import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state'
import { Decoration, type DecorationAttrs, DecorationSet } from '@tiptap/pm/view'

/** One decorated range of a layer; `id` is what later patches refer to. */
export type LayerSpan = { id: string; from: number; to: number; attrs: DecorationAttrs }

/** A change to a layer: replace everything, or upsert/remove some ids. */
export type LayerPatch = { reset?: LayerSpan[]; upsert?: LayerSpan[]; remove?: string[] }

/** The names of the draft's layers, bottom to top. */
export const LAYER_NAMES = ['others', 'findings', 'suggestions', 'peers', 'focus'] as const
export type LayerName = (typeof LAYER_NAMES)[number]

type LayerState = { set: DecorationSet; byId: Map<string, Decoration[]> }

const keys = new Map<LayerName, PluginKey<LayerState>>(
  LAYER_NAMES.map((n) => [n, new PluginKey<LayerState>(`span-${n}`)]),
)

/** The plugin key of a layer (to read its state in tests). */
export function layerKey(name: LayerName): PluginKey<LayerState> {
  return keys.get(name)!
}

/** Build the decorations of spans, skipping ranges outside the document. */
export function spanDecorations(doc: PMNode, spans: readonly LayerSpan[]): Map<string, Decoration[]> {
  const out = new Map<string, Decoration[]>()
  const max = doc.content.size
  for (const s of spans) {
    if (s.from < 0 || s.to > max || s.to <= s.from) continue
    // nodeName makes each decoration its own wrapper, so overlapping spans nest and their
    // semi-transparent backgrounds stack instead of one style overriding the other.
    const deco = Decoration.inline(s.from, s.to, { nodeName: 'span', ...s.attrs }, { spanId: s.id })
    const list = out.get(s.id)
    if (list) list.push(deco)
    else out.set(s.id, [deco])
  }
  return out
}

/** Apply a patch to a layer state (pure; exported for tests). */
export function patchLayer(state: LayerState, doc: PMNode, patch: LayerPatch): LayerState {
  if (patch.reset) {
    const byId = spanDecorations(doc, patch.reset)
    return { set: DecorationSet.create(doc, [...byId.values()].flat()), byId }
  }
  const byId = new Map(state.byId)
  const stale: Decoration[] = []
  for (const id of [...(patch.remove ?? []), ...(patch.upsert ?? []).map((s) => s.id)]) {
    const old = byId.get(id)
    if (old) stale.push(...old)
    byId.delete(id)
  }
  let set = stale.length ? state.set.remove(stale) : state.set
  if (patch.upsert?.length) {
    const fresh = spanDecorations(doc, patch.upsert)
    for (const [id, decos] of fresh) byId.set(id, decos)
    set = set.add(doc, [...fresh.values()].flat())
  }
  return { set, byId }
}

function layerPlugin(name: LayerName): Plugin<LayerState> {
  const key = layerKey(name)
  return new Plugin<LayerState>({
    key,
    state: {
      init: (_config, state: EditorState) => ({ set: DecorationSet.create(state.doc, []), byId: new Map() }),
      apply: (tr: Transaction, value: LayerState) => {
        const patch = tr.getMeta(key) as LayerPatch | undefined
        const mapped = tr.docChanged ? { set: value.set.map(tr.mapping, tr.doc), byId: value.byId } : value
        return patch ? patchLayer(mapped, tr.doc, patch) : mapped
      },
    },
    props: { decorations: (state) => key.getState(state)?.set },
  })
}

/** The TipTap extension that installs every layer. */
export const SpanLayers = Extension.create({
  name: 'spanLayers',
  addProseMirrorPlugins: () => LAYER_NAMES.map(layerPlugin),
})

/** Dispatch a patch to a layer of a view (no history, no doc change). */
export function patchLayerIn(
  view: { state: EditorState; dispatch: (tr: Transaction) => void },
  name: LayerName,
  patch: LayerPatch,
): void {
  view.dispatch(view.state.tr.setMeta(layerKey(name), patch).setMeta('addToHistory', false))
}
