/** The in-process test app served on 127.0.0.1, port 0, with its collab WebSocket: real sockets, one process. */
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createAdaptorServer } from '@hono/node-server'
import { attachAppCollab } from '../../../server/app.js'
import { createLogger } from '../../../server/log.js'
import type { TestApp } from './helpers.js'

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
