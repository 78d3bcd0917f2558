/**
 * Scale-out figures (docs/benchmarks.md, "Scale-out"): on a throw-away PostgreSQL and Redis, with the
 * production bundle as `npm start` runs it.
 *
 * - room store: append p50/p95, compaction of a ~100 KB room (PgRoomStore directly);
 * - cross-instance: one writer on A, readers on A and on B (delivery latency), Redis PUBLISH calls
 *   per update (INFO commandstats), sign-out on A → socket on B closed, presence leaving;
 * - fan-out under load (bench/peers/load-client.mjs: 10 rooms × 30 clients × 5 writers at 5/s), clients on one
 *   instance vs split across two, rounds interleaved;
 * - restart with 1,000 stored rooms: first room synced after health answers.
 *
 *   npx tsx bench/scaleout.ts [--quick] [--only=store,cross,load,restart] [--rounds=N]
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Redis } from 'ioredis'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { decodeFrame, FRAME } from '../server/cluster/frames.js'
import { openPgPool } from '../server/storage/pg/pool.js'
import { PgRoomStore } from '../server/storage/pg/roomStore.js'
import { api, joinGroup, type RunningApp, setupAdmin, startApp } from '../tests/e2e/harness.js'
import { startPostgres, startRedis } from '../tests/helpers/realServers.js'
import { connectClients, destroyClients } from '../tests/helpers/storm.js'
import { ensureBenchPeers } from './lib/peers.mjs'

const quick = process.argv.includes('--quick')
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1]
const parts = new Set((arg('only') ?? 'store,cross,load,restart').split(','))
const loadRounds = Number(arg('rounds') ?? (quick ? 1 : 3))
const ROOT = join(import.meta.dirname, '..')
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length ? (s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] as number) : Number.NaN
}
const f = (n: number) => n.toFixed(2)
const out: string[] = []
const say = (line: string) => {
  out.push(line)
  console.log(line)
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

async function storeFigures(url: string): Promise<void> {
  const pool = await openPgPool(url)
  const store = new PgRoomStore(pool, { maxRows: 1_000_000, maxBytes: 1 << 30 })
  const doc = new Y.Doc()
  const text = doc.getText('t')
  await store.fetch('bench.append')
  const appends: number[] = []
  for (let i = 0; i < (quick ? 200 : 1000); i++) {
    text.insert(text.length, `edit ${i}; `)
    const state = Y.encodeStateAsUpdate(doc)
    const t0 = performance.now()
    await store.store('bench.append', state)
    appends.push(performance.now() - t0)
  }
  say(
    `| append one edit (diff against the stored state vector, one INSERT) | ${f(pct(appends, 50))} | ${f(pct(appends, 95))} | ${appends.length} saves |`,
  )
  const compactions: number[] = []
  const merges: number[] = []
  let bytes = 0
  for (let round = 0; round < (quick ? 5 : 20); round++) {
    const room = `bench.compact.${round}`
    const big = new Y.Doc()
    const bt = big.getText('t')
    for (let i = 0; i < 1000; i++) bt.insert(bt.length, `${'Ушбу модда ваколатли орган '.repeat(3)}${i}\n`)
    const logged = new PgRoomStore(pool, { maxRows: 1_000_000, maxBytes: 1 << 30 })
    await logged.fetch(room)
    await logged.store(room, Y.encodeStateAsUpdate(big))
    for (let i = 0; i < 50; i++) {
      bt.insert(Math.floor(bt.length / 2), `tahrir ${i} `)
      await logged.store(room, Y.encodeStateAsUpdate(big))
    }
    const state = Y.encodeStateAsUpdate(big)
    bytes = state.byteLength
    let t0 = performance.now()
    await logged.compact(room, state)
    compactions.push(performance.now() - t0)
    // Another instance, which loaded the room before that compaction, compacts its own edit next.
    const other = new PgRoomStore(pool, { maxRows: 1_000_000, maxBytes: 1 << 30 })
    const otherDoc = new Y.Doc()
    Y.applyUpdate(otherDoc, (await other.fetch(room)) as Uint8Array)
    big.getText('t').insert(0, 'A ')
    await logged.compact(room, Y.encodeStateAsUpdate(big))
    otherDoc.getText('t').insert(0, 'B ')
    t0 = performance.now()
    await other.compact(room, Y.encodeStateAsUpdate(otherDoc))
    merges.push(performance.now() - t0)
  }
  say(
    `| compaction of a ${(bytes / 1024).toFixed(0)} KB room with 51 log rows, snapshot still the instance's own (one statement, no read, no merge) | ${f(pct(compactions, 50))} | ${f(pct(compactions, 95))} | ${compactions.length} rooms |`,
  )
  say(
    `| compaction after another instance compacted (reads the ${(bytes / 1024).toFixed(0)} KB snapshot, Yjs merge, one transaction) | ${f(pct(merges, 50))} | ${f(pct(merges, 95))} | ${merges.length} rooms |`,
  )
  await pool.end()
}

/** Frames on the room channels by kind, read by a subscriber of its own (what Redis really carried). */
async function frameCounter(redisUrl: string): Promise<{ counts: Record<number, number>; stop(): void }> {
  const sub = new Redis(redisUrl)
  const counts: Record<number, number> = {}
  sub.on('pmessageBuffer', (_pattern: Buffer, _channel: Buffer, message: Buffer) => {
    const frame = decodeFrame(message)
    if (frame) counts[frame.kind] = (counts[frame.kind] ?? 0) + 1
  })
  await sub.psubscribe('shaffof:room:*')
  return { counts, stop: () => sub.disconnect() }
}

async function publishCalls(redis: Redis): Promise<number> {
  const info = await redis.info('commandstats')
  return Number(/cmdstat_publish:calls=(\d+)/.exec(info)?.[1] ?? 0)
}

type Seeded = { rooms: string[]; token: string; joinCode: string; group: string }

async function crossInstance(a: RunningApp, b: RunningApp, redisUrl: string, seeded: Seeded): Promise<void> {
  const { token } = seeded
  const room = seeded.rooms[0] as string
  const [writer, readerA] = await connectClients(`ws://127.0.0.1:${a.port}/collab`, room, token, 2)
  const [readerB] = await connectClients(`ws://127.0.0.1:${b.port}/collab`, room, token, 1)
  const lat: Record<'A' | 'B', number[]> = { A: [], B: [] }
  for (const [name, c] of [
    ['A', readerA],
    ['B', readerB],
  ] as const) {
    c?.doc.getMap<number>('bench').observe((e) => {
      const now = performance.now()
      for (const k of e.keysChanged) lat[name].push(now - (c.doc.getMap<number>('bench').get(k) as number))
    })
  }
  const redis = new Redis(redisUrl)
  await sleep(500)
  const before = await publishCalls(redis)
  const n = quick ? 100 : 400
  for (let i = 0; i < n; i++) {
    writer?.doc.getMap<number>('bench').set(`k${i}`, performance.now())
    await sleep(20)
  }
  await sleep(1000)
  const calls = (await publishCalls(redis)) - before
  say(
    `| edit → reader on the same instance | ${f(pct(lat.A, 50))} | ${f(pct(lat.A, 95))} | ${f(pct(lat.A, 99))} | ${lat.A.length}/${n} |`,
  )
  say(
    `| edit → reader on the other instance (Redis) | ${f(pct(lat.B, 50))} | ${f(pct(lat.B, 95))} | ${f(pct(lat.B, 99))} | ${lat.B.length}/${n} |`,
  )
  say(
    `Redis PUBLISH calls for ${n} updates (writer on A, readers on A and B; includes 15 s resyncs and heartbeat-free control traffic): ${calls} → ${(calls / n).toFixed(2)} per update.`,
  )
  destroyClients([writer, readerA, readerB].filter((c) => c !== undefined))

  // Sign-out on A closes a socket on B.
  const closes: number[] = []
  const logouts: number[] = []
  for (let i = 0; i < (quick ? 10 : 30); i++) {
    const joined = await joinGroup(a.url, seeded.joinCode, `P${i}`, seeded.group)
    const ws = new WebSocket(`ws://127.0.0.1:${b.port}/collab/${room}?token=${joined.token}`)
    await new Promise((r) => ws.once('open', r))
    await sleep(100)
    const closed = new Promise<number>((r) => ws.once('close', () => r(performance.now())))
    const t0 = performance.now()
    await api(a.url, joined.token).post('/api/logout')
    logouts.push(performance.now() - t0)
    closes.push((await closed) - t0)
  }
  say(
    `| POST /api/logout on A answered | ${f(pct(logouts, 50))} | ${f(pct(logouts, 95))} | ${f(pct(logouts, 99))} | ${logouts.length} sign-outs |`,
  )
  say(
    `| sign-out on A → socket on B closed 4401 | ${f(pct(closes, 50))} | ${f(pct(closes, 95))} | ${f(pct(closes, 99))} | ${closes.length} sign-outs |`,
  )

  // Presence of a client that leaves B disappears on A.
  const gone: number[] = []
  const [watcher] = await connectClients(`ws://127.0.0.1:${a.port}/collab`, room, token, 1)
  for (let i = 0; i < (quick ? 5 : 20); i++) {
    const [leaver] = await connectClients(`ws://127.0.0.1:${b.port}/collab`, room, token, 1)
    leaver?.provider.awareness.setLocalStateField('user', { name: 'L' })
    const id = leaver?.doc.clientID as number
    while (!watcher?.provider.awareness.getStates().has(id)) await sleep(2)
    const t0 = performance.now()
    destroyClients([leaver as never])
    while (watcher?.provider.awareness.getStates().has(id)) await sleep(2)
    gone.push(performance.now() - t0)
  }
  say(
    `| client leaves B → its presence gone on A | ${f(pct(gone, 50))} | ${f(pct(gone, 95))} | ${f(pct(gone, 99))} | ${gone.length} leaves |`,
  )
  destroyClients([watcher as never])
  await redis.quit()
}

type LoadResult = {
  p50: number
  p95: number
  p99: number
  delivered: number
  received: number
  expected: number
}

/** 10 rooms × 30 clients × 5 writers at 5/s, in two load processes (rooms split), clients alternating over `urls`. */
async function load(urls: string[], rooms: string[], token: string, durationMs: number): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'shaffof-load-'))
  const halves = [rooms.slice(0, 5), rooms.slice(5)]
  const children = halves.map((part, i) => {
    const cfg = {
      kind: 'yws',
      urls,
      url: urls[0],
      rooms: part,
      clientsPerRoom: 30,
      writersPerRoom: 5,
      rate: 5,
      durationMs,
      token,
      barrier: true,
      rawFile: join(dir, `raw${i}`),
    }
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bench', 'peers', 'load-client.mjs'), JSON.stringify(cfg)],
      {
        stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
      },
    )
    const lines: string[] = []
    child.stdout?.on('data', (d) => lines.push(...String(d).split('\n').filter(Boolean)))
    return { child, lines }
  })
  while (children.some((c) => c.lines.length < 1)) {
    if (children.some((c) => c.child.exitCode !== null)) throw new Error('a load process exited early')
    await sleep(50)
  }
  for (const c of children) c.child.send('go')
  await Promise.all(children.map((c) => new Promise((r) => c.child.once('exit', r))))
  const results = children.map((c) => JSON.parse(c.lines.at(-1) as string) as LoadResult)
  const raw = [0, 1].flatMap((i) => Array.from(new Float64Array(readFileSync(join(dir, `raw${i}`)).buffer)))
  rmSync(dir, { recursive: true, force: true })
  const received = results.reduce((n, r) => n + r.received, 0)
  const expected = results.reduce((n, r) => n + r.expected, 0)
  return {
    p50: pct(raw, 50),
    p95: pct(raw, 95),
    p99: pct(raw, 99),
    delivered: received / expected,
    received,
    expected,
  }
}

/**
 * The usual load with clients on one instance vs split across two, rounds interleaved in one run
 * (the machine's load drifts; each pair of rounds is the comparison to read).
 */
async function fanOut(a: RunningApp, b: RunningApp, redisUrl: string, seeded: Seeded): Promise<void> {
  const durationMs = quick ? 8000 : 20_000
  const redisClient = new Redis(redisUrl)
  const setups = [
    ['one instance (A)', [`ws://127.0.0.1:${a.port}/collab`]],
    [
      'two instances (A/B alternating)',
      [`ws://127.0.0.1:${a.port}/collab`, `ws://127.0.0.1:${b.port}/collab`],
    ],
  ] as const
  const results: Record<string, LoadResult[]> = Object.fromEntries(setups.map(([label]) => [label, []]))
  say(
    '\n| fan-out: 10 rooms × 30 clients × 5 writers at 5/s | round | p50 ms | p95 ms | p99 ms | delivered | update frames per edit | all PUBLISH per edit | load avg |\n|---|---|---|---|---|---|---|---|---|',
  )
  for (let round = 0; round < loadRounds; round++) {
    // Alternate which set-up goes first, so a drift in the machine's load does not favour one.
    const order = round % 2 === 0 ? setups : [...setups].reverse()
    for (const [label, urls] of order) {
      const before = await publishCalls(redisClient)
      const frames = await frameCounter(redisUrl)
      const r = await load([...urls], seeded.rooms, seeded.token, durationMs)
      frames.stop()
      const calls = (await publishCalls(redisClient)) - before
      const sent = r.expected / 29
      results[label]?.push(r)
      say(
        `| ${label} | ${round + 1} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.p99)} | ${(r.delivered * 100).toFixed(2)} % (${r.received}/${r.expected}) | ${((frames.counts[FRAME.update] ?? 0) / sent).toFixed(3)} | ${(calls / sent).toFixed(2)} | ${loadAverage()} |`,
      )
      await sleep(2000)
    }
  }
  const [one, two] = setups.map(([label]) => results[label] ?? [])
  const med = (xs: number[]) => pct(xs, 50)
  say(
    `Medians over ${loadRounds} rounds: p50 one ${f(med((one ?? []).map((r) => r.p50)))} / two ${f(med((two ?? []).map((r) => r.p50)))} ms; p95 one ${f(med((one ?? []).map((r) => r.p95)))} / two ${f(med((two ?? []).map((r) => r.p95)))} ms; per-round p95 ratio two/one ${(one ?? []).map((r, i) => ((two?.[i]?.p95 ?? Number.NaN) / r.p95).toFixed(2)).join(' / ')}.`,
  )
  await redisClient.quit()
}

async function restartWithRooms(
  env: Record<string, string>,
  dbUrl: string,
  rooms: string[],
  token: string,
): Promise<void> {
  const pool = await openPgPool(dbUrl)
  const store = new PgRoomStore(pool)
  const doc = new Y.Doc()
  doc.getText('t').insert(0, 'Ushbu modda. '.repeat(300))
  const state = Y.encodeStateAsUpdate(doc)
  for (let i = 0; i < 1000; i++) await store.store(`bench.filler.${i}`, state)
  await pool.end()
  const starts: number[] = []
  const syncs: number[] = []
  for (let i = 0; i < (quick ? 3 : 6); i++) {
    const t0 = performance.now()
    const app = await startApp({ env })
    const t1 = performance.now()
    const [c] = await connectClients(
      `ws://127.0.0.1:${app.port}/collab`,
      rooms[i % rooms.length] as string,
      token,
      1,
    )
    syncs.push(performance.now() - t1)
    starts.push(t1 - t0)
    destroyClients([c as never])
    await app.stop()
  }
  say(
    `Restart with 1,000 stored rooms (+ the bench's 10), ${syncs.length} restarts: first room synced ${syncs.map((x) => x.toFixed(0)).join(' / ')} ms after health answered (start to health ${starts.map((x) => x.toFixed(0)).join(' / ')} ms).`,
  )
}

/** A review with 10 groups on a fresh instance: its rooms and the admin's token. */
async function seedReview(url: string): Promise<Seeded> {
  const token = await setupAdmin(url)
  const draft = await api(url, token).post<{ id: string }>('/api/drafts', {
    title: 'B',
    text: '1-modda. Maqsad\nMatn.\n',
  })
  const groups = Array.from({ length: 10 }, (_, i) => `G${i + 1}`)
  const review = await api(url, token).post<{
    id: string
    joinCode: string
    groups: { id: string; room: string }[]
  }>('/api/reviews', { title: 'Bench', draftId: draft.body.id, groups })
  return {
    rooms: review.body.groups.map((g) => g.room),
    token,
    joinCode: review.body.joinCode,
    group: review.body.groups[0]?.id as string,
  }
}

/** The 1/5/15-minute load averages (the machine is shared: every figure is read against them). */
const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')

// The fan-out load runs the peers' load client (bench/peers), installed on first use.
if (parts.has('load')) ensureBenchPeers()
const [pg, redis] = await Promise.all([startPostgres(), startRedis()])
try {
  say(`Load average at start: ${loadAverage()}`)
  if (parts.has('store')) {
    const dbStore = await pg.createDatabase('bench_store')
    say('\n| room store (PostgreSQL 15, local socket) | p50 ms | p95 ms | n |\n|---|---|---|---|')
    await storeFigures(dbStore)
  }
  const db = await pg.createDatabase('bench_cluster')
  const env = { DATABASE_URL: db, REDIS_URL: redis.url, LOG_LEVEL: 'warn' }
  const a = await startApp({ env })
  const b = await startApp({ env })
  let seeded: Seeded
  try {
    // The instances stop whatever a part throws: a failed run must not leave servers loading the machine.
    seeded = await seedReview(a.url)
    if (parts.has('cross')) {
      say('\n| across instances | p50 ms | p95 ms | p99 ms | n |\n|---|---|---|---|---|')
      await crossInstance(a, b, redis.url, seeded)
    }
    if (parts.has('load')) await fanOut(a, b, redis.url, seeded)
  } finally {
    await Promise.all([a.stop(), b.stop()])
  }
  if (parts.has('restart')) await restartWithRooms(env, db, seeded.rooms, seeded.token)
  say(`Load average at the end: ${loadAverage()}`)
} finally {
  await redis.stop()
  await pg.stop()
}
console.log(`\n--- markdown ---\n${out.join('\n')}`)
