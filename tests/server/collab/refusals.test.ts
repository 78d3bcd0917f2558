/** Refusals: the socket is accepted, then closed with the contract's code. */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { FileRoomStore } from '../../../server/storage/roomFiles.js'
import { createPeer, openRaw, waitUntil } from '../../helpers/wsClient.js'
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

describe('collab refusals', () => {
  it('4400 for a malformed room name, without authorize or any file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shaffof-refuse-'))
    cleanups.push(() => rm(dir, { recursive: true, force: true }))
    const s = await server({ store: new FileRoomStore(dir) })
    // (`.`/`..` segments never reach the route: URL parsing removes them; getDoc is checked below.)
    for (const bad of [
      'a%20b',
      'a%2F..%2Fb',
      '..%2F..%2Fetc',
      'x'.repeat(129),
      'a/b',
      '%C3%A9t%C3%A9',
      'a%00b',
      'a%5Cb',
    ]) {
      const { closed } = openRaw(`${s.url}/${bad}`)
      expect((await closed).code, bad).toBe(4400)
    }
    expect(s.authorizeCalls).toHaveLength(0)
    expect(s.rooms.stats().rooms).toBe(0)
    for (const bad of ['.', '..', '', 'a/b']) {
      await expect(s.rooms.getDoc(bad)).rejects.toMatchObject({ status: 400, code: 'invalid_room' })
    }
    expect(await readdir(dir)).toEqual([])
  })

  it('4401 / 4403 / 4404 from authorize, and y-websocket stops retrying', async () => {
    const s = await server()
    s.policy.set('nobody', { ok: false, code: 4401, reason: 'not signed in' })
    s.policy.set('other-group', { ok: false, code: 4403, reason: 'not your group' })
    s.policy.set('gone', { ok: false, code: 4404, reason: 'no such room' })
    for (const [token, code] of [
      ['nobody', 4401],
      ['other-group', 4403],
      ['gone', 4404],
    ] as const) {
      const { closed } = openRaw(`${s.url}/rv.1.g.a?token=${token}`)
      expect(await closed).toMatchObject({ code })
    }
    const p = createPeer(s.url, 'rv.1.g.a', { token: 'other-group' })
    cleanups.push(() => p.destroy())
    const terminal = await new Promise<{ code: number }>((resolve) =>
      p.provider.on('closed', (e: { code: number }) => resolve(e)),
    )
    expect(terminal.code).toBe(4403)
    expect(p.provider.shouldConnect).toBe(false)
    // A refused connection never loads the room.
    expect(s.rooms.peek('rv.1.g.a')).toBeUndefined()
  })

  it('a foreign Origin is refused with 4403 before authorize; own and allowed origins pass', async () => {
    const s = await server({ allowedOrigins: ['http://localhost:5173'] })
    const host = new URL(s.httpUrl).host
    const foreign = openRaw(`${s.url}/rv.1.g.a`, { Origin: 'https://evil.example' })
    expect((await foreign.closed).code).toBe(4403)
    const nullOrigin = openRaw(`${s.url}/rv.1.g.a`, { Origin: 'null' })
    expect((await nullOrigin.closed).code).toBe(4403)
    const otherPort = openRaw(`${s.url}/rv.1.g.a`, { Origin: 'http://127.0.0.1:1' })
    expect((await otherPort.closed).code).toBe(4403)
    expect(s.authorizeCalls).toHaveLength(0)

    for (const origin of [`http://${host}`, 'http://localhost:5173']) {
      const ok = openRaw(`${s.url}/rv.1.g.a`, { Origin: origin })
      await ok.opened
      await waitUntil(() => (s.rooms.peek('rv.1.g.a')?.conns.size ?? 0) > 0)
      ok.ws.close()
      expect((await ok.closed).code).toBe(1005)
    }
    expect(s.authorizeCalls).toHaveLength(2)
  })

  it('a plain GET gets a 426 JSON error, not a room load', async () => {
    const s = await server()
    const res = await fetch(`${s.httpUrl}/collab/rv.1.g.a`)
    expect(res.status).toBe(426)
    expect(await res.json()).toMatchObject({ error: { code: 'upgrade_required' } })
    expect(s.authorizeCalls).toHaveLength(0)
  })

  it('an authorize that throws closes with 1011 and the server keeps serving', async () => {
    let calls = 0
    const s = await server({
      authorize: async () => {
        calls++
        if (calls === 1) throw new Error('db down')
        return { ok: true, readOnly: false, user: { id: 'u', name: 'U' } }
      },
    })
    const first = openRaw(`${s.url}/rv.1.g.a`)
    expect((await first.closed).code).toBe(1011)
    const second = openRaw(`${s.url}/rv.1.g.a`)
    await second.opened
    second.ws.close()
    await second.closed
  })
})
