/**
 * lex.uz labels, comments and amendment notes inside the draft's units, drawn muted so experts tell
 * them from the norm. They are computed once from the document (the law text never changes) with the
 * same rules the structure parser used to attach them.
 */
import { Extension } from '@tiptap/core'
import type { Node as PMNode } from '@tiptap/pm/model'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { editorialRanges } from '../../shared/structure/editorialNotes'

const key = new PluginKey<DecorationSet>('editorial-notes')

/** The muted decorations of every unit's editorial stretches (pure; exported for tests). */
export function editorialDecorations(doc: PMNode): DecorationSet {
  const decos: Decoration[] = []
  doc.descendants((node, pos) => {
    if (node.type.name !== 'unit') return true
    // A unit holds one text node, so offsets in its text are positions after the unit's opening.
    for (const r of editorialRanges(node.textContent))
      decos.push(Decoration.inline(pos + 1 + r.start, pos + 1 + r.end, { class: 'draft-note' }))
    return false
  })
  return DecorationSet.create(doc, decos)
}

/** The extension that draws them. */
export const EditorialNotes = Extension.create({
  name: 'editorialNotes',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key,
        state: {
          init: (_, state) => editorialDecorations(state.doc),
          apply: (tr, set) => set.map(tr.mapping, tr.doc),
        },
        props: { decorations: (state) => key.getState(state) },
      }),
    ]
  },
})
