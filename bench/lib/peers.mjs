/**
 * The servers under comparison and the load against them, shared by the live-sync benchmark
 * (bench/run.mjs) and the scale benchmark (bench/scale.mjs): Shaffof started as `npm start` leaves it
 * (scripts/start.mjs importing the bundle, with the production flags), Hocuspocus 3.x and
 * @y/websocket-server 0.1.1, each its own process on loopback, each able to report its heap after a
 * full GC (bench/peers/servers/measured.mjs); real y-websocket / Hocuspocus clients in load processes.
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = join(dirname(fileURLToPath(import.meta.url)), '..')
const root = join(here, '..')

/**
 * `npm install --prefix bench/peers` when the peers are missing (never touches the app's own tree), so
 * every benchmark that starts a peer or a load process works from a clean clone.
 */
export function ensureBenchPeers(say = console.log) {
  const need = ['@hocuspocus/server', '@hocuspocus/provider', '@y/websocket-server'].filter(
    (p) => !existsSync(join(here, 'peers', 'node_modules', p, 'package.json')),
  )
  if (!need.length) return
  say(`installing bench peers (${need.join(', ')}) …`)
  execFileSync('npm', ['install', '--prefix', join(here, 'peers'), '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
  })
}

export async function freePort() {
  return new Promise((resolve) => {
    const s = createServer()
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address()
      s.close(() => resolve(port))
    })
  })
}

/** `--name value` pairs of the command line. */
export const cliArgs = Object.fromEntries(
  process.argv.slice(2).flatMap((a, i, all) => (a.startsWith('--') ? [[a.slice(2), all[i + 1]]] : [])),
)

/** Numeric settings from the command line (`--name value`) over `defaults`. */
export function numbers(defaults) {
  return Object.fromEntries(
    Object.entries(defaults).map(([k, d]) => [k, cliArgs[k] === undefined ? d : Number(cliArgs[k])]),
  )
}

/** Servers to compare: `--only a,b` or all three. */
export const onlyServers = cliArgs.only ? String(cliArgs.only).split(',') : ['shaffof', 'hocuspocus', 'yws']

/**
 * `spawn` of a Node process with its open-file limit raised to the hard limit first (10,000 sockets
 * need more than the usual soft limit of 1,024): `sh` raises it, then `exec`s node in its place, so
 * the pid is node's.
 */
export function spawnNode(args, options) {
  const raise = 'ulimit -n "$(ulimit -Hn)" 2>/dev/null; exec "$0" "$@"'
  return spawn('/bin/sh', ['-c', raise, process.execPath, ...args], options)
}

let compiledEntry = null
/** The admin token of each Shaffof server (by port), made by the first `prepareRooms`. */
const tokens = {}
// Every server, ours and the peers, starts through the same wrapper, so each can be asked for its
// heap after a full GC; the flag itself changes nothing else.
const measuredArgs = ['--expose-gc', join(here, 'peers', 'servers', 'measured.mjs')]
// `SHAFFOF_NODE_FLAGS="…"`: extra Node flags for Shaffof's server only (to try GC settings side by side).
const extraFlags = (process.env.SHAFFOF_NODE_FLAGS ?? '').split(' ').filter(Boolean)
const clockTick = 100 // USER_HZ on Linux
export function procSample(pid) {
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
 * The production server bundle (scripts/build-server.mjs → dist-server/), built once per bench run so
 * the figures always match the current source; `npm start` (scripts/start.mjs) then imports it.
 */
function buildServerBundle() {
  execFileSync(process.execPath, [join(root, 'scripts', 'build-server.mjs')], { cwd: root, stdio: 'ignore' })
  return join(root, 'dist-server', 'index.js')
}

/** Start one server: `shaffof` (as `npm start` leaves it), `shaffof-tsx`, `hocuspocus` or `yws`. */
export async function startServer(kind) {
  const port = await freePort()
  let proc
  let dataDir
  if (kind === 'shaffof' || kind === 'shaffof-tsx') {
    dataDir = mkdtempSync(join(tmpdir(), 'shaffof-bench-'))
    if (kind === 'shaffof') compiledEntry ??= buildServerBundle()
    // `shaffof` is the one process `npm start` leaves: the launcher that imports the bundle in-process.
    const entry =
      kind === 'shaffof-tsx' ? ['--import', 'tsx', 'server/index.ts'] : [join(root, 'scripts', 'start.mjs')]
    // The production flags (server/node-flags.json), as `npm start` passes them.
    const { flags } = JSON.parse(readFileSync(join(root, 'server', 'node-flags.json'), 'utf8'))
    proc = spawnNode([...flags, ...extraFlags, ...measuredArgs, ...entry], {
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
    // The launcher may build a stale client first (once), as `npm start` would.
    await waitReady(`http://127.0.0.1:${port}/api/health`, 6000)
  } else {
    proc = spawnNode([...measuredArgs, join(here, 'peers', 'servers', `${kind}.mjs`)], {
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
  /** Heap after a full GC, and RSS, from inside the server process (bench/peers/servers/measured.mjs). */
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

/**
 * Rooms and credentials: real review groups for Shaffof (reviews of up to 50 groups each), plain
 * names for the peers; `prefix` keeps several sets of rooms apart on one server.
 */
export async function prepareRooms(kind, port, count, prefix = 'bench') {
  if (!kind.startsWith('shaffof'))
    return { url: `ws://127.0.0.1:${port}`, rooms: Array.from({ length: count }, (_, i) => `${prefix}-${i}`) }
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
  tokens[port] ??= post('/api/setup', { name: 'bench', password: 'bench password 1' }).then((r) => r.token)
  const token = await tokens[port]
  const draft = await post(
    '/api/drafts',
    { title: 'Bench', text: '1-modda. Maqsad\nUshbu Qonunning maqsadi.\n', language: 'uz-Latn' },
    token,
  )
  const rooms = []
  for (let made = 0; made < count; made += 50) {
    const groups = Array.from({ length: Math.min(50, count - made) }, (_, i) => `G${made + i + 1}`)
    const review = await post('/api/reviews', { title: `${prefix} ${made}`, draftId: draft.id, groups }, token)
    rooms.push(...review.groups.map((g) => g.room))
  }
  return { url: `ws://127.0.0.1:${port}/collab`, rooms, token }
}

/** One load process; for `idle` input, `onReady` runs once all are connected, then they disconnect. */
export function runClients(input, { onReady } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawnNode([join(here, 'peers', 'load-client.mjs'), JSON.stringify(input)], {
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

/** The sync load over `procs` processes (rooms split round-robin), started together, merged. */
export async function runSyncLoad(input, procs) {
  const groups = Array.from({ length: Math.max(1, Math.min(procs, input.rooms.length)) }, (_, i) =>
    input.rooms.filter((_, r) => r % procs === i),
  )
  const rawDir = mkdtempSync(join(tmpdir(), 'shaffof-bench-lat-'))
  const children = groups.map((rooms, i) => {
    const rawFile = join(rawDir, `${i}.f64`)
    const child = spawn(
      process.execPath,
      [join(here, 'peers', 'load-client.mjs'), JSON.stringify({ ...input, rooms, barrier: true, rawFile })],
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


/** Field-wise median of same-shaped results (nested objects too); the rounds' values stay in `rounds`. */
export function medianOf(results) {
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
export function mergeRounds(rounds) {
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
    p50ByRound: rounds.map((r) => r.p50),
    p99ByRound: rounds.map((r) => r.p99),
  }
}


/**
 * The live load against `server` (`room` = prepareRooms' answer; `load` = clients per room, writers,
 * rate, seconds, observers) with the server's CPU and peak RSS sampled meanwhile.
 */
export async function measuredLoad(server, kind, room, load, procs) {
  const before = procSample(server.proc.pid)
  let peakRss = before.rssMb
  const sampler = setInterval(() => {
    try {
      peakRss = Math.max(peakRss, procSample(server.proc.pid).rssMb)
    } catch {}
  }, 250)
  const t0 = Date.now()
  const result = await runSyncLoad(
    {
      kind: kind === 'hocuspocus' ? 'hocuspocus' : 'ywebsocket',
      url: room.url,
      rooms: room.rooms,
      token: room.token,
      clientsPerRoom: load.clients,
      writersPerRoom: load.writers,
      rate: load.rate,
      durationMs: load.seconds * 1000,
      observers: load.observers,
    },
    procs,
  )
  clearInterval(sampler)
  const after = procSample(server.proc.pid)
  return {
    ...result,
    serverCpuPercent: (100 * (after.cpuSeconds - before.cpuSeconds)) / ((Date.now() - t0) / 1000),
    serverRssMbBefore: before.rssMb,
    serverRssMbPeak: peakRss,
  }
}
