/**
 * A tiny TCP load balancer for cluster tests: one port in front of several instances, round robin per
 * connection, skipping an instance that refuses (like nginx with a dead upstream). No HTTP parsing, so
 * WebSocket upgrades pass through untouched.
 */
import { connect, createServer, type Server, type Socket } from 'node:net'

/** A running proxy. */
export type TcpProxy = { port: number; url: string; close(): Promise<void> }

/** Listen on `port` (default a free one) on loopback and forward each connection to one of `backends`. */
export async function startTcpProxy(backends: () => number[], listenPort = 0): Promise<TcpProxy> {
  let next = 0
  const sockets = new Set<Socket>()
  const pipeTo = (client: Socket, tries: number): void => {
    const ports = backends()
    if (!ports.length || tries >= ports.length) {
      client.destroy()
      return
    }
    const port = ports[next++ % ports.length] as number
    const upstream = connect(port, '127.0.0.1')
    sockets.add(upstream)
    upstream.once('connect', () => {
      client.pipe(upstream)
      upstream.pipe(client)
      client.resume()
    })
    upstream.once('error', () => {
      sockets.delete(upstream)
      if (upstream.connecting || !upstream.readable) pipeTo(client, tries + 1)
      else client.destroy()
    })
    upstream.once('close', () => {
      sockets.delete(upstream)
      client.destroy()
    })
    client.once('close', () => upstream.destroy())
  }
  const server: Server = createServer({ pauseOnConnect: true }, (client) => {
    sockets.add(client)
    client.on('error', () => undefined)
    client.once('close', () => sockets.delete(client))
    pipeTo(client, 0)
  })
  await new Promise<void>((resolve) => server.listen(listenPort, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}
