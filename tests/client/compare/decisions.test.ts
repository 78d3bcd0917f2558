import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  acceptCluster,
  effectiveDecision,
  recordResponse,
  rejectCluster,
  reopenCluster,
} from '../../../client/features/compare/consolidate/decisions'
import { buildConsolidatedFinding } from '../../../client/features/compare/consolidate/merge'
import type { Cluster } from '../../../client/features/compare/types'
import {
  clusterDecisionsMap,
  clusterKey,
  findingsMap,
  readDecisions,
  readFindings,
} from '../../../shared/collab/roomDoc'
import type { Finding } from '../../../shared/domain/finding'

/** Two experts' docs wired together the way a y-websocket room relays updates. */
function twoExperts(): [Y.Doc, Y.Doc] {
  const d1 = new Y.Doc()
  const d2 = new Y.Doc()
  d1.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(d2, u, 'remote'))
  d2.on('update', (u: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(d1, u, 'remote'))
  return [d1, d2]
}

const sourceA: Finding = {
  id: 'fa',
  groupId: 'g1',
  unitId: 'u1',
  unitLabel: 'Статья 3, часть 1',
  start: 0,
  end: 10,
  quote: 'Орган вправ',
  factorIds: ['discretion'],
  risk: 'high',
  status: 'open',
  rationale: 'Широкие полномочия.',
  proposal: 'Указать основания.',
  author: { id: 'p', name: 'P' },
  createdAt: '2026-11-27T10:00:00Z',
}
const sourceB: Finding = {
  ...sourceA,
  id: 'fb',
  groupId: 'g2',
  start: 4,
  end: 20,
  factorIds: ['no-criteria'],
  rationale: 'Нет критериев.',
}
const cluster: Cluster = {
  id: 'c0',
  unitId: 'u1',
  start: 0,
  end: 20,
  factorIds: ['discretion', 'no-criteria'],
  findingIds: ['fa', 'fb'],
  groupIds: ['g1', 'g2'],
}
const e1 = { id: 'e1', name: 'Anna' }
const e2 = { id: 'e2', name: 'Bekzod' }
const build = (by: { id: string; name: string }) =>
  buildConsolidatedFinding({
    cluster,
    findings: [sourceA, sourceB],
    choice: { rationale: { kind: 'merge' }, proposal: { kind: 'merge' } },
    author: by,
    now: '2026-11-27T12:00:00Z',
  })

describe('cluster decisions in the consolidated room', () => {
  it("shows one expert's accepted finding, with its sources and texts, to the other at once", () => {
    const [d1, d2] = twoExperts()
    acceptCluster(d1, cluster.findingIds, build(e1), e1, '2026-11-27T12:00:00Z')
    const seen = readFindings(d2)
    expect(seen).toHaveLength(1)
    expect(seen[0]?.sources).toEqual([
      { groupId: 'g1', findingId: 'fa' },
      { groupId: 'g2', findingId: 'fb' },
    ])
    expect(seen[0]?.rationale).toBe('Широкие полномочия.\nНет критериев.')
    expect(seen[0]?.factorIds).toEqual(['discretion', 'no-criteria'])
    const decision = readDecisions(d2).get(clusterKey(['fb', 'fa']))
    expect(decision).toMatchObject({ status: 'accepted', findingId: seen[0]?.id, by: e1 })
  })

  it('two experts accepting the same cluster at the same time end with one finding', () => {
    const d1 = new Y.Doc()
    const d2 = new Y.Doc()
    acceptCluster(d1, cluster.findingIds, build(e1), e1, 't1')
    acceptCluster(d2, cluster.findingIds, build(e2), e2, 't2')
    Y.applyUpdate(d1, Y.encodeStateAsUpdate(d2))
    Y.applyUpdate(d2, Y.encodeStateAsUpdate(d1))
    expect(readFindings(d1)).toHaveLength(1)
    expect(readFindings(d2)).toHaveLength(1)
    expect(readFindings(d1)[0]?.author).toEqual(readFindings(d2)[0]?.author)
    expect(clusterDecisionsMap(d1).size).toBe(1)
  })

  it('records a rejection with its trimmed reason, and reopening clears it', () => {
    const [d1, d2] = twoExperts()
    rejectCluster(d1, cluster.findingIds, '  Не коррупциогенный фактор.  ', e1, 't')
    expect(readDecisions(d2).get(clusterKey(cluster.findingIds))).toMatchObject({
      status: 'rejected',
      reason: 'Не коррупциогенный фактор.',
    })
    reopenCluster(d2, cluster.findingIds, e2, 't2')
    expect(readDecisions(d1).size).toBe(0)
  })

  it('reopening an accepted cluster removes its finding from the conclusion (soft delete)', () => {
    const [d1, d2] = twoExperts()
    const f = build(e1)
    acceptCluster(d1, cluster.findingIds, f, e1, 't')
    reopenCluster(d2, cluster.findingIds, e2, 't2')
    expect(readFindings(d1)).toHaveLength(0)
    expect(findingsMap(d1).get(f.id)?.get('deleted')).toBe(true)
    // Accepting again brings it back as a fresh finding.
    acceptCluster(d1, cluster.findingIds, f, e1, 't3')
    expect(readFindings(d2)).toHaveLength(1)
  })

  it("records the drafting body's response on a consolidated proposal", () => {
    const [d1, d2] = twoExperts()
    const f = build(e1)
    acceptCluster(d1, cluster.findingIds, f, e1, 't')
    expect(recordResponse(d2, f.id, 'partly', ' Учтено в статье 3. ', e2, '2026-11-28T09:00:00Z')).toBe(true)
    expect(readFindings(d1)[0]?.response).toEqual({
      status: 'partly',
      reason: 'Учтено в статье 3.',
      recordedAt: '2026-11-28T09:00:00Z',
      recordedBy: e2,
    })
    expect(recordResponse(d2, 'missing', 'accepted', '', e2, 't')).toBe(false)
  })
})

describe('clusters already merged elsewhere', () => {
  it('counts a cluster as accepted when a consolidated finding cites one of its findings, and reopening removes it', () => {
    const doc = new Y.Doc()
    // A finding merged over REST: no decision recorded, only sources.
    const viaRest = { ...build(e1), id: 'rest-1' }
    acceptCluster(doc, ['other'], viaRest, e1, 't')
    clusterDecisionsMap(doc).delete(clusterKey(['other']))
    const decision = effectiveDecision(cluster.findingIds, readDecisions(doc), readFindings(doc))
    expect(decision).toMatchObject({ status: 'accepted', findingId: 'rest-1' })
    expect(effectiveDecision(['unrelated'], readDecisions(doc), readFindings(doc))).toBeUndefined()
    reopenCluster(doc, cluster.findingIds, e2, 't2', decision)
    expect(readFindings(doc)).toHaveLength(0)
  })
})
