/**
 * The TipTap schema of a draft shown for review: a document of unit blocks, each holding one unit's
 * text. Divisions and articles render as headings, parts and points as indented paragraphs, so the
 * structure is visible while positions stay trivially computable (see draftIndex.ts).
 */

import type { JSONContent } from '@tiptap/core'
import { Node } from '@tiptap/core'
import type { Unit, UnitKind } from '../../shared/domain/draft'
import { CHUNK_SIZE } from './draftIndex'

const TAG_BY_KIND: Record<UnitKind, string> = {
  division: 'h2',
  article: 'h3',
  part: 'p',
  point: 'p',
  subpoint: 'p',
  annex: 'h2',
  preamble: 'p',
  text: 'p',
}

/** The top node: chunks of units (see draftIndex.ts for why chunks). */
export const DraftDocument = Node.create({
  name: 'doc',
  topNode: true,
  content: 'chunk*',
})

/** A run of up to CHUNK_SIZE consecutive units; a layout container only, no meaning. */
export const DraftChunk = Node.create({
  name: 'chunk',
  content: 'unit+',
  renderHTML: () => ['div', { class: 'draft-chunk' }, 0],
})

/** Plain text, no marks: the law text is never formatted by reviewers. */
export const DraftText = Node.create({ name: 'text', group: 'inline' })

/** One unit of the draft; `unitId` ties document positions back to the unit. */
export const DraftUnit = Node.create({
  name: 'unit',
  content: 'text*',
  marks: '',
  defining: true,
  addAttributes() {
    return {
      unitId: { default: null, rendered: false },
      kind: { default: 'text', rendered: false },
      label: { default: '', rendered: false },
    }
  },
  renderHTML({ node }) {
    const kind = node.attrs.kind as UnitKind
    return [
      TAG_BY_KIND[kind] ?? 'p',
      { class: `draft-unit draft-unit--${kind}`, 'data-unit-id': node.attrs.unitId, 'data-kind': kind },
      0,
    ]
  },
})

/** The extensions of the draft view's schema (the decoration plugins are added separately). */
export const draftSchemaExtensions = [DraftDocument, DraftChunk, DraftText, DraftUnit]

/** TipTap JSON of a draft: chunks of unit nodes, text verbatim (empty units stay empty blocks). */
export function buildDraftContent(units: readonly Unit[]): JSONContent {
  const chunks: JSONContent[] = []
  for (let i = 0; i < units.length; i += CHUNK_SIZE) {
    chunks.push({
      type: 'chunk',
      content: units.slice(i, i + CHUNK_SIZE).map((u) => ({
        type: 'unit',
        attrs: { unitId: u.id, kind: u.kind, label: u.label },
        ...(u.text ? { content: [{ type: 'text', text: u.text }] } : {}),
      })),
    })
  }
  return { type: 'doc', content: chunks }
}
