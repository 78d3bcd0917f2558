/**
 * Side-by-side live-sync benchmark (issue 10): the same load, in one run, against Shaffof's server,
 * Hocuspocus 3.x and @y/websocket-server 0.1.1, each started as its own process on loopback.
 * Usage: node bench/run.mjs [--rooms 10] [--clients 30] [--writers 5] [--rate 5] [--seconds 20] [--idle 1000]
 *        [--procs 2] [--rounds 1] [--only shaffof,hocuspocus,yws] [--tsx] [--out file.json]
 * Prints the JSON summary as its last stdout line and writes it to --out (default
 * bench/results/sync-<timestamp>.json).
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const args = Object.fromEntries(
  process.argv.slice(2).flatMap((a, i, all) => (a.startsWith('--') ? [[a.slice(2), all[i + 1]]] : [])),
)
const cfg = {
  rooms: Number(args.rooms ?? 10),
  clients: Number(args.clients ?? 30),
  writers: Number(args.writers ?? 5),
  rate: Number(args.rate ?? 5),
  seconds: Number(args.seconds ?? 20),
  idle: Number(args.idle ?? 1000),
  // Load processes for the sync run (rooms split between them): one process cannot keep 300 docs
  // current on a busy machine, and its own lag would be counted as the server's latency.
  procs: Number(args.procs ?? 2),
  /** Sync runs per server, interleaved across servers; figures are medians over rounds. */
  rounds: Number(args.rounds ?? 1),
}
const only = args.only ? String(args.only).split(',') : ['shaffof', 'hocuspocus', 'yws']
// `--tsx`: also run Shaffof's server from source through the tsx loader (as tests and `npm run dev` do),
// to show what the loader costs. `shaffof` itself is the production bundle `npm start` runs.
if (process.argv.includes('--tsx') && !only.includes('shaffof-tsx')) only.splice(1, 0, 'shaffof-tsx')

async function freePort() {
  return new Promise((resolve) => {
    const s = createServer()
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })
}

let compiledEntry = null
// Every server, ours and the peers, starts through the same wrapper, so each can be asked for its
// heap after a full GC; the flag itself changes nothing else.
const measuredArgs = ['--expose-gc', join(here, 'servers', 'measured.mjs')]
// `SHAFFOF_NODE_FLAGS="…"`: extra Node flags for Shaffof's server only (to try GC settings side by side).
const extraFlags = (process.env.SHAFFOF_NODE_FLAGS ?? '').split(' ').filter(Boolean)
const clockTick = 100 // USER_HZ on Linux
function procSample(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  const cpuTicks = Number(stat[11]) + Number(stat[12])
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1])
  return { cpuSeconds: cpuTicks / clockTick, rssMb: rssKb / 1024 }
}

async function waitReady(url, tries = 300) {
  for (let i = 0; i < tries; i++) {
    try {
      await fetch(url)
      return
    } catch {
      await new Promise((r) => setTimeout(r, 100))
    }
  }
  throw new Error(`not ready: ${url}`)
}

/**
 * The production server bundle, exactly what `npm start` runs (scripts/build-server.mjs → dist-server/).
 * Built once per bench run so the figures always match the current source.
 */
function buildServerBundle() {
  execFileSync(process.execPath, [join(root, 'scripts', 'build-server.mjs')], { cwd: root, stdio: 'ignore' })
  return join(root, 'dist-server', 'index.js')
}

async function startServer(kind) {
  const port = await freePort()
  let proc
  let dataDir
  if (kind === 'shaffof' || kind === 'shaffof-tsx') {
    dataDir = mkdtempSync(join(tmpdir(), 'shaffof-bench-'))
    if (kind === 'shaffof') compiledEntry ??= buildServerBundle()
    const entry = kind === 'shaffof-tsx' ? ['--import', 'tsx', 'server/index.ts'] : [compiledEntry]
    // The production flags (server/node-flags.json), as `npm start` passes them.
    const { flags } = JSON.parse(readFileSync(join(root, 'server', 'node-flags.json'), 'utf8'))
    proc = spawn(process.execPath, [...flags, ...extraFlags, ...measuredArgs, ...entry], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    })
    await waitReady(`http://127.0.0.1:${port}/api/health`)
  } else {
    proc = spawn(process.execPath, [...measuredArgs, join(here, 'servers', `${kind}.mjs`)], {
      cwd: here,
      env: { ...process.env, PORT: String(port) },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    })
    await waitReady(`http://127.0.0.1:${port}/`)
  }
  const stop = async () => {
    proc.kill('SIGTERM')
    await new Promise((r) => proc.once('exit', r))
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  }
  /** Heap after a full GC, and RSS, from inside the server process (bench/servers/measured.mjs). */
  const measure = () =>
    new Promise((resolve) => {
      const onMessage = (m) => {
        if (!m?.measured) return
        proc.off('message', onMessage)
        resolve(m.measured)
      }
      proc.on('message', onMessage)
      proc.send('measure')
    })
  return { port, proc, stop, measure }
}

/** Rooms and credentials: real review groups for Shaffof, plain names for the peers. */
async function prepareRooms(kind, port, count) {
  if (!kind.startsWith('shaffof'))
    return { url: `ws://127.0.0.1:${port}`, rooms: Array.from({ length: count }, (_, i) => `bench-${i}`) }
  const base = `http://127.0.0.1:${port}`
  const post = async (path, body, token) => {
    const res = await fetch(base + path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    })
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`)
    return res.json()
  }
  const { token } = await post('/api/setup', { name: 'bench', password: 'bench password 1' })
  const draft = await post(
    '/api/drafts',
    { title: 'Bench', text: '1-modda. Maqsad\nUshbu Qonunning maqsadi.\n', language: 'uz-Latn' },
    token,
  )
  const review = await post(
    '/api/reviews',
    { title: 'Bench', draftId: draft.id, groups: Array.from({ length: count }, (_, i) => `G${i + 1}`) },
    token,
  )
  return { url: `ws://127.0.0.1:${port}/collab`, rooms: review.groups.map((g) => g.room), token }
}

function runClients(input, { onReady } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(here, 'load-client.mjs'), JSON.stringify(input)], {
      cwd: here,
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    })
    let out = ''
    child.stdout.on('data', async (d) => {
      out += d
      if (input.idle && out.includes('\n') && onReady) {
        const line = JSON.parse(out.split('\n')[0])
        const extra = await onReady(line)
        child.send('done')
        resolve({ ...line, ...extra })
      }
    })
    child.on('exit', (code) => {
      if (input.idle) return
      if (code !== 0) return reject(new Error(`load client exited ${code}`))
      resolve(JSON.parse(out.trim().split('\n').at(-1)))
    })
  })
}

/** The sync load over `cfg.procs` processes (rooms split round-robin), started together, merged. */
async function runSyncLoad(input) {
  const groups = Array.from({ length: Math.max(1, Math.min(cfg.procs, input.rooms.length)) }, (_, i) =>
    input.rooms.filter((_, r) => r % cfg.procs === i),
  )
  const rawDir = mkdtempSync(join(tmpdir(), 'shaffof-bench-lat-'))
  const children = groups.map((rooms, i) => {
    const rawFile = join(rawDir, `${i}.f64`)
    const child = spawn(
      process.execPath,
      [join(here, 'load-client.mjs'), JSON.stringify({ ...input, rooms, barrier: true, rawFile })],
      { cwd: here, stdio: ['ignore', 'pipe', 'inherit', 'ipc'] },
    )
    let out = ''
    const lines = []
    const waiters = []
    child.stdout.on('data', (d) => {
      out += d
      let nl = out.indexOf('\n')
      while (nl >= 0) {
        lines.push(JSON.parse(out.slice(0, nl)))
        out = out.slice(nl + 1)
        nl = out.indexOf('\n')
        waiters.shift()?.()
      }
    })
    // 'close', not 'exit': the last (large) line may still be in the pipe when the process exits.
    let closed = false
    const exited = new Promise((resolve) =>
      child.once('close', () => {
        closed = true
        resolve()
      }),
    )
    const line = async (n) => {
      while (lines.length < n) {
        if (closed) throw new Error(`load client exited ${child.exitCode} after ${lines.length} lines`)
        await Promise.race([new Promise((r) => waiters.push(r)), exited])
      }
      return lines[n - 1]
    }
    return { child, line, rawFile }
  })
  const connected = await Promise.all(children.map((c) => c.line(1)))
  for (const c of children) c.child.send('go')
  const parts = await Promise.all(children.map((c) => c.line(2)))
  const readSamples = (file) => {
    const bytes = readFileSync(file) // may sit unaligned in Node's buffer pool: copy before viewing
    const out = new Float64Array(bytes.byteLength / 8)
    new Uint8Array(out.buffer).set(bytes)
    return [...out]
  }
  const latencies = children.flatMap((c) => readSamples(c.rawFile)).sort((a, b) => a - b)
  rmSync(rawDir, { recursive: true, force: true })
  const pct = (p) =>
    latencies.length
      ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]
      : null
  const sum = (k) => parts.reduce((a, p) => a + p[k], 0)
  return {
    clients: sum('clients'),
    loadProcesses: parts.length,
    connectMs: Math.max(...connected.map((c) => c.connectMs)),
    sent: sum('sent'),
    expected: sum('expected'),
    received: sum('received'),
    delivered: sum('expected') ? sum('received') / sum('expected') : 0,
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    max: latencies.at(-1) ?? null,
    clientLoopDelayP50: Math.max(...parts.map((p) => p.clientLoopDelayP50)),
    clientLoopDelayP99: Math.max(...parts.map((p) => p.clientLoopDelayP99)),
  }
}

async function benchOne(kind) {
  const server = await startServer(kind)
  try {
    const { url, rooms, token } = await prepareRooms(kind, server.port, cfg.rooms)
    await new Promise((r) => setTimeout(r, 500))
    const before = procSample(server.proc.pid)
    let peakRss = before.rssMb
    const sampler = setInterval(() => {
      try {
        peakRss = Math.max(peakRss, procSample(server.proc.pid).rssMb)
      } catch {}
    }, 250)
    const t0 = Date.now()
    const load = await runSyncLoad({
      kind: kind === 'hocuspocus' ? 'hocuspocus' : 'ywebsocket',
      url,
      rooms,
      token,
      clientsPerRoom: cfg.clients,
      writersPerRoom: cfg.writers,
      rate: cfg.rate,
      durationMs: cfg.seconds * 1000,
    })
    clearInterval(sampler)
    const after = procSample(server.proc.pid)
    const wallSeconds = (Date.now() - t0) / 1000
    const sync = {
      ...load,
      serverCpuPercent: (100 * (after.cpuSeconds - before.cpuSeconds)) / wallSeconds,
      serverRssMbBefore: before.rssMb,
      serverRssMbPeak: peakRss,
    }
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

/** Field-wise median of same-shaped results (nested objects too); the rounds' values stay in `rounds`. */
function medianOf(results) {
  const merge = (xs) => {
    if (typeof xs[0] === 'number') {
      const v = [...xs].sort((a, b) => a - b)
      return (v[(v.length - 1) >> 1] + v[v.length >> 1]) / 2
    }
    if (xs[0] && typeof xs[0] === 'object')
      return Object.fromEntries(Object.keys(xs[0]).map((k) => [k, merge(xs.map((x) => x[k]))]))
    return xs[0]
  }
  return { ...merge(results), rounds: results.length, byRound: results }
}

/**
 * One server's sync figure over several rounds: the median of each round's value (a busy moment of
 * the shared machine spoils one round, not the comparison); counts are summed.
 */
function mergeRounds(rounds) {
  const med = (k) => {
    const xs = rounds
      .map((r) => r[k])
      .filter((x) => typeof x === 'number')
      .sort((a, b) => a - b)
    return xs.length ? (xs[(xs.length - 1) >> 1] + xs[xs.length >> 1]) / 2 : null
  }
  const sum = (k) => rounds.reduce((a, r) => a + r[k], 0)
  const keys = [
    'p50',
    'p95',
    'p99',
    'max',
    'connectMs',
    'clientLoopDelayP50',
    'clientLoopDelayP99',
    'serverCpuPercent',
    'serverRssMbBefore',
    'serverRssMbPeak',
  ]
  return {
    ...Object.fromEntries(keys.map((k) => [k, med(k)])),
    clients: rounds[0].clients,
    loadProcesses: rounds[0].loadProcesses,
    sent: sum('sent'),
    expected: sum('expected'),
    received: sum('received'),
    delivered: sum('expected') ? sum('received') / sum('expected') : 0,
    rounds: rounds.length,
    p99ByRound: rounds.map((r) => r.p99),
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
for (let round = 0; round < cfg.rounds; round++) {
  for (const kind of only.map((_, i) => only[(i + round) % only.length])) {
    process.stderr.write(
      `== ${kind}: ${cfg.idle} + ${cfg.idle} idle clients (round ${round + 1}/${cfg.rounds})\n`,
    )
    idleRounds[kind].push(await idleOne(kind))
  }
}
for (const kind of only) {
  results.servers[kind] = { sync: mergeRounds(syncRounds[kind]), idle: medianOf(idleRounds[kind]) }
  process.stderr.write(`${JSON.stringify(results.servers[kind])}\n`)
}
rmSync(join(here, 'results', '.build-server'), { recursive: true, force: true })
mkdirSync(join(here, 'results'), { recursive: true })
writeFileSync(args.out ?? join(here, 'results', `sync-${Date.now()}.json`), JSON.stringify(results, null, 2))
process.stdout.write(`${JSON.stringify(results)}\n`)
