/** refreshAccess: a phase change or lock applies to open connections at once. */

import { afterEach, describe, expect, it } from 'vitest'
import type { AccessDecision } from '../../../server/collab/index.js'
import {
  connectSynced,
  createPeer,
  nextCloseCode,
  type TestPeer,
  waitForDoc,
  waitForSync,
  waitUntil,
} from '../../helpers/wsClient.js'
import { type CollabTestServer, startCollabServer } from '../../helpers/wsServer.js'

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn()
})
async function server(opts: Parameters<typeof startCollabServer>[0] = {}): Promise<CollabTestServer> {
  const s = await startCollabServer(opts)
  cleanups.push(() => s.close())
  return s
}
async function peer(url: string, room: string, token: string): Promise<TestPeer> {
  const p = await connectSynced(url, room, { token })
  cleanups.push(() => p.destroy())
  return p
}

const participant = { id: 'p', name: 'Participant' }

describe('refreshAccess', () => {
  it('flips a live connection to read-only, back to writable, then closes it', async () => {
    const s = await server()
    s.policy.set('p', { ok: true, readOnly: false, user: participant })
    s.policy.set('f', { ok: true, readOnly: false, user: { id: 'f', name: 'Facilitator' } })
    const p = await peer(s.url, 'rv.1.g.a', 'p')
    const f = await peer(s.url, 'rv.1.g.a', 'f')
    const serverDoc = await s.rooms.getDoc('rv.1.g.a')

    p.doc.getMap('m').set('before', 1)
    await waitForDoc(serverDoc, () => serverDoc.getMap('m').has('before'))

    // Phase → closed: participants read only.
    s.policy.set('p', { ok: true, readOnly: true, user: participant })
    await s.rooms.refreshAccess('rv.1.g.a')
    p.doc.getMap('m').set('while-closed', 1)
    f.doc.getMap('m').set('facilitator', 1)
    await waitForDoc(p.doc, () => p.doc.getMap('m').has('facilitator'))
    const pConn = [...(s.rooms.peek('rv.1.g.a')?.conns ?? [])].find((c) => c.user.id === 'p')
    await waitUntil(() => (pConn?.droppedUpdates ?? 0) > 0)
    expect(serverDoc.getMap('m').has('while-closed')).toBe(false)
    expect(f.doc.getMap('m').has('while-closed')).toBe(false)

    // Reopened: writes flow again.
    s.policy.set('p', { ok: true, readOnly: false, user: participant })
    await s.rooms.refreshAccess() // all rooms
    p.doc.getMap('m').set('reopened', 1)
    await waitForDoc(f.doc, () => f.doc.getMap('m').has('reopened'))
    // The server asked for what it lacked, so the edit made while read-only is merged now too
    // (otherwise every later update of that client would stay pending forever).
    expect(f.doc.getMap('m').has('while-closed')).toBe(true)

    // Moved to another group: closed with 4403, and y-websocket does not come back.
    s.policy.set('p', { ok: false, code: 4403, reason: 'moved to another group' })
    const code = nextCloseCode(p.provider)
    await s.rooms.refreshAccess('rv.1.g.a')
    expect(await code).toBe(4403)
    expect(s.rooms.peek('rv.1.g.a')?.conns.size).toBe(1)
    expect(f.provider.wsconnected).toBe(true)
  })

  it('a peer authorised before a refresh but opened after it is re-checked on open', async () => {
    let release!: () => void
    const gate = new Promise<void>((r) => {
      release = r
    })
    let readOnly = false
    let calls = 0
    let authorizing!: () => void
    const authorizeStarted = new Promise<void>((r) => {
      authorizing = r
    })
    const authorize = async (_room: string, _token: string | null): Promise<AccessDecision> => {
      calls++
      if (calls === 1) {
        const decision = { ok: true as const, readOnly, user: participant } // decided with the old policy
        authorizing()
        await gate
        return decision
      }
      return { ok: true, readOnly, user: participant }
    }
    const s = await server({ authorize })
    const writer = createPeer(s.url, 'rv.2.g.a')
    cleanups.push(() => writer.destroy())
    await authorizeStarted
    readOnly = true
    await s.rooms.refreshAccess('rv.2.g.a') // nobody open yet
    release()
    await waitForSync(writer.provider)
    await waitUntil(() => calls >= 2, 5000, 're-check on open')
    const conn = [...(s.rooms.peek('rv.2.g.a')?.conns ?? [])][0]
    await waitUntil(() => conn?.readOnly === true)
    writer.doc.getMap('m').set('x', 1)
    await waitUntil(() => (conn?.droppedUpdates ?? 0) > 0)
    expect((await s.rooms.getDoc('rv.2.g.a')).getMap('m').has('x')).toBe(false)
  })
})
