/**
 * Small helpers shared by the TypeScript benchmarks (`bench/persistence.ts`,
 * `bench/room-open.ts`): percentiles, process samples from /proc, and starting the real server
 * (the production bundle `node dist-server/index.js`, as `npm start` runs it) on a free loopback port with a given DATA_DIR.
 * The peers' own packages (with their own yjs) live in `bench/peers/node_modules`, out of the resolution path of
 * the benchmarks here, so `yjs` imported from `bench/*.ts` is the app's copy (two copies in one process break Yjs).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { type ServerProcess, spawnServer } from '../../scripts/lib/serverProcess.js'

/** The repository root (this file is `bench/lib/measure.ts`). */
export const ROOT = join(import.meta.dirname, '..', '..')

/** Summary of a list of timings in ms. */
export type Summary = { n: number; median: number; p95: number; p99: number; min: number; max: number; mean: number }

/** Nearest-rank percentile of sorted values (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN
  const rank = Math.ceil((p / 100) * sorted.length) - 1
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!
}

/** Median (mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b)
  if (!s.length) return Number.NaN
  return (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2
}

/** Round to `digits` decimals, so JSON and tables stay readable. */
export function round(value: number, digits = 2): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}

/** n, median, p95, p99, min, max, mean of timings (rounded to 0.01 ms). */
export function summarize(values: readonly number[]): Summary {
  const s = [...values].sort((a, b) => a - b)
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length)
  return {
    n: s.length,
    median: round(median(s), 3),
    p95: round(percentile(s, 95), 3),
    p99: round(percentile(s, 99), 3),
    min: round(s[0] ?? Number.NaN, 3),
    max: round(s.at(-1) ?? Number.NaN, 3),
    mean: round(mean, 3),
  }
}

/** RSS (MB) and CPU seconds (user + system) of a live process, from /proc. */
export function procSample(pid: number): { rssMb: number; cpuSeconds: number } {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
  const ticks = Number(stat[11]) + Number(stat[12])
  const rssKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
  return { rssMb: round(rssKb / 1024, 1), cpuSeconds: ticks / 100 }
}

/**
 * Spawn the real server on DATA_DIR and wait (polling every 10 ms) until `/api/health` answers.
 * `root` runs another checkout (e.g. a patched copy whose `dist/` holds a candidate client build).
 */
export function startServer(dataDir: string, env: Record<string, string> = {}, root = ROOT): Promise<ServerProcess> {
  return spawnServer({ root, dataDir, env: { LOG_LEVEL: 'warn', ...env } })
}

/** JSON over HTTP with a bearer token; throws with the body on a non-2xx answer. */
export async function apiCall<T>(url: string, method: string, path: string, body?: unknown, token?: string): Promise<T> {
  const res = await fetch(url + path, {
    method,
    headers: {
      ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  })
  const text = await res.text()
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text.slice(0, 500)}`)
  return JSON.parse(text) as T
}

/** Read `--name value` from argv, else the fallback. */
export function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback
}

/** True when `--name` is present. */
export function flag(name: string): boolean {
  return process.argv.includes(`--${name}`)
}
