/**
 * Making a finding from the current selection ("Mark as finding", F, Ctrl+Enter, or a tap). The same
 * span marked twice in a row is usually a double press, so the room asks first: open the finding that
 * is already there, or mark the text once more (two people may see two different factors in it).
 */
import type { Editor } from '@tiptap/react'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import type { Actor } from '../../../shared/collab/roomDoc'
import type { FindingSummary } from '../../collab/findingsStore'
import { useToast } from '../../components/Toast'
import { type DraftIndex, rangeToSpan, type SelectionSpan } from '../../editor/draftIndex'
import { startFinding } from './actions'

/** A selection that matches an existing finding, waiting for the person's answer. */
export type DuplicateMark = { span: SelectionSpan; existingId: string }

/** The existing finding on exactly this span, if any. */
export function findingOnSpan(
  findings: readonly Pick<FindingSummary, 'id' | 'unitId' | 'start' | 'end'>[],
  span: Pick<SelectionSpan, 'unitId' | 'start' | 'end'>,
): string | null {
  return (
    findings.find((f) => f.unitId === span.unitId && f.start === span.start && f.end === span.end)?.id ?? null
  )
}

/** State and actions of "mark as finding". `onCreated` opens the new finding for its factor. */
export function useMakeFinding(opts: {
  editor: Editor | null
  doc: Y.Doc
  index: DraftIndex
  findings: readonly FindingSummary[]
  selection: SelectionSpan | null
  readOnly: boolean
  groupId: string
  me: Actor
  onCreated: (id: string) => void
  onOpen: (id: string) => void
}) {
  const { t } = useTranslation('room')
  const { notify } = useToast()
  const { editor, doc, index, findings, selection, readOnly, groupId, me, onCreated, onOpen } = opts
  const [duplicate, setDuplicate] = useState<DuplicateMark | null>(null)

  const create = useCallback(
    (span: SelectionSpan): boolean => {
      const id = startFinding(doc, index, { span, groupId, author: { id: me.id, name: me.name } })
      if (!id) return false
      if (span.clipped)
        notify(
          t('selection.clippedDone', { label: index.units[index.order.get(span.unitId)!]?.label }),
          'info',
        )
      onCreated(id)
      return true
    },
    [doc, index, groupId, me, notify, t, onCreated],
  )

  const makeFinding = useCallback((): boolean => {
    // The editor's own selection is current even when React has not re-rendered since the last
    // Shift+arrow; the state copy is the fallback (e.g. the editor is being rebuilt).
    const sel = editor && !editor.isDestroyed ? editor.state.selection : null
    const span = sel && !sel.empty ? rangeToSpan(index, sel.from, sel.to) : selection
    if (readOnly || !span) return false
    const existingId = findingOnSpan(findings, span)
    if (existingId) {
      setDuplicate({ span, existingId })
      return true
    }
    return create(span)
  }, [editor, index, selection, readOnly, findings, create])

  return {
    makeFinding,
    duplicate,
    /** Mark the same text once more. */
    markAgain: () => {
      if (duplicate) create(duplicate.span)
      setDuplicate(null)
    },
    /** Open the finding that is already there instead. */
    openExisting: () => {
      if (duplicate) onOpen(duplicate.existingId)
      setDuplicate(null)
    },
    cancel: () => setDuplicate(null),
  }
}
