/** The room decoders: garbage of every kind is skipped (and reported once per room), valid data kept. */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addComment,
  castVote,
  createFinding,
  readAudit,
  readChecklist,
  readComments,
  readDecisions,
  readDismissed,
  readFindings,
  setChecklist,
  setUndecodableReporter,
  type UndecodableReport,
  votesFor,
} from '../../../shared/collab/roomDoc.js'

const me = { id: 'u1', name: 'Olim' }
const at = '2026-12-01T10:00:00.000Z'

function seeded(): Y.Doc {
  const doc = new Y.Doc({ guid: 'rv.r.g.g1' })
  createFinding(doc, {
    id: 'f1',
    groupId: 'g1',
    unitId: 'p1',
    unitLabel: '1',
    start: 0,
    end: 4,
    quote: 'text',
    factorIds: ['discretion'],
    risk: 'high',
    status: 'open',
    rationale: 'why',
    proposal: 'what',
    author: me,
    createdAt: at,
  })
  addComment(doc, { id: 'c1', findingId: 'f1', parentId: null, author: me, text: 'hi', createdAt: at })
  castVote(doc, 'f1', me, 'agree', at)
  setChecklist(doc, 'a1', 'none')
  return doc
}

describe('room decoders', () => {
  it('skip garbage of every kind and keep the valid entries', () => {
    const doc = seeded()
    const reports: UndecodableReport[] = []
    setUndecodableReporter((r) => reports.push(r))
    doc.transact(() => {
      doc.getMap('findings').set('bad', 'x')
      const dup = new Y.Map<unknown>()
      for (const [k, v] of Object.entries({ ...readFindings(doc)[0], id: 'f1', groupId: 'g9' }))
        if (k !== 'rationale' && k !== 'proposal') dup.set(k, v)
      doc.getMap('findings').set('f2', dup)
      doc
        .getArray('comments')
        .push(['x', { id: 'c1', findingId: 'f1', parentId: null, author: me, text: 'again', createdAt: at }])
      doc.getMap('votes').set('f1|u2', 'maybe')
      doc.getMap('votes').set('f1', 'agree')
      doc.getMap('checklist').set('a2', 5)
      doc.getMap('clusterDecisions').set('k', { status: 'maybe' })
      doc.getMap('clusterDecisions').set('ok', { status: 'rejected', reason: 'no', by: me, at })
      doc.getArray('audit').push([{ at: 1 }])
      doc.getMap('dismissed').set('s', 'x')
    })
    const findings = readFindings(doc, 'g1')
    expect(findings.map((f) => [f.id, f.groupId])).toEqual([
      ['f1', 'g1'],
      ['f2', 'g1'],
    ])
    expect(findings[0]).toMatchObject({ rationale: 'why', proposal: 'what', risk: 'high' })
    expect(findings[1]).toMatchObject({ rationale: '', proposal: '' })
    expect(readComments(doc).map((c) => c.text)).toEqual(['hi'])
    expect(votesFor(doc, 'f1')).toEqual({ agree: 1, disagree: 0, byUser: { u1: 'agree' } })
    expect([...readChecklist(doc)]).toEqual([
      ['p1', 'found'],
      ['a1', 'none'],
    ])
    expect([...readDecisions(doc).keys()]).toEqual(['ok'])
    expect(readAudit(doc).every((e) => typeof e.at === 'string')).toBe(true)
    expect(readDismissed(doc).size).toBe(0)
    expect(reports.map((r) => [r.room, r.kind, r.count]).sort()).toEqual(
      [
        ['rv.r.g.g1', 'audit', 1],
        ['rv.r.g.g1', 'checklist', 1],
        ['rv.r.g.g1', 'comment', 2],
        ['rv.r.g.g1', 'decision', 1],
        ['rv.r.g.g1', 'dismissed', 1],
        ['rv.r.g.g1', 'finding', 1],
        ['rv.r.g.g1', 'vote', 2],
      ].sort(),
    )
    // Readers run on every change; the log hears about a room once per kind.
    readFindings(doc, 'g1')
    readComments(doc)
    expect(reports).toHaveLength(7)
  })
})
