/**
 * The load generator, run as its own process: real y-websocket (or Hocuspocus) clients. Writers set a
 * key in a shared Y.Map every 1/rate s with the send time; every other client in the room records the
 * fan-out latency when the key arrives. Sender and receivers share this process's clock.
 * Input: one JSON argument. Output: one JSON line with the latency samples summary.
 */
import { writeFileSync } from 'node:fs'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

process.setMaxListeners(0)
const cfg = JSON.parse(process.argv[2])
const { kind, url, rooms, clientsPerRoom, writersPerRoom, rate, durationMs, token, idle, barrier, rawFile } =
  cfg

function connect(room) {
  const doc = new Y.Doc()
  if (kind === 'hocuspocus') {
    const ws = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket })
    const provider = new HocuspocusProvider({ websocketProvider: ws, name: room, document: doc, token: 'x' })
    provider.attach?.()
    const synced = new Promise((resolve) => provider.on('synced', resolve))
    return {
      doc,
      synced,
      destroy: () => {
        provider.destroy()
        ws.destroy()
      },
    }
  }
  const provider = new WebsocketProvider(url, room, doc, {
    WebSocketPolyfill: WebSocket,
    params: token ? { token } : {},
    disableBc: true,
  })
  const synced = new Promise((resolve) => provider.once('sync', resolve))
  return { doc, synced, destroy: () => provider.destroy() }
}

const clients = []
for (const room of rooms)
  for (let i = 0; i < clientsPerRoom; i++) clients.push({ room, index: i, ...connect(room) })
const connectStart = performance.now()
await Promise.all(clients.map((c) => c.synced))
const connectMs = performance.now() - connectStart

if (idle) {
  process.stdout.write(`${JSON.stringify({ connected: clients.length, connectMs })}\n`)
  // Stay connected until the parent has measured memory.
  await new Promise((resolve) => process.once('message', resolve))
  for (const c of clients) c.destroy()
  process.exit(0)
}

// Several load processes start writing together: report "connected", wait for the parent's "go".
if (barrier) {
  process.stdout.write(`${JSON.stringify({ connected: clients.length, connectMs })}\n`)
  await new Promise((resolve) => process.once('message', resolve))
}

const latencies = []
let received = 0
// How late this process's own event loop ran: with hundreds of docs in one process, part of every
// latency is the client's queueing, the same for every server under test.
const loopDelay = monitorEventLoopDelay({ resolution: 10 })
loopDelay.enable()
for (const c of clients) {
  const map = c.doc.getMap('bench')
  map.observe((event) => {
    if (event.transaction.local) return
    const now = performance.now()
    for (const key of event.keysChanged) {
      const sent = map.get(key)
      if (typeof sent === 'number') {
        latencies.push(now - sent)
        received++
      }
    }
  })
}

let sent = 0
const timers = []
for (const c of clients.filter((c) => c.index < writersPerRoom)) {
  let seq = 0
  const map = c.doc.getMap('bench')
  // Stagger writers so ticks don't all land on the same millisecond.
  const offset = Math.random() * (1000 / rate)
  timers.push(
    setTimeout(() => {
      timers.push(
        setInterval(() => {
          map.set(`${c.doc.clientID}:${seq++}`, performance.now())
          sent++
        }, 1000 / rate),
      )
    }, offset),
  )
}
await new Promise((r) => setTimeout(r, durationMs))
for (const t of timers) clearInterval(t)
// Let in-flight updates land.
await new Promise((r) => setTimeout(r, 2000))
loopDelay.disable()
// Raw samples (for merging several load processes) go to a file: too big for one stdout line.
if (rawFile) writeFileSync(rawFile, Float64Array.from(latencies))
const expected = sent * (clientsPerRoom - 1)
// The histogram records whole timer intervals; lateness is what exceeds the 10 ms resolution.
const lateMs = (p) => Math.max(0, loopDelay.percentile(p) / 1e6 - 10)
latencies.sort((a, b) => a - b)
const pct = (p) =>
  latencies.length
    ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]
    : null
process.stdout.write(
  `${JSON.stringify({ clients: clients.length, connectMs, sent, expected, received, delivered: expected ? received / expected : 0, p50: pct(50), p95: pct(95), p99: pct(99), max: latencies.at(-1) ?? null, clientLoopDelayP50: lateMs(50), clientLoopDelayP99: lateMs(99) })}\n`,
)
for (const c of clients) c.destroy()
process.exit(0)
