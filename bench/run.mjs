/**
 * Side-by-side live-sync benchmark (issue 10): the same load, in one run, against Shaffof's server,
 * Hocuspocus 3.x and @y/websocket-server 0.1.1, each started as its own process on loopback.
 * Usage: node bench/run.mjs [--rooms 10] [--clients 30] [--writers 5] [--rate 5] [--seconds 20] [--idle 1000]
 *        [--procs 2] [--rounds 1] [--only shaffof,hocuspocus,yws] [--tsx] [--out file.json]
 * Prints the JSON summary as its last stdout line and writes it to --out (default
 * bench/results/sync-<timestamp>.json).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
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
  runClients,
  startServer,
} from './lib/peers.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const args = cliArgs
// `procs`: load processes for the sync run (rooms split between them): one process cannot keep 300
// docs current on a busy machine, and its own lag would be counted as the server's latency.
// `rounds`: sync runs per server, interleaved across servers; figures are medians over rounds.
// `observers`: real (latency-recording) clients per room besides the writers; the rest are passive.
const cfg = numbers({
  rooms: 10,
  clients: 30,
  writers: 5,
  rate: 5,
  seconds: 20,
  idle: 1000,
  procs: 2,
  rounds: 1,
  observers: undefined,
})
const only = onlyServers
// `--tsx`: also run Shaffof's server from source through the tsx loader (as tests and `npm run dev` do),
// to show what the loader costs. `shaffof` itself is the production bundle `npm start` runs.
if (process.argv.includes('--tsx') && !only.includes('shaffof-tsx')) only.splice(1, 0, 'shaffof-tsx')

async function benchOne(kind) {
  const server = await startServer(kind)
  try {
    const room = await prepareRooms(kind, server.port, cfg.rooms)
    await new Promise((r) => setTimeout(r, 500))
    const sync = await measuredLoad(server, kind, room, cfg, cfg.procs)
    // Idle capacity on a fresh server process, so the sync run's heap doesn't blur the per-socket cost.
    return { sync }
  } finally {
    await server.stop()
  }
}

/**
 * Idle capacity: `cfg.idle` idle clients, then as many again while the first stay connected.
 * The first batch also pays one-off costs: code warm-up and V8 growing its young generation for the
 * connect burst (16 → 32 MB for a server whose start-up already grew it). The second batch's
 * cost, measured after a full GC, is what each further connection adds: the per-connection figure.
 */
async function idleOne(kind) {
  const server = await startServer(kind)
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
  let url
  let rooms
  let token
  const batch = (onReady) =>
    runClients(
      {
        kind: kind === 'hocuspocus' ? 'hocuspocus' : 'ywebsocket',
        url,
        rooms,
        token,
        clientsPerRoom: cfg.idle / 10,
        idle: true,
      },
      { onReady },
    )
  try {
    ;({ url, rooms, token } = await prepareRooms(kind, server.port, 10))
    await sleep(500)
    const m0 = await server.measure()
    const before = procSample(server.proc.pid)
    return await batch(async () => {
      await sleep(2000)
      const after = procSample(server.proc.pid)
      const m1 = await server.measure()
      const second = await batch(async () => {
        await sleep(2000)
        const m2 = await server.measure()
        return {
          rssKbPerConnection: (m2.rss - m1.rss) / 1024 / cfg.idle,
          heapKbPerConnection: (m2.heapUsed - m1.heapUsed) / 1024 / cfg.idle,
          rssMbAfterGc: m2.rss / 2 ** 20,
          heapMbAfterGc: m2.heapUsed / 2 ** 20,
        }
      })
      return {
        rssMbBefore: before.rssMb,
        rssMbAfter: after.rssMb,
        kbPerConnection: ((after.rssMb - before.rssMb) * 1024) / cfg.idle,
        heapMbBefore: m0.heapUsed / 2 ** 20,
        heapMbAfter: m1.heapUsed / 2 ** 20,
        heapKbPerConnection: (m1.heapUsed - m0.heapUsed) / 1024 / cfg.idle,
        rssMbAfterGc: m1.rss / 2 ** 20,
        youngGenMbBefore: m0.spaces.new_space.size / 2 ** 20,
        youngGenMbAfter: m1.spaces.new_space.size / 2 ** 20,
        second,
      }
    })
  } finally {
    await server.stop()
  }
}

const results = { date: new Date().toISOString(), config: cfg, node: process.version, servers: {} }
const syncRounds = Object.fromEntries(only.map((k) => [k, []]))
for (let round = 0; round < cfg.rounds; round++) {
  // Rotate the order each round, so no server always runs first (cold disk caches) or last.
  const order = only.map((_, i) => only[(i + round) % only.length])
  for (const kind of order) {
    process.stderr.write(
      `== ${kind}: live sync ${cfg.rooms}×${cfg.clients}×${cfg.writers} @ ${cfg.rate}/s for ${cfg.seconds}s (round ${round + 1}/${cfg.rounds})\n`,
    )
    const { sync } = await benchOne(kind)
    syncRounds[kind].push(sync)
    process.stderr.write(
      `${JSON.stringify({ kind, p50: sync.p50, p95: sync.p95, p99: sync.p99, sent: sync.sent, clientLoopDelayP99: sync.clientLoopDelayP99 })}\n`,
    )
  }
}
// Idle capacity, also in interleaved rounds: RSS steps with V8's young-generation resizing, so one
// sample per server can land on either side of a step.
const idleRounds = Object.fromEntries(only.map((k) => [k, []]))
for (let round = 0; round < (cfg.idle > 0 ? cfg.rounds : 0); round++) {
  for (const kind of only.map((_, i) => only[(i + round) % only.length])) {
    process.stderr.write(
      `== ${kind}: ${cfg.idle} + ${cfg.idle} idle clients (round ${round + 1}/${cfg.rounds})\n`,
    )
    idleRounds[kind].push(await idleOne(kind))
  }
}
for (const kind of only) {
  results.servers[kind] = {
    sync: mergeRounds(syncRounds[kind]),
    idle: idleRounds[kind].length ? medianOf(idleRounds[kind]) : null,
  }
  process.stderr.write(`${JSON.stringify(results.servers[kind])}\n`)
}
rmSync(join(here, 'results', '.build-server'), { recursive: true, force: true })
mkdirSync(join(here, 'results'), { recursive: true })
writeFileSync(args.out ?? join(here, 'results', `sync-${Date.now()}.json`), JSON.stringify(results, null, 2))
process.stdout.write(`${JSON.stringify(results)}\n`)
