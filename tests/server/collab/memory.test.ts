/**
 * What an open socket keeps alive. The collab endpoint takes the upgrade with `ws` directly and keeps
 * only the socket and its Connection (server/collab/wsRoute.ts): not the IncomingMessage, its headers
 * or its URL. (The former Hono adapter kept ~10 KB of request per idle socket; docs/benchmarks.md.)
 */
import type { IncomingMessage } from 'node:http'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import { afterEach, describe, expect, it } from 'vitest'
import { connectSynced, waitForDoc } from '../../helpers/wsClient.js'
import { startCollabServer } from '../../helpers/wsServer.js'

setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

async function collect(): Promise<void> {
  // A WeakRef target stays alive until the job that created or read it ends: yield between passes.
  for (let i = 0; i < 4; i++) {
    await new Promise((r) => setTimeout(r, 20))
    gc()
  }
}

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn()
})

describe('an open collab socket', () => {
  it('does not keep its upgrade request or its headers alive', async () => {
    const seen: { incoming: WeakRef<object>; headers: WeakRef<object> }[] = []
    const s = await startCollabServer({
      onUpgrade: (req: IncomingMessage) => {
        seen.push({ incoming: new WeakRef(req), headers: new WeakRef(req.headers) })
      },
    })
    cleanups.push(() => s.close())
    const a = await connectSynced(s.url, 'rv.1.g.a')
    const b = await connectSynced(s.url, 'rv.1.g.a')
    cleanups.push(
      () => a.destroy(),
      () => b.destroy(),
    )
    expect(seen).toHaveLength(2)

    await collect()
    for (const refs of seen) {
      expect(refs.incoming.deref(), 'IncomingMessage').toBeUndefined()
      expect(refs.headers.deref(), 'headers').toBeUndefined()
    }

    // The sockets still work both ways after all that was let go.
    a.doc.getMap('m').set('k', 'from a')
    await waitForDoc(b.doc, () => b.doc.getMap('m').get('k') === 'from a')
  })
})
