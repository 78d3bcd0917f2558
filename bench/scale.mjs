/**
 * Scale benchmark (issue 22): `--idle` idle connections (default 10,000) over `--rooms` rooms (1,000),
 * then the usual live load on top, against Shaffof (the one process `npm start` leaves), Hocuspocus 3.x
 * and @y/websocket-server 0.1.1 — same run, rounds interleaved with the order rotated.
 *
 * Per server and round, on a fresh process: heap and RSS after a full GC with no clients, with half
 * the idle clients, with all of them (the second half's cost per connection is "per added
 * connection"); RSS as the kernel reports it at full count (no forced GC); then the live load
 * (`--live-rooms` × `--live-clients`, `--writers` at `--rate`/s for `--seconds`) while the idle
 * clients stay connected: fan-out latency, server CPU and peak RSS.
 *
 * Idle clients are real y-websocket (Hocuspocus: its own) providers in `--procs` load processes, each
 * on its own loopback source address (127.0.0.N) so rounds never run out of ephemeral ports.
 * Usage: node bench/scale.mjs [--idle 10000] [--rooms 1000] [--procs 4] [--rounds 2]
 *        [--live-rooms 10] [--live-clients 30] [--writers 5] [--rate 5] [--seconds 20] [--only …]
 * Prints the JSON summary as its last stdout line.
 */
import { readdirSync, readlinkSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  cliArgs,
  measuredLoad,
  medianOf,
  mergeRounds,
  numbers,
  onlyServers,
  prepareRooms,
  procSample,
  spawnNode,
  startServer,
} from './lib/peers.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const cfg = {
  ...numbers({
    idle: 10_000,
    rooms: 1000,
    procs: 4,
    rounds: 2,
    writers: 5,
    rate: 5,
    seconds: 20,
    batch: 100,
  }),
  liveRooms: Number(cliArgs['live-rooms'] ?? 10),
  liveClients: Number(cliArgs['live-clients'] ?? 30),
}
const only = onlyServers
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const MB = 2 ** 20
let sourceAddress = 10

/** Open TCP sockets of the server process: what it really holds, whatever its clients think. */
function socketsOf(pid) {
  let n = 0
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      if (readlinkSync(`/proc/${pid}/fd/${fd}`).startsWith('socket:')) n++
    } catch {
      // closed meanwhile
    }
  }
  return n
}

/**
 * Idle clients over `rooms` (`perRoom` each), split over `cfg.procs` load processes; resolves once
 * all are connected and synced. `release()` disconnects them and waits for the processes to end.
 */
async function connectIdle(kind, url, token, rooms, perRoom) {
  const procs = Array.from({ length: Math.min(cfg.procs, rooms.length) }, (_, i) => {
    // Loopback source addresses 127.0.0.10…250, cycled: each holds ~28k ephemeral ports.
    const localAddress = `127.0.0.${sourceAddress}`
    sourceAddress = sourceAddress >= 250 ? 10 : sourceAddress + 1
    const input = {
      kind: kind === 'hocuspocus' ? 'hocuspocus' : 'ywebsocket',
      url,
      token,
      rooms: rooms.filter((_, r) => r % cfg.procs === i),
      clientsPerRoom: perRoom,
      idle: true,
      quietIdle: true,
      batch: cfg.batch,
      localAddress,
    }
    const child = spawnNode(
      ['--max-old-space-size=4096', join(here, 'peers', 'load-client.mjs'), JSON.stringify(input)],
      {
        cwd: here,
        stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
      },
    )
    const exited = new Promise((resolve) => child.once('exit', resolve))
    const ready = new Promise((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (d) => {
        out += d
        if (out.includes('\n')) resolve(JSON.parse(out.split('\n')[0]))
      })
      exited.then((code) => reject(new Error(`idle load process exited ${code} before connecting`)))
    })
    return { child, ready, exited }
  })
  const lines = await Promise.all(procs.map((p) => p.ready))
  return {
    connected: lines.reduce((n, l) => n + l.connected, 0),
    connectMs: Math.max(...lines.map((l) => l.connectMs)),
    release: async () => {
      for (const p of procs) if (p.child.connected) p.child.send('done')
      await Promise.all(procs.map((p) => p.exited))
    },
  }
}

/** One server, one round: idle memory at 0 / half / all connections, then the live load on top. */
async function scaleOne(kind) {
  const server = await startServer(kind)
  const held = []
  try {
    const { url, rooms, token } = await prepareRooms(kind, server.port, cfg.rooms, 'idle')
    const liveRooms = await prepareRooms(kind, server.port, cfg.liveRooms, 'live')
    await sleep(500)
    const s0 = socketsOf(server.proc.pid)
    const m0 = await server.measure()
    const half = cfg.idle / cfg.rooms / 2
    const first = await connectIdle(kind, url, token, rooms, Math.floor(half))
    held.push(first)
    await sleep(2000)
    const s1 = socketsOf(server.proc.pid)
    const m1 = await server.measure()
    const second = await connectIdle(kind, url, token, rooms, Math.ceil(half))
    held.push(second)
    await sleep(2000)
    const raw = procSample(server.proc.pid)
    const s2 = socketsOf(server.proc.pid)
    const m2 = await server.measure()
    // Per connection the server really holds (its open sockets), not per client that once synced.
    const added = s2 - s1

    const live = await measuredLoad(
      server,
      kind,
      liveRooms,
      { clients: cfg.liveClients, writers: cfg.writers, rate: cfg.rate, seconds: cfg.seconds },
      2,
    )
    return {
      idle: {
        connections: first.connected + second.connected,
        serverSockets: s2 - s0,
        connectMsFirstHalf: first.connectMs,
        connectMsSecondHalf: second.connectMs,
        heapMbEmpty: m0.heapUsed / MB,
        rssMbEmpty: m0.rss / MB,
        heapMbHalf: m1.heapUsed / MB,
        rssMbHalf: m1.rss / MB,
        heapMbFull: m2.heapUsed / MB,
        rssMbFull: m2.rss / MB,
        rssMbFullNoGc: raw.rssMb,
        heapKbPerAddedConnection: (m2.heapUsed - m1.heapUsed) / 1024 / added,
        rssKbPerAddedConnection: (m2.rss - m1.rss) / 1024 / added,
        heapKbPerConnectionFromEmpty: (m2.heapUsed - m0.heapUsed) / 1024 / (s2 - s0),
      },
      live,
    }
  } finally {
    for (const h of held.reverse()) await h.release()
    await server.stop()
  }
}

const results = { date: new Date().toISOString(), config: cfg, node: process.version, servers: {} }
const byKind = Object.fromEntries(only.map((k) => [k, []]))
for (let round = 0; round < cfg.rounds; round++) {
  for (const kind of only.map((_, i) => only[(i + round) % only.length])) {
    process.stderr.write(
      `== ${kind}: ${cfg.idle} idle over ${cfg.rooms} rooms + live ${cfg.liveRooms}×${cfg.liveClients} (round ${round + 1}/${cfg.rounds})\n`,
    )
    const r = await scaleOne(kind)
    byKind[kind].push(r)
    process.stderr.write(
      `${JSON.stringify({ kind, ...r.idle, p50: r.live.p50, p99: r.live.p99, peak: r.live.serverRssMbPeak })}\n`,
    )
  }
}
for (const kind of only) {
  const rounds = byKind[kind]
  results.servers[kind] = {
    idle: medianOf(rounds.map((r) => r.idle)),
    live: mergeRounds(rounds.map((r) => r.live)),
  }
}
process.stdout.write(`${JSON.stringify(results)}\n`)
