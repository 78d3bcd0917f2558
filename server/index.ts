/**
 * Server entry: load settings, open the stores, serve app + API + WebSocket on one port, and on
 * SIGTERM/SIGINT save every room and the metadata before exiting.
 */

import type { Server } from 'node:http'
import { serve } from '@hono/node-server'
import { setUndecodableReporter } from '../shared/collab/decode.js'
import { attachAppCollab, createApp } from './app.js'
import { createRoomManager } from './collab/index.js'
import { type Deployment, openDeployment } from './deployment.js'
import { loadEnv } from './env.js'
import { roomRulesFrom } from './http/roomRules.js'
import { createLogger } from './log.js'
import { appPath } from './paths.js'

async function main(): Promise<void> {
  let env: ReturnType<typeof loadEnv>
  try {
    env = loadEnv()
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`)
    process.exit(1)
  }
  const log = createLogger(env.logLevel)
  process.on('uncaughtException', (err) =>
    log.error('uncaught exception', { error: String(err), stack: err.stack }),
  )
  process.on('unhandledRejection', (err) => log.error('unhandled rejection', { error: String(err) }))

  setUndecodableReporter((r) => log.warn('room entries skipped: they do not decode', r))

  let deployment: Deployment
  try {
    deployment = await openDeployment(env, log)
  } catch (err) {
    log.error('could not open the data store', { error: String(err) })
    process.exit(1)
  }
  const { meta } = deployment
  const rooms = createRoomManager({
    store: deployment.roomStore,
    bus: deployment.bus,
    log,
    rulesFor: roomRulesFrom(meta),
  })
  deployment.wire(rooms)
  const app = createApp({
    meta,
    rooms,
    log,
    topology: deployment.topology,
    rateLimiters: deployment.rateLimiters,
    allowedOrigins: env.allowedOrigins,
    publicUrl: env.publicUrl,
    listenHost: env.host,
    distDir: appPath('dist'),
  })
  const server = serve({ fetch: app.fetch, hostname: env.host, port: env.port }, (info) => {
    const host = info.family === 'IPv6' ? `[${info.address}]` : info.address
    log.info(`Shaffof listening on http://${host}:${info.port}`, {
      dataDir: env.dataDir,
      store: deployment.topology.store,
      bus: deployment.topology.bus(),
    })
  })

  attachAppCollab(server as Server, { meta, rooms, log, allowedOrigins: env.allowedOrigins })

  let stopping = false
  const shutdown = async (signal: string) => {
    if (stopping) return
    stopping = true
    log.info('shutting down', { signal })
    let code = 0
    try {
      await rooms.close()
    } catch (err) {
      code = 1
      log.error('saving rooms failed', { error: String(err) })
    }
    try {
      await meta.flush()
    } catch (err) {
      code = 1
      log.error('saving metadata failed', { error: String(err) })
    }
    await deployment.close().catch((err) => log.error('closing the store failed', { error: String(err) }))
    server.close()
    process.exit(code)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
}

void main()
