/**
 * What the room invariants cost on the fan-out path: the server's time from receiving a member's
 * update to having relayed it to every peer, with and without `reviewRoomRules`, on the same room.
 *
 *   npx tsx bench/invariants.ts [--findings 300] [--peers 30] [--ops 3000] [--rounds 5]
 *
 * A room of realistic size (N findings with rationales, comments, votes, checklist and audit) is
 * loaded twice from the same snapshot: once plain, once with rules. One recorded sequence of member
 * operations — mostly typing into a rationale, plus checklist marks, risk changes, comments and votes,
 * in the proportions of a seminar — is replayed through a connection's `receive` into each, with
 * `peers` fake sockets receiving the relay. Rounds alternate A/B so machine noise hits both alike.
 * The one-off cost of building the shadow (first write after a room loads) is reported apart.
 */
import * as Y from 'yjs'
import { createRoomManager, silentLogger } from '../server/collab/index.js'
import { reviewRoomRules } from '../server/collab/invariants.js'
import { encodeUpdate } from '../server/collab/protocol.js'
import { MemoryRoomStore } from '../server/storage/memoryRoomStore.js'
import {
  addComment,
  castVote,
  createFinding,
  findingsMap,
  setChecklist,
  setFragmentPlainText,
  updateFinding,
} from '../shared/collab/roomDoc.js'

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? Number(process.argv[i + 1]) : fallback
}
const FINDINGS = arg('findings', 300)
const PEERS = arg('peers', 30)
const OPS = arg('ops', 3000)
const ROUNDS = arg('rounds', 5)
const GROUP = 'g1'
const me = { id: 'member-1', name: 'Aziz' }
const iso = () => new Date().toISOString()

/** The room before the session: FINDINGS findings by several members, with discussion. */
function seededRoom(): Uint8Array {
  const doc = new Y.Doc()
  for (let i = 0; i < FINDINGS; i++) {
    const author = { id: `member-${i % 6}`, name: `Member ${i % 6}` }
    createFinding(doc, {
      id: `f${i}`,
      groupId: GROUP,
      unitId: `u${i}`,
      unitLabel: `${i}-modda`,
      start: 0,
      end: 20,
      quote: 'oʻz xohishiga koʻra',
      factorIds: ['discretion'],
      risk: 'medium',
      status: 'open',
      rationale: 'Vakolatli organga cheklanmagan ixtiyoriy vakolat beriladi. '.repeat(4),
      proposal: 'Asoslarni aniq sanab oʻtish.',
      author,
      createdAt: iso(),
    })
    addComment(doc, {
      id: `c${i}`,
      findingId: `f${i}`,
      parentId: null,
      author,
      text: 'Qoʻshilaman.',
      createdAt: iso(),
    })
    castVote(doc, `f${i}`, author, 'agree', iso())
  }
  return Y.encodeStateAsUpdate(doc)
}

/** One member's session as the updates their client would send. */
function recordOps(snapshot: Uint8Array): Uint8Array[] {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, snapshot)
  const out: Uint8Array[] = []
  doc.on('update', (u: Uint8Array) => out.push(u))
  const own = 'f-own'
  createFinding(doc, {
    id: own,
    groupId: GROUP,
    unitId: 'u0',
    unitLabel: '0-modda',
    start: 0,
    end: 5,
    quote: 'oʻz x',
    factorIds: [],
    risk: 'medium',
    status: 'open',
    rationale: '',
    proposal: '',
    author: me,
    createdAt: iso(),
  })
  const rationale = findingsMap(doc).get(own)!.get('rationale') as Y.XmlFragment
  setFragmentPlainText(rationale, '')
  const text = rationale.get(0) as Y.XmlElement
  const line = new Y.XmlText()
  text.insert(0, [line])
  for (let i = 0; out.length < OPS; i++) {
    const r = i % 20
    if (r < 16)
      line.insert(line.length, 'abcdefghij'[i % 10]!) // typing: most of a session
    else if (r === 16) setChecklist(doc, `u${i % FINDINGS}`, 'found')
    else if (r === 17) updateFinding(doc, `f${i % FINDINGS}`, { risk: i % 2 ? 'high' : 'low' }, me, iso())
    else if (r === 18)
      addComment(doc, {
        id: `mc${i}`,
        findingId: `f${i % FINDINGS}`,
        parentId: null,
        author: me,
        text: 'Fikr.',
        createdAt: iso(),
      })
    else castVote(doc, `f${i % FINDINGS}`, me, i % 3 ? 'agree' : 'disagree', iso())
  }
  return out
}

/** Replay `ops` into a fresh copy of the room; returns µs per op and the shadow build time. */
async function replay(snapshot: Uint8Array, ops: Uint8Array[], withRules: boolean) {
  const store = new MemoryRoomStore()
  await store.store('room', snapshot)
  const rooms = createRoomManager({
    store,
    log: { ...silentLogger, warn: (msg: string, f?: Record<string, unknown>) => console.error(msg, f) },
    limits: { messageBurst: 1e9, messagesPerSecond: 1e9, byteBurst: 1e12, bytesPerSecond: 1e12 },
    rulesFor: withRules ? () => reviewRoomRules(GROUP) : undefined,
    saveDebounceMs: 3_600_000,
    saveMaxWaitMs: 3_600_000,
  })
  const room = await rooms.open('room')
  let relayed = 0
  const socket = () => ({ readyState: 1, send: () => void relayed++, close: () => undefined })
  const sender = rooms.connect(
    room,
    socket(),
    { readOnly: false, user: me },
    async () => ({ ok: false, code: 4401, reason: '' }),
    rooms.accessEpoch,
  )
  for (let i = 1; i < PEERS; i++)
    rooms.connect(
      room,
      socket(),
      { readOnly: false, user: { id: `p${i}`, name: `P${i}` } },
      async () => ({ ok: false, code: 4401, reason: '' }),
      rooms.accessEpoch,
    )
  const frames = ops.map((u) => {
    const f = encodeUpdate(u)
    return f.buffer.slice(f.byteOffset, f.byteOffset + f.byteLength) as ArrayBuffer
  })
  const t0 = performance.now()
  sender.receive(frames[0])
  const firstMs = performance.now() - t0
  const t1 = performance.now()
  for (let i = 1; i < frames.length; i++) sender.receive(frames[i])
  const perOpUs = ((performance.now() - t1) * 1000) / (frames.length - 1)
  if (sender.closed) throw new Error('the sender was closed: an honest op was refused')
  const expected = frames.length * (PEERS - 1)
  if (relayed < expected) throw new Error(`relayed ${relayed} of ${expected}`)
  await rooms.close()
  return { perOpUs, firstMs }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!
const snapshot = seededRoom()
const ops = recordOps(snapshot)
const result = {
  plain: [] as number[],
  rules: [] as number[],
  shadowBuildMs: [] as number[],
  firstPlainMs: [] as number[],
}
await replay(snapshot, ops, false) // warm-up
await replay(snapshot, ops, true)
for (let r = 0; r < ROUNDS; r++) {
  for (const withRules of r % 2 ? [true, false] : [false, true]) {
    const { perOpUs, firstMs } = await replay(snapshot, ops, withRules)
    if (withRules) {
      result.rules.push(perOpUs)
      result.shadowBuildMs.push(firstMs)
    } else {
      result.plain.push(perOpUs)
      result.firstPlainMs.push(firstMs)
    }
  }
}
const summary = {
  roomBytes: snapshot.byteLength,
  findings: FINDINGS,
  peers: PEERS,
  ops: ops.length,
  rounds: ROUNDS,
  plainUsPerOp: median(result.plain),
  rulesUsPerOp: median(result.rules),
  ratio: median(result.rules) / median(result.plain),
  firstWritePlainMs: median(result.firstPlainMs),
  firstWriteWithShadowBuildMs: median(result.shadowBuildMs),
}
console.log(JSON.stringify(summary))
