/**
 * The draft under review, rendered by TipTap with its structure; text read-only but selectable with
 * mouse and keyboard. Findings, suggestions and peers' selections are drawn by the span layers.
 */
import { type Editor, EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useMemo, useRef } from 'react'
import type { Unit } from '../../shared/domain/draft'
import { type DraftIndex, rangeToSpan, type SelectionSpan } from './draftIndex'
import { buildDraftContent, draftSchemaExtensions } from './draftSchema'
import { EditorialNotes } from './editorialNotes'
import { landOn } from './landing'
import { ReadOnlyGuard } from './readOnlyGuard'
import { type LayerName, layerKey, SpanLayers } from './spanLayers'
import './draft.css'

/** Props of the draft view; callbacks may change between renders. */
export type DraftViewProps = {
  units: readonly Unit[]
  index: DraftIndex
  label: string
  /** the current selection as a unit span (null when collapsed) */
  onSelection?: (span: SelectionSpan | null) => void
  /** "f" / Ctrl+Enter pressed with a selection; return true when a finding was started */
  onShortcut?: () => boolean
  /** a click on decorated text: the ids under the pointer per layer */
  onSpanClick?: (hits: Partial<Record<LayerName, string[]>>) => void
  onReady?: (editor: Editor | null) => void
}

const CLICKABLE: LayerName[] = ['findings', 'suggestions', 'others']

/** The read-only, selectable draft. */
export function DraftView(props: DraftViewProps) {
  const latest = useRef(props)
  latest.current = props
  const content = useMemo(() => buildDraftContent(props.units), [props.units])

  const editor = useEditor(
    {
      extensions: [
        ...draftSchemaExtensions,
        EditorialNotes,
        SpanLayers,
        ReadOnlyGuard.configure({ onShortcut: () => latest.current.onShortcut?.() ?? false }),
      ],
      content,
      editable: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: {
          class: 'draft-view',
          'data-testid': 'draft-view',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-readonly': 'true',
          'aria-label': props.label,
          inputmode: 'none',
          spellcheck: 'false',
        },
        handleClick: (view, pos) => {
          if (!view.state.selection.empty) return false
          const hits: Partial<Record<LayerName, string[]>> = {}
          for (const name of CLICKABLE) {
            const found = layerKey(name).getState(view.state)?.set.find(pos, pos) ?? []
            const ids = [...new Set(found.map((d) => (d.spec as { spanId: string }).spanId))]
            if (ids.length) hits[name] = ids
          }
          if (Object.keys(hits).length) latest.current.onSpanClick?.(hits)
          return false
        },
      },
      onSelectionUpdate: ({ editor: e }) => {
        const { from, to, empty } = e.state.selection
        latest.current.onSelection?.(empty ? null : rangeToSpan(latest.current.index, from, to))
      },
    },
    [content],
  )

  useEffect(() => {
    latest.current.onReady?.(editor)
    return () => latest.current.onReady?.(null)
  }, [editor])

  return <EditorContent editor={editor} className="draft-scroll" />
}

/** Scroll the draft so the unit holding a document range is in the middle, landing on the first try. */
export function revealRange(editor: Editor, from: number, to: number): void {
  const { view } = editor
  const max = view.state.doc.content.size
  if (from < 0 || to > max) return
  try {
    const { node } = view.domAtPos(from)
    const el = node instanceof HTMLElement ? node : node.parentElement
    const unit = el?.closest<HTMLElement>('.draft-unit')
    if (unit) void landOn(unit)
  } catch {
    // position not rendered: nothing to scroll to
  }
}
