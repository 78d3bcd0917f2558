/**
 * What an open socket keeps alive. `@hono/node-server`'s `upgradeWebSocket` holds the context it was
 * handed for the socket's lifetime; the collab route hands it a small handshake object instead of
 * Hono's Context and lets `env.incoming` go once the socket is open (server/collab/wsRoute.ts).
 * Handing over the Context kept ~10 KB per idle socket (docs/benchmarks.md).
 */
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
  it('does not keep its upgrade request, Hono context or IncomingMessage alive', async () => {
    const seen: { context: WeakRef<object>; request: WeakRef<object>; incoming: WeakRef<object> }[] = []
    const s = await startCollabServer({
      before: async (c, next) => {
        const env = c.env as { incoming: object }
        seen.push({
          context: new WeakRef(c),
          request: new WeakRef(c.req.raw),
          incoming: new WeakRef(env.incoming),
        })
        await next()
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
      expect(refs.context.deref(), 'Hono Context').toBeUndefined()
      expect(refs.request.deref(), 'Request').toBeUndefined()
      expect(refs.incoming.deref(), 'IncomingMessage').toBeUndefined()
    }

    // The sockets still work both ways after all that was let go.
    a.doc.getMap('m').set('k', 'from a')
    await waitForDoc(b.doc, () => b.doc.getMap('m').get('k') === 'from a')
  })
})
