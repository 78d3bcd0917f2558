/**
 * Room invariants over raw sockets: a member with a script instead of the app sends forged updates
 * (built on a copy of the room's state, as an attacker who synced once would). Each is refused
 * whole — 4400, the room's doc and every route unchanged — while an honest member connected to the
 * same room keeps working, and the app's own commands (create, patch, comment, vote, delete, undo)
 * all pass the same rules.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addComment,
  auditArray,
  castVote,
  commentsArray,
  createFinding,
  deleteFinding,
  findingsMap,
  roomMeta,
  setFragmentPlainText,
  updateFinding,
  votesMap,
} from '../../shared/collab/roomDoc.js'
import type { Comment } from '../../shared/domain/roomEntries.js'
import { connectSynced, openRaw, type TestPeer, waitForDoc } from '../helpers/wsClient.js'
import { syncFrame } from '../helpers/wsFrames.js'
import { call, makeApp, markerFinding, type Seeded, seed, type TestApp } from '../server/api/helpers.js'
import { type ServedApp, serveApp } from '../server/api/serveApp.js'

let t: TestApp
let s: Seeded
let live: ServedApp
let wsUrl: string
let attacker: { token: string; user: { id: string; name: string } }
let victimFinding: { id: string; author: { id: string; name: string } }
let groupBFinding: { id: string }
let honest: TestPeer
const peers: TestPeer[] = []

const roomA = () => s.review.groups[0].room

beforeAll(async () => {
  t = await makeApp({ authAttemptsPerMinute: 10_000 })
  s = await seed(t.app)
  live = await serveApp(t)
  wsUrl = live.wsUrl
  const joined = await call(t.app, 'POST', '/api/join', {
    body: { code: s.review.joinCode, name: 'Mallory', groupId: s.groupA },
  })
  attacker = { token: joined.body.token, user: { id: joined.body.user.id, name: joined.body.user.name } }
  const base = `/api/reviews/${s.review.id}/groups`
  victimFinding = (
    await call(t.app, 'POST', `${base}/${s.groupA}/findings`, {
      token: s.tokens.pA,
      body: markerFinding(s, { rationale: 'Aziz wrote this.' }),
    })
  ).body
  groupBFinding = (
    await call(t.app, 'POST', `${base}/${s.groupB}/findings`, { token: s.tokens.pB, body: markerFinding(s) })
  ).body
  const doc = await t.rooms.getDoc(roomA())
  addComment(doc, {
    id: 'c-aziz',
    findingId: victimFinding.id,
    parentId: null,
    author: victimFinding.author,
    text: 'Original words.',
    createdAt: new Date().toISOString(),
  })
  castVote(doc, victimFinding.id, victimFinding.author, 'agree', new Date().toISOString())
  honest = await connectSynced(wsUrl, roomA(), { token: s.tokens.pA })
  peers.push(honest)
})

afterAll(async () => {
  for (const p of peers) p.destroy()
  await live.close()
})

/** Everything a reader can see of group A: the doc and the findings route. */
async function observable(): Promise<{ doc: unknown; sv: string; findings: unknown; comparison: number }> {
  const doc = await t.rooms.getDoc(roomA())
  const findings = await call(t.app, 'GET', `/api/reviews/${s.review.id}/groups/${s.groupA}/findings`, {
    token: s.tokens.facilitator,
  })
  const comparison = await call(t.app, 'GET', `/api/reviews/${s.review.id}/comparison`, {
    token: s.tokens.facilitator,
  })
  return {
    doc: doc.toJSON(),
    sv: Buffer.from(Y.encodeStateVector(doc)).toString('hex'),
    findings: findings.body,
    comparison: comparison.status,
  }
}

/** Send `mutate` (applied to a copy of the room) as one raw update; resolve with the close. */
async function forge(
  mutate: (doc: Y.Doc) => void,
  token = attacker.token,
): Promise<{ code: number; reason: string }> {
  const serverDoc = await t.rooms.getDoc(roomA())
  const mine = new Y.Doc()
  Y.applyUpdate(mine, Y.encodeStateAsUpdate(serverDoc))
  const sv = Y.encodeStateVector(mine)
  mine.transact(() => mutate(mine))
  const raw = openRaw(`${wsUrl}/${roomA()}?token=${token}`)
  await raw.opened
  raw.ws.send(syncFrame(2, Y.encodeStateAsUpdate(mine, sv)))
  return raw.closed
}

/** The honest member's next write still reaches the server. */
async function honestStillWorks(mark: string): Promise<void> {
  honest.doc.getMap('checklist').set(mark, 'unreviewed')
  const serverDoc = await t.rooms.getDoc(roomA())
  await waitForDoc(serverDoc, () => serverDoc.getMap('checklist').get(mark) === 'unreviewed')
  expect(honest.provider.wsconnected).toBe(true)
}

const now = () => new Date().toISOString()
const me = () => attacker.user
function newFinding(doc: Y.Doc, over: Record<string, unknown> = {}): void {
  createFinding(doc, {
    id: 'f-new',
    groupId: s.groupA,
    unitId: s.unit.id,
    unitLabel: s.unit.label,
    start: 0,
    end: 5,
    quote: s.unit.text.slice(0, 5),
    factorIds: [],
    risk: 'medium',
    status: 'open',
    rationale: '',
    proposal: '',
    author: me(),
    createdAt: now(),
    ...over,
  } as Parameters<typeof createFinding>[1])
}

const ATTACKS: [string, (doc: Y.Doc) => void, RegExp][] = [
  [
    're-signs another member’s finding',
    (d) => findingsMap(d).get(victimFinding.id)?.set('author', me()),
    /author cannot change/,
  ],
  [
    'backdates a finding',
    (d) => findingsMap(d).get(victimFinding.id)?.set('createdAt', '2000-01-01T00:00:00Z'),
    /createdAt cannot change/,
  ],
  [
    'creates a finding in another member’s name',
    (d) => newFinding(d, { author: victimFinding.author }),
    /authored as someone else/,
  ],
  ['creates a finding claiming another group', (d) => newFinding(d, { groupId: s.groupB }), /groupId/],
  [
    'moves a finding to another group',
    (d) => findingsMap(d).get(victimFinding.id)?.set('groupId', s.groupB),
    /groupId cannot change/,
  ],
  [
    'stores a finding under a key that is not its id',
    (d) => {
      newFinding(d)
      const m = findingsMap(d).get('f-new')
      m?.set('id', groupBFinding.id)
    },
    /id must be its key|id cannot change/,
  ],
  ['replaces another member’s finding', (d) => newFinding(d, { id: victimFinding.id }), /replaced/],
  [
    'removes another member’s finding outright',
    (d) => findingsMap(d).delete(victimFinding.id),
    /removed only by its author/,
  ],
  [
    'flips another member’s vote',
    (d) => votesMap(d).set(`${victimFinding.id}|${victimFinding.author.id}`, 'disagree'),
    /voter/,
  ],
  [
    'rewrites another member’s comment',
    (d) => {
      const i = commentsArray(d)
        .toArray()
        .findIndex((c) => (c as Comment).id === 'c-aziz')
      const original = commentsArray(d).get(i) as Comment
      commentsArray(d).delete(i, 1)
      commentsArray(d).insert(i, [{ ...original, text: 'Forged words.' }])
    },
    /removed only by its author|someone else/,
  ],
  [
    'comments in another member’s name',
    (d) =>
      addComment(d, {
        id: 'c2',
        findingId: victimFinding.id,
        parentId: null,
        author: victimFinding.author,
        text: 'hi',
        createdAt: now(),
      }),
    /someone else/,
  ],
  ['wipes the audit trail', (d) => auditArray(d).delete(0, auditArray(d).length), /append-only/],
  [
    'forges an audit entry',
    (d) =>
      auditArray(d).push([
        { at: now(), by: victimFinding.author, findingId: 'x', action: 'delete', detail: '' },
      ]),
    /someone else/,
  ],
  ['unlocks the room through meta', (d) => roomMeta(d).set('locked', false), /only by the server/],
  ['bumps the access counter', (d) => roomMeta(d).set('accessEpoch', 999), /only by the server/],
  [
    'writes the follow-up signals',
    (d) => d.getMap('followUps').set('fu-1', { seq: 99, at: now() }),
    /only by the server/,
  ],
  [
    'writes a rationale over the REST cap',
    (d) => {
      const m = findingsMap(d).get(victimFinding.id)
      setFragmentPlainText(m?.get('rationale') as Y.XmlFragment, 'x'.repeat(20_001))
    },
    /over 20000/,
  ],
  [
    'writes a comment over the REST cap',
    (d) =>
      addComment(d, {
        id: 'c3',
        findingId: victimFinding.id,
        parentId: null,
        author: me(),
        text: 'x'.repeat(5001),
        createdAt: now(),
      }),
    /comment/,
  ],
  [
    'adds a finding with an unknown field',
    (d) => {
      newFinding(d)
      findingsMap(d).get('f-new')?.set('score', 10)
    },
    /unknown finding field/,
  ],
  [
    'sends an update over the size cap',
    (d) => {
      const c = d.getMap('checklist')
      for (let i = 0; i < 30_000; i++) c.set(`unit-${i}-${'p'.repeat(80)}`, 'found')
    },
    /over the cap/,
  ],
]

describe('room invariants (raw sockets)', () => {
  it.each(ATTACKS)('refuses a member who %s: 4400, nothing changes', async (name, mutate, why) => {
    const before = await observable()
    const closed = await forge(mutate)
    expect(closed.code).toBe(4400)
    expect(closed.reason).toMatch(why)
    expect(await observable()).toEqual(before)
    expect(honest.doc.getMap('meta').get('locked')).toBeUndefined()
    await honestStillWorks(`after-${name}`.slice(0, 60))
  })

  it('accepts the app’s own commands from a member, undo included', async () => {
    const mine = await connectSynced(wsUrl, roomA(), { token: attacker.token })
    peers.push(mine)
    const d = mine.doc
    const undo = new Y.UndoManager([findingsMap(d), commentsArray(d), votesMap(d)], { captureTimeout: 0 })
    newFinding(d, { id: 'f-undone' })
    undo.undo() // Undo of one's own creation removes the entry outright
    newFinding(d, { id: 'f-own' })
    updateFinding(d, victimFinding.id, { risk: 'high', factorIds: [s.factorIds[0]!] }, me(), now())
    castVote(d, victimFinding.id, me(), 'disagree', now())
    addComment(d, {
      id: 'c-own',
      findingId: victimFinding.id,
      parentId: null,
      author: me(),
      text: 'Mine.',
      createdAt: now(),
    })
    undo.undo() // the comment
    undo.redo()
    undo.undo()
    const rationale = findingsMap(d).get(victimFinding.id)?.get('rationale') as Y.XmlFragment
    setFragmentPlainText(rationale, 'We both wrote this.')
    deleteFinding(d, 'f-own', me(), now())
    const serverDoc = await t.rooms.getDoc(roomA())
    await waitForDoc(
      serverDoc,
      () =>
        !findingsMap(serverDoc).has('f-undone') &&
        !commentsArray(serverDoc)
          .toArray()
          .some((c) => (c as Comment).id === 'c-own') &&
        findingsMap(serverDoc).get('f-own')?.get('deleted') === true,
    )
    expect(mine.provider.wsconnected).toBe(true)
    expect(findingsMap(serverDoc).get(victimFinding.id)?.get('risk')).toBe('high')
    const f = await call(t.app, 'GET', `/api/reviews/${s.review.id}/groups/${s.groupA}/findings`, {
      token: s.tokens.pA,
    })
    expect(f.body.find((x: { id: string }) => x.id === victimFinding.id).rationale).toBe(
      'We both wrote this.',
    )
  })

  it('readers take a finding’s group from its room, and refuse to merge an id two groups share', async () => {
    const mine = await connectSynced(wsUrl, roomA(), { token: attacker.token })
    peers.push(mine)
    // A copy of group B's id is a valid new key in room A (ids are unique per room only).
    newFinding(mine.doc, { id: groupBFinding.id, rationale: '' })
    const serverDoc = await t.rooms.getDoc(roomA())
    await waitForDoc(serverDoc, () => findingsMap(serverDoc).has(groupBFinding.id))
    const merged = await call(t.app, 'POST', `/api/reviews/${s.review.id}/consolidated/findings`, {
      token: s.tokens.expert,
      body: { from: [groupBFinding.id] },
    })
    expect(merged.status).toBe(409)
    expect(merged.body.error.code).toBe('ambiguous_finding')
    const listA = await call(t.app, 'GET', `/api/reviews/${s.review.id}/groups/${s.groupA}/findings`, {
      token: s.tokens.facilitator,
    })
    expect(listA.body.every((f: { groupId: string }) => f.groupId === s.groupA)).toBe(true)
  })
})
