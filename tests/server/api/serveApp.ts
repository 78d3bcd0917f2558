/** The in-process test app served on 127.0.0.1, port 0, with its collab WebSocket: real sockets, one process. */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createAdaptorServer } from '@hono/node-server'
import { afterAll, beforeAll } from 'vitest'
import { attachAppCollab } from '../../../server/app.js'
import { createLogger } from '../../../server/log.js'
import type { TestPeer } from '../../helpers/wsClient.js'
import { makeApp, type Seeded, seed, type TestApp } from './helpers.js'

/** A served test app. */
export type ServedApp = { server: Server; httpUrl: string; wsUrl: string; close(): Promise<void> }

/** Serve `t` (REST + `/collab`) on a free port; `close()` stops the server and the app. */
export async function serveApp(t: TestApp): Promise<ServedApp> {
  const server = createAdaptorServer({ fetch: t.app.fetch }) as Server
  attachAppCollab(server, {
    meta: t.meta,
    rooms: t.rooms,
    log: createLogger('silent'),
    now: () => t.clock.now,
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    server,
    httpUrl: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/collab`,
    async close() {
      await t.close()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
}

/** A seeded app served on a free port, with the peers a test opens (destroyed by `close()`). */
export type SeededServer = {
  t: TestApp
  s: Seeded
  served: ServedApp
  peers: TestPeer[]
  close(): Promise<void>
}

/** `makeApp` + `seed` + `serveApp`, for socket tests of the whole app. */
export async function startSeededServer(): Promise<SeededServer> {
  const t = await makeApp({ authAttemptsPerMinute: 10_000 })
  const s = await seed(t.app)
  const served = await serveApp(t)
  const peers: TestPeer[] = []
  return {
    t,
    s,
    served,
    peers,
    async close() {
      for (const p of peers) p.destroy()
      await served.close()
    },
  }
}

/** A seeded server for the whole test file: started in `beforeAll`, closed in `afterAll`. */
export function seededServerOfFile(): SeededServer {
  const env = {} as SeededServer
  beforeAll(async () => {
    Object.assign(env, await startSeededServer())
  })
  afterAll(() => env.close())
  return env
}
