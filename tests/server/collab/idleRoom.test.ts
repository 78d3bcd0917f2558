/**
 * An idle room stays light: the empty state every fresh y-websocket client answers sync with does not
 * build the room's shadow doc (server/collab/shadowGuard.ts); the first real edit still goes through
 * the rules. docs/benchmarks.md (issue 22) has the memory this saves per room.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { reviewRoomRules } from '../../../server/collab/invariants.js'
import { connectSynced, type TestPeer, waitUntil } from '../../helpers/wsClient.js'
import { type CollabTestServer, startCollabServer } from '../../helpers/wsServer.js'

let srv: CollabTestServer
const peers: TestPeer[] = []
afterEach(async () => {
  for (const p of peers.splice(0)) p.destroy()
  await srv?.close()
})

const shadowOf = (room: string) =>
  (srv.rooms.peek(room)?.guard as unknown as { shadow: Y.Doc | null } | undefined)?.shadow ?? null

describe('an idle room with rules', () => {
  it('builds no shadow doc for clients that only synced, and one at the first edit', async () => {
    srv = await startCollabServer({ manager: { rulesFor: () => reviewRoomRules('g1') } })
    srv.policy.set('u1', { ok: true, readOnly: false, user: { id: 'u1', name: 'One' } })
    for (let i = 0; i < 3; i++) peers.push(await connectSynced(srv.url, 'rv.1.g.g1', { token: 'u1' }))
    expect(srv.rooms.peek('rv.1.g.g1')?.conns.size).toBe(3)
    expect(shadowOf('rv.1.g.g1')).toBeNull()

    peers[0]!.doc.getMap('free').set('k', 'v')
    await waitUntil(() => shadowOf('rv.1.g.g1') !== null, 5000, 'shadow built by the first edit')
  })
})
