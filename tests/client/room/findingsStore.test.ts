/**
 * The findings store and the room commands as the UI runs them: incremental change sets (typing in a
 * rationale is not a change), soft deletes, undo limited to one's own commands, suggestion dismissal.
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { type FindingsChange, FindingsStore } from '../../../client/collab/findingsStore'
import { createRoomUndoManager } from '../../../client/collab/localOrigin'
import { buildDraftIndex } from '../../../client/editor/draftIndex'
import {
  acceptSuggestion,
  dismissSuggestion,
  patchFinding,
  removeFinding,
  startFinding,
} from '../../../client/features/room/actions'
import { findingsMap, readAudit, readDismissed } from '../../../shared/collab/roomDoc'
import type { Unit } from '../../../shared/domain/draft'

const units: Unit[] = [
  { id: 'a1', kind: 'article', number: '1', label: '1-modda', parentId: null, text: '1-modda. Ruxsat' },
  {
    id: 'p1',
    kind: 'part',
    number: '1',
    label: '1-modda 1-qism',
    parentId: 'a1',
    text: 'Organ oʻz xohishiga koʻra rad etishi mumkin.',
  },
]
const index = buildDraftIndex(units)
const me = { id: 'u1', name: 'Aziza' }

/** Sync two docs both ways, like a server would. */
function link(a: Y.Doc, b: Y.Doc): void {
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(b, u, 'remote'))
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(a, u, 'remote'))
}

describe('startFinding', () => {
  it('creates a finding on the unit with quote, label, article and an audit entry', () => {
    const doc = new Y.Doc()
    const id = startFinding(doc, index, {
      span: { unitId: 'p1', start: 6, end: 25 },
      groupId: 'g1',
      author: me,
    })!
    const store = new FindingsStore(doc)
    const f = store.get(id)!
    expect(f).toMatchObject({
      unitId: 'p1',
      unitLabel: '1-modda 1-qism',
      start: 6,
      end: 25,
      quote: 'oʻz xohishiga koʻra',
      risk: 'medium',
      status: 'open',
    })
    expect(doc.getMap('checklist').get('a1')).toBe('found')
    expect(readAudit(doc).map((e) => e.action)).toEqual(['create'])
  })

  it('clamps offsets to the unit and refuses empty or unknown spans', () => {
    const doc = new Y.Doc()
    const id = startFinding(doc, index, {
      span: { unitId: 'p1', start: 40, end: 500 },
      groupId: 'g',
      author: me,
    })!
    expect(new FindingsStore(doc).get(id)!.quote).toBe(units[1]!.text.slice(40))
    expect(
      startFinding(doc, index, { span: { unitId: 'p1', start: 3, end: 3 }, groupId: 'g', author: me }),
    ).toBeNull()
    expect(
      startFinding(doc, index, { span: { unitId: 'zz', start: 0, end: 3 }, groupId: 'g', author: me }),
    ).toBeNull()
  })
})

describe('FindingsStore', () => {
  it('reports only changed ids, ignores rationale typing, and reports removals', () => {
    const doc = new Y.Doc()
    const store = new FindingsStore(doc)
    const changes: FindingsChange[] = []
    store.subscribe((c) => changes.push(c))
    const id = startFinding(doc, index, {
      span: { unitId: 'p1', start: 0, end: 5 },
      groupId: 'g',
      author: me,
    })!
    expect(changes.at(-1)).toEqual({ changed: [id], removed: [], reset: false })
    const snapshot = store.getAll()
    const rationale = findingsMap(doc).get(id)!.get('rationale') as Y.XmlFragment
    const before = changes.length
    ;(rationale.get(0) as Y.XmlElement).insert(0, [new Y.XmlText('typing…')])
    expect(changes.length).toBe(before)
    expect(store.getAll()).toBe(snapshot)
    patchFinding(doc, id, { risk: 'high', factorIds: ['f1'] }, me)
    expect(store.get(id)).toMatchObject({ risk: 'high', factorIds: ['f1'] })
    expect(store.getAll()).not.toBe(snapshot)
    removeFinding(doc, id, me)
    expect(changes.at(-1)).toEqual({ changed: [], removed: [id], reset: false })
    expect(store.getAll()).toEqual([])
  })

  it('follows remote findings and stops after detach, catching up on attach', () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    link(a, b)
    const store = new FindingsStore(b)
    startFinding(a, index, { span: { unitId: 'p1', start: 0, end: 5 }, groupId: 'g', author: me })
    expect(store.getAll()).toHaveLength(1)
    store.detach()
    startFinding(a, index, { span: { unitId: 'p1', start: 6, end: 9 }, groupId: 'g', author: me })
    expect(store.getAll()).toHaveLength(1)
    const resets: boolean[] = []
    store.subscribe((c) => resets.push(c.reset))
    store.attach()
    expect(store.getAll()).toHaveLength(2)
    expect(resets).toEqual([true])
  })
})

describe('undo of one’s own commands', () => {
  it('undoes my finding but never a group mate’s, and keeps the audit trail', () => {
    const mine = new Y.Doc()
    const theirs = new Y.Doc()
    link(mine, theirs)
    const undo = createRoomUndoManager(mine)
    const their = startFinding(theirs, index, {
      span: { unitId: 'p1', start: 0, end: 5 },
      groupId: 'g',
      author: { id: 'u2', name: 'B' },
    })!
    const my = startFinding(mine, index, {
      span: { unitId: 'p1', start: 6, end: 9 },
      groupId: 'g',
      author: me,
    })!
    expect(undo.canUndo()).toBe(true)
    undo.undo()
    const ids = new FindingsStore(theirs).getAll().map((f) => f.id)
    expect(ids).toEqual([their])
    expect(readAudit(theirs).length).toBe(2)
    undo.redo()
    expect(new FindingsStore(theirs).get(my)).toBeDefined()
    undo.undo()
    expect(undo.canUndo()).toBe(false)
  })

  it('does not track rich-text typing (the editors have their own undo)', () => {
    const doc = new Y.Doc()
    const undo = createRoomUndoManager(doc)
    const id = startFinding(doc, index, {
      span: { unitId: 'p1', start: 0, end: 5 },
      groupId: 'g',
      author: me,
    })!
    undo.stopCapturing()
    const frag = findingsMap(doc).get(id)!.get('rationale') as Y.XmlFragment
    doc.transact(() => (frag.get(0) as Y.XmlElement).insert(0, [new Y.XmlText('x')]), { name: 'y-sync' })
    undo.undo()
    expect(findingsMap(doc).get(id)).toBeUndefined()
    expect(undo.canUndo()).toBe(false)
  })
})

describe('suggestions', () => {
  const s = {
    unitId: 'p1',
    start: 6,
    end: 25,
    quote: 'oʻz xohishiga koʻra',
    factorId: 'discretion',
    marker: 'xohishiga',
    explanation: 'why',
  }

  it('accept makes a finding with the factor; dismiss records it with an audit entry for everyone', () => {
    const a = new Y.Doc()
    const b = new Y.Doc()
    link(a, b)
    const id = acceptSuggestion(a, index, s, 'g', me)!
    expect(new FindingsStore(b).get(id)!.factorIds).toEqual(['discretion'])
    dismissSuggestion(a, { ...s, factorId: 'other' }, me)
    expect(readDismissed(b).get('p1:6:25:other')?.by).toEqual(me)
    expect(readAudit(b).at(-1)).toMatchObject({ action: 'dismiss', findingId: 'p1:6:25:other' })
  })
})
