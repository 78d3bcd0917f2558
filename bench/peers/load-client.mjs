/**
 * The load generator, run as its own process: real y-websocket (or Hocuspocus) clients. Writers set a
 * key in a shared Y.Map every 1/rate s with the send time; every other client in the room records the
 * fan-out latency when the key arrives. Sender and receivers share this process's clock.
 * Input: one JSON argument. Output: one JSON line with the latency samples summary.
 */
import { writeFileSync } from 'node:fs'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import * as encoding from 'lib0/encoding'
import WebSocket from 'ws'
import * as awarenessProtocol from 'y-protocols/awareness'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

process.setMaxListeners(0)
const cfg = JSON.parse(process.argv[2])
const { kind, url, rooms, clientsPerRoom, writersPerRoom, rate, durationMs, token, idle, barrier, rawFile } =
  cfg
// Several instances of one cluster (scale-out bench): the clients of each room alternate between them.
const urls = cfg.urls ?? [url]
// `localAddress`: a loopback source address of its own (127.0.0.N), so tens of thousands of sockets
// across rounds never run out of ephemeral ports. `batch`: connect that many at a time.
const quiet = Boolean(idle && cfg.quietIdle)
const Socket = cfg.localAddress
  ? class extends WebSocket {
      constructor(address, protocols, options) {
        super(address, protocols, { ...options, localAddress: cfg.localAddress })
      }
    }
  : WebSocket

// `observers`: per room, only the writers and this many more clients are real providers with a
// Y.Doc (they record the latency); the others are passive sockets that join the room and read every
// frame without decoding it. The server's fan-out work is the same, the load processes' CPU is not
// (applying every update in hundreds of docs made the clients, not the servers, the bottleneck).
const real =
  cfg.observers === undefined ? clientsPerRoom : Math.min(clientsPerRoom, writersPerRoom + cfg.observers)

/** Sync step 1 with an empty state vector: "send me everything" (y-websocket framing). */
function syncStep1(prefix) {
  const e = encoding.createEncoder()
  prefix?.(e)
  encoding.writeVarUint(e, 0) // sync
  encoding.writeVarUint(e, 0) // step 1
  encoding.writeVarUint8Array(e, new Uint8Array([0]))
  return encoding.toUint8Array(e)
}

/** A passive member of `room`: joins, asks for the document, then reads and drops every frame. */
function connectPassive(room, index) {
  const hocuspocus = kind === 'hocuspocus'
  const base = urls[index % urls.length]
  const target = hocuspocus ? base : `${base}/${room}${token ? `?token=${encodeURIComponent(token)}` : ''}`
  const ws = new Socket(target)
  const synced = new Promise((resolve, reject) => {
    ws.once('message', resolve)
    ws.once('error', reject)
  })
  ws.on('message', () => undefined)
  ws.on('open', () => {
    if (!hocuspocus) return ws.send(syncStep1())
    // Hocuspocus frames start with the document name; the token message comes first.
    const auth = encoding.createEncoder()
    encoding.writeVarString(auth, room)
    encoding.writeVarUint(auth, 2) // auth
    encoding.writeVarUint(auth, 0) // token
    encoding.writeVarString(auth, 'x')
    ws.send(encoding.toUint8Array(auth))
    ws.send(syncStep1((e) => encoding.writeVarString(e, room)))
  })
  return { doc: null, synced, destroy: () => ws.terminate() }
}

function connect(room, index) {
  const doc = new Y.Doc()
  if (kind === 'hocuspocus') {
    const ws = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: Socket })
    const provider = new HocuspocusProvider({ websocketProvider: ws, name: room, document: doc, token: 'x' })
    if (quiet) provider.awareness?.setLocalState(null)
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
  // `quiet` (idle clients): no presence, so an idle connection sends nothing but pongs. With presence,
  // 10,000 clients renew it every 15 s and echo each other's (~7,000 messages/s), which on the shared
  // 2-CPU machine starved every process, servers and clients alike, instead of measuring memory.
  const awareness = new awarenessProtocol.Awareness(doc)
  if (quiet) awareness.setLocalState(null)
  const provider = new WebsocketProvider(urls[index % urls.length], room, doc, {
    awareness,
    WebSocketPolyfill: Socket,
    params: token ? { token } : {},
    disableBc: true,
  })
  const synced = new Promise((resolve) => provider.once('sync', resolve))
  return { doc, synced, destroy: () => provider.destroy() }
}

const clients = []
const connectStart = performance.now()
const batch = cfg.batch ?? Number.POSITIVE_INFINITY
let pending = []
for (const room of rooms)
  for (let i = 0; i < clientsPerRoom; i++) {
    const c = { room, index: i, ...(i < real ? connect(room, i) : connectPassive(room, i)) }
    clients.push(c)
    pending.push(c.synced)
    if (pending.length >= batch) {
      await Promise.all(pending)
      pending = []
    }
  }
await Promise.all(pending)
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
  if (!c.doc) continue
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
const expected = sent * (real - 1)
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
