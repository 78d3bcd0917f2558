/**
 * Persistence benchmark (issue 10):
 * 1. the cost of one save as the number of loaded rooms grows (10 → 100 → 1,000 by default), with the
 *    real collab engine (`createRoomManager` over `FileRoomStore`) and rooms of realistic content
 *    (50 findings each through `createFinding`). At each size a fresh probe room with the same content
 *    takes one small change (a risk edit, as an expert makes it) and is flushed; many such saves give
 *    the median/p95. Target: median at 1,000 rooms ≤ 1.2 × median at 10 rooms.
 * 2. restart with 1,000 rooms: the real server process on a DATA_DIR holding 1,000 review groups
 *    (metadata made through the API) and their room files, timed from spawn until `/api/health`
 *    answers, then the time to open (sync) rooms over y-websocket after the restart.
 *
 *   npx tsx bench/persistence.ts [--sizes 10,100,1000] [--saves 200] [--findings 50]
 *        [--restart-rooms 1000] [--out file.json]
 * The last stdout line is the JSON result; progress goes to stderr.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PerformanceObserver } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { createRoomManager, silentLogger } from '../server/collab/index.js'
import { FileRoomStore } from '../server/storage/roomFiles.js'
import { createFinding, findingsMap, readFindings, updateFinding } from '../shared/collab/roomDoc.js'
import { apiCall, arg, round, startServer, summarize } from './lib/measure.js'

const sizes = arg('sizes', '10,100,1000').split(',').map(Number)
const saves = Number(arg('saves', '200'))
const findingsPerRoom = Number(arg('findings', '50'))
const restartRooms = Number(arg('restart-rooms', '1000'))
const outFile = arg('out', '')
const say = (line: string) => process.stderr.write(`${line}\n`)

/** A unit a finding can point at. */
type UnitRef = { id: string; label: string; text: string }

const SAMPLE_UNITS: UnitRef[] = Array.from({ length: 40 }, (_, i) => ({
  id: `u${i + 1}`,
  label: `${i + 1}-modda`,
  text: `Vakolatli organ oʻz xohishiga koʻra ${i + 1}-bandda nazarda tutilgan ruxsatnomani berishi yoki rad etishi mumkin, muddat organ tomonidan belgilanadi.`,
}))

/** Fill `doc` with `count` findings of realistic size (quote, factors, rationale, proposal, audit). */
export function fillRoom(
  doc: Y.Doc,
  groupId: string,
  count: number,
  units: readonly UnitRef[] = SAMPLE_UNITS,
): void {
  for (let i = 0; i < count; i++) {
    const unit = units[i % units.length]!
    const start = (i * 7) % Math.max(1, unit.text.length - 40)
    const end = Math.min(unit.text.length, start + 20 + (i % 20))
    createFinding(doc, {
      id: `f-${groupId}-${i}`,
      groupId,
      unitId: unit.id,
      unitLabel: unit.label,
      start,
      end,
      quote: unit.text.slice(start, end),
      factorIds: [`factor-${i % 12}`],
      risk: (['high', 'medium', 'low'] as const)[i % 3]!,
      status: 'open',
      rationale: `Norma vakolatli organga mezonlarsiz diskretsiya beradi (${i}); muddat va asoslar belgilanmagan, bu esa korrupsiyaviy xavf tugʻdiradi.`,
      proposal: `Rad etish asoslarining toʻliq roʻyxatini va aniq muddatni belgilash (${i}).`,
      author: { id: `user-${i % 5}`, name: `Ishtirokchi ${i % 5}` },
      createdAt: new Date(Date.UTC(2026, 10, 27, 9, 0, i)).toISOString(),
    })
  }
}

type ChildMsg =
  | { type: 'ready'; fillMs: number; heapMb: number; rssMb: number }
  | { type: 'saved'; ms: number; encodeMs: number; cpuMs: number; gcMs: number }
  | { type: 'stats'; roomFileBytes: number | null; loadedRooms: number }

/**
 * Child mode of part 1: one process holding `size` loaded rooms plus a probe room (its own heap and
 * folder). The parent asks for saves round-robin across the sizes, so slow moments of the shared disk
 * hit every size alike instead of whichever size happened to run then.
 */
async function saveChild(size: number): Promise<void> {
  const send = (m: ChildMsg) => process.send?.(m)
  const dir = mkdtempSync(join(tmpdir(), `shaffof-bench-persist-${size}-`))
  const far = 1_000_000_000 // no automatic saves: the parent decides when a save happens
  const rooms = createRoomManager({
    store: new FileRoomStore(join(dir, 'rooms')),
    log: silentLogger,
    saveDebounceMs: far,
    saveMaxWaitMs: far,
    idleUnloadMs: far,
  })
  const t0 = performance.now()
  for (let i = 0; i < size; i++) fillRoom(await rooms.getDoc(`rv.bench.g.${i}`), `g${i}`, findingsPerRoom)
  const probe = 'rv.probe.g.0'
  const doc = await rooms.getDoc(probe)
  fillRoom(doc, 'probe', findingsPerRoom)
  await rooms.flushAll()
  // Start from a settled heap: the fill leaves garbage whose collection would land in the first saves.
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  gc?.()
  const mem = process.memoryUsage()
  send({
    type: 'ready',
    fillMs: performance.now() - t0,
    heapMb: round(mem.heapUsed / 2 ** 20, 1),
    rssMb: round(mem.rss / 2 ** 20, 1),
  })
  const by = { id: 'expert', name: 'Ekspert' }
  let i = 0
  let cpuMs = 0
  let gcMs = 0
  // GC pauses that land inside a save are part of its cost; counted so the table can show them.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcMs += e.duration
  }).observe({ entryTypes: ['gc'] })
  process.on('message', async (msg: string) => {
    if (msg === 'save') {
      // One expert edit (a risk change plus its audit entry), then the save it schedules, done now.
      const id = `f-probe-${i++ % findingsPerRoom}`
      const risk = findingsMap(doc).get(id)?.get('risk') === 'high' ? 'medium' : 'high'
      if (!updateFinding(doc, id, { risk }, by, new Date().toISOString())) throw new Error(`no finding ${id}`)
      if (!rooms.peek(probe)?.saver.dirty) throw new Error('the change did not make the room dirty')
      gcMs = 0
      const c0 = process.cpuUsage()
      const t = performance.now()
      await rooms.flush(probe)
      const ms = performance.now() - t
      const c = process.cpuUsage(c0)
      cpuMs = (c.user + c.system) / 1000
      const e = performance.now()
      Y.encodeStateAsUpdate(doc)
      send({ type: 'saved', ms, encodeMs: performance.now() - e, cpuMs, gcMs })
    } else if (msg === 'stats') {
      send({
        type: 'stats',
        roomFileBytes: await rooms.roomFileSize(probe),
        loadedRooms: rooms.stats().rooms,
      })
      await rooms.close()
      rmSync(dir, { recursive: true, force: true })
      process.exit(0)
    }
  })
}

/** Part 1: the cost of one save at each room count (one child process per count, saves interleaved). */
async function saveCost(): Promise<{ sizes: Record<string, unknown>[]; ratio: number; pass: boolean }> {
  const self = fileURLToPath(import.meta.url)
  type Kid = {
    size: number
    proc: ChildProcess
    next: () => Promise<ChildMsg>
    ready?: ChildMsg & { type: 'ready' }
  }
  const kids: Kid[] = []
  for (const size of sizes) {
    const proc = spawn(
      process.execPath,
      [
        '--expose-gc',
        '--import',
        'tsx',
        self,
        '--child',
        String(size),
        '--findings',
        String(findingsPerRoom),
      ],
      { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] },
    )
    const queue: ChildMsg[] = []
    const waiters: ((m: ChildMsg) => void)[] = []
    proc.on('message', (m: ChildMsg) => (waiters.length ? waiters.shift()!(m) : queue.push(m)))
    proc.once('exit', (code) => code && say(`save-cost child ${size} exited ${code}`))
    const next = () =>
      queue.length ? Promise.resolve(queue.shift()!) : new Promise<ChildMsg>((r) => waiters.push(r))
    const kid: Kid = { size, proc, next }
    // Filled one at a time so the fills don't compete for the two cores.
    kid.ready = (await next()) as Kid['ready']
    say(`${size} rooms loaded in ${Math.round(kid.ready!.fillMs)} ms (heap ${kid.ready!.heapMb} MB)`)
    kids.push(kid)
  }
  // Let the kernel write back the bulk fill first: we measure steady-state saves, not the tail of
  // writing tens of MB of fresh files (ext4 delayed allocation makes the next fsyncs wait for it).
  execFileSync('sync')
  const times = new Map(
    kids.map((k) => [
      k.size,
      { ms: [] as number[], encodeMs: [] as number[], cpuMs: [] as number[], gcMs: [] as number[] },
    ]),
  )
  for (let round_ = 0; round_ < saves + 20; round_++) {
    const order = round_ % 2 ? [...kids].reverse() : kids
    for (const kid of order) {
      kid.proc.send('save')
      const m = await kid.next()
      if (m.type !== 'saved') throw new Error(`unexpected ${m.type}`)
      if (round_ < 20) continue // the first rounds warm the JIT and the file system
      times.get(kid.size)!.ms.push(m.ms)
      times.get(kid.size)!.encodeMs.push(m.encodeMs)
      times.get(kid.size)!.cpuMs.push(m.cpuMs)
      times.get(kid.size)!.gcMs.push(m.gcMs)
    }
  }
  const rows: Record<string, unknown>[] = []
  for (const kid of kids) {
    kid.proc.send('stats')
    const st = (await kid.next()) as ChildMsg & { type: 'stats' }
    const t = times.get(kid.size)!
    const row = {
      rooms: kid.size,
      loadedRooms: st.loadedRooms,
      roomFileBytes: st.roomFileBytes,
      fillMs: round(kid.ready!.fillMs),
      heapMb: kid.ready!.heapMb,
      saveMs: summarize(t.ms),
      encodeMs: summarize(t.encodeMs),
      cpuMs: summarize(t.cpuMs),
      gcMs: summarize(t.gcMs),
    }
    rows.push(row)
    say(
      `save cost with ${kid.size} rooms (+ probe): median ${row.saveMs.median} ms, p95 ${row.saveMs.p95} ms, encode ${row.encodeMs.median} ms, cpu ${row.cpuMs.median} ms (mean ${row.cpuMs.mean}), gc in save mean ${row.gcMs.mean} ms, file ${st.roomFileBytes} B`,
    )
  }
  const first = rows[0]?.saveMs as { median: number }
  const last = rows.at(-1)?.saveMs as { median: number }
  const ratio = round(last.median / first.median, 3)
  return { sizes: rows, ratio, pass: ratio <= 1.2 }
}

/** Open one room over y-websocket and resolve with ms until synced and the findings it holds. */
function openRoom(wsUrl: string, room: string, token: string): Promise<{ ms: number; findings: number }> {
  const doc = new Y.Doc()
  const t0 = performance.now()
  const provider = new WebsocketProvider(wsUrl, room, doc, {
    WebSocketPolyfill: WebSocket as never,
    params: { token },
    disableBc: true,
  })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`room ${room} did not sync`)), 30_000)
    provider.once('sync', () => {
      clearTimeout(timer)
      const ms = performance.now() - t0
      const findings = readFindings(doc).length
      provider.destroy()
      doc.destroy()
      resolve({ ms, findings })
    })
  })
}

type Group = { id: string; room: string }

/** Part 2: the server restarted on 1,000 rooms. */
async function restart(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'shaffof-bench-restart-'))
  try {
    const first = await startServer(dataDir)
    const { token } = await apiCall<{ token: string }>(first.url, 'POST', '/api/setup', {
      name: 'bench',
      password: 'bench password 1',
    })
    const draftText = SAMPLE_UNITS.map((u, i) => `${i + 1}-modda. Maqsad\n${u.text}`).join('\n')
    const draft = await apiCall<{ id: string; units: UnitRef[] }>(
      first.url,
      'POST',
      '/api/drafts',
      { title: 'Bench', text: draftText, language: 'uz-Latn' },
      token,
    )
    const groups: Group[] = []
    for (let r = 0; groups.length < restartRooms; r++) {
      const n = Math.min(50, restartRooms - groups.length) // the API allows 50 groups per review
      const review = await apiCall<{ groups: Group[] }>(
        first.url,
        'POST',
        '/api/reviews',
        { title: `Bench ${r}`, draftId: draft.id, groups: Array.from({ length: n }, (_, i) => `G${i + 1}`) },
        token,
      )
      groups.push(...review.groups)
    }
    await first.stop()
    // Room files prepared with the same engine code the server uses to store them.
    const store = new FileRoomStore(join(dataDir, 'rooms'))
    const units = draft.units.filter((u) => u.text.length > 60)
    const t0 = performance.now()
    for (const g of groups) {
      const doc = new Y.Doc()
      fillRoom(doc, g.id, findingsPerRoom, units)
      await store.store(g.room, Y.encodeStateAsUpdate(doc))
      doc.destroy()
    }
    const prepareMs = performance.now() - t0
    say(`prepared ${groups.length} rooms in ${Math.round(prepareMs)} ms; restarting`)
    const emptyDir = mkdtempSync(join(tmpdir(), 'shaffof-bench-empty-'))
    const empty = await startServer(emptyDir)
    await empty.stop()
    rmSync(emptyDir, { recursive: true, force: true })
    const again = await startServer(dataDir)
    try {
      const wsUrl = `${again.url.replace('http', 'ws')}/collab`
      const opens: { ms: number; findings: number }[] = []
      for (const g of [
        groups[0]!,
        groups[Math.floor(groups.length / 2)]!,
        groups.at(-1)!,
        ...groups.slice(1, 8),
      ]) {
        opens.push(await openRoom(wsUrl, g.room, token))
      }
      if (opens.some((o) => o.findings !== findingsPerRoom))
        throw new Error(`a room came back without its ${findingsPerRoom} findings`)
      const result = {
        rooms: groups.length,
        findingsPerRoom,
        prepareMs: round(prepareMs),
        emptyStartMs: round(empty.startMs),
        restartMs: round(again.startMs),
        firstRoomOpenMs: round(opens[0]!.ms),
        roomOpenMs: summarize(opens.map((o) => o.ms)),
      }
      say(
        `restart with ${groups.length} rooms: ${result.restartMs} ms to health (empty: ${result.emptyStartMs} ms); first room synced in ${result.firstRoomOpenMs} ms`,
      )
      return result
    } finally {
      await again.stop()
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (arg('child', '')) {
  await saveChild(Number(arg('child', '0')))
} else {
  const result = {
    bench: 'persistence',
    date: new Date().toISOString(),
    saves,
    findingsPerRoom,
    saveCost: await saveCost(),
    restart: restartRooms > 0 ? await restart() : null,
  }
  if (outFile) writeFileSync(outFile, JSON.stringify(result, null, 2))
  process.stdout.write(`${JSON.stringify(result)}\n`)
  process.exit(0)
}
