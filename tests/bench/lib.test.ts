/** The benchmark helpers: statistics, the large act, profile summaries and the report's verdicts. */
import { describe, expect, it } from 'vitest'
import { buildLargeAct, fixtureArticles } from '../../bench/lib/largeAct'
import { median, percentile, summarize } from '../../bench/lib/measure'
import { type CpuProfile, summarizeProfile } from '../../bench/lib/profiles'
// @ts-expect-error plain ESM module without type declarations
import { renderBenchmarks, targets } from '../../bench/lib/report.mjs'

describe('statistics', () => {
  it('uses nearest-rank percentiles and a true median', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1)
    expect(percentile(xs, 50)).toBe(50)
    expect(percentile(xs, 99)).toBe(99)
    expect(percentile(xs, 100)).toBe(100)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(summarize([3, 1, 2])).toMatchObject({ n: 3, median: 2, min: 1, max: 3, mean: 2 })
  })
})

describe('buildLargeAct', () => {
  it('reaches the size with articles numbered 1..n and chapters every ten', () => {
    const act = buildLargeAct(200 * 1024)
    expect(act.bytes).toBeGreaterThanOrEqual(200 * 1024)
    const numbers = [...act.text.matchAll(/^(\d+)-modda\./gm)].map((m) => Number(m[1]))
    expect(numbers).toEqual(Array.from({ length: act.articles }, (_, i) => i + 1))
    const chapters = [...act.text.matchAll(/^(\d+)-bob\./gm)].map((m) => Number(m[1]))
    expect(chapters).toEqual(Array.from({ length: Math.ceil(act.articles / 10) }, (_, i) => i + 1))
  })

  it('takes its text from the real fixture laws', () => {
    const { articles } = fixtureArticles()
    expect(articles.length).toBeGreaterThan(50)
    const act = buildLargeAct(50 * 1024)
    expect(act.text).toContain(articles[0]!.body[0]!)
  })
})

describe('summarizeProfile', () => {
  it('attributes self time to the sampled function and total time to its callers', () => {
    const frame = (functionName: string) => ({
      functionName,
      url: 'http://x/assets/app.js',
      lineNumber: 0,
      columnNumber: 0,
    })
    const profile: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)'), children: [2] },
        { id: 2, callFrame: frame('render'), children: [3] },
        { id: 3, callFrame: frame('layoutUnit') },
      ],
      samples: [3, 3, 3, 2],
      timeDeltas: [1000, 1000, 1000, 1000],
      startTime: 0,
      endTime: 4000,
    }
    const s = summarizeProfile(profile, 5)
    expect(s.top[0]).toMatchObject({ fn: 'layoutUnit', selfMs: 3, totalMs: 3 })
    expect(s.top[1]).toMatchObject({ fn: 'render', selfMs: 1, totalMs: 4 })
    expect(s.totalMs).toBe(4)
  })
})

const server = (p99: number, kb: number, peak: number, heapKb = kb / 4) => ({
  sync: { p99, serverRssMbPeak: peak },
  idle: { kbPerConnection: kb * 3, second: { rssKbPerConnection: kb, heapKbPerConnection: heapKb } },
})

const stat = (median: number) => ({
  n: 5,
  median,
  p95: median,
  p99: median,
  min: median,
  max: median,
  mean: median,
})
const size = (rooms: number, ms: number) => ({
  rooms,
  roomFileBytes: 1000,
  fillMs: 1,
  heapMb: 1,
  saveMs: stat(ms),
  encodeMs: stat(1),
  cpuMs: stat(1),
  gcMs: stat(0),
})

describe('report', () => {
  const run = {
    machine: {
      date: '2026-11-27T00:00:00Z',
      nproc: 2,
      cpu: 'x',
      memoryGb: 8,
      node: 'v20',
      os: 'Linux',
      commit: 'abc',
      loadAverageAtStart: [1, 1, 1],
    },
    command: 'npm run bench',
    benchmarks: {
      sync: {
        status: 'ok',
        seconds: 1,
        exitCode: 0,
        command: 'node bench/run.mjs',
        result: {
          config: { rooms: 1, clients: 2, writers: 1, rate: 1, seconds: 1, idle: 10 },
          servers: {
            shaffof: server(10, 40, 150, 5),
            hocuspocus: server(30, 30, 80, 8),
            yws: server(20, 25, 90, 6),
          },
        },
      },
      persistence: {
        status: 'ok',
        seconds: 1,
        exitCode: 0,
        command: 'npx tsx bench/persistence.ts',
        result: {
          saves: 5,
          findingsPerRoom: 50,
          saveCost: { ratio: 1.3, pass: false, sizes: [size(10, 4), size(1000, 5.2)] },
        },
      },
      roomOpen: {
        status: 'failed',
        exitCode: 1,
        command: 'npx tsx bench/room-open.ts',
        stderrTail: 'boom | here',
      },
    },
  }

  it('compares Shaffof with the better peer, target by target', () => {
    const rows = targets(run) as string[][]
    // Per added connection, from the second batch: heap 5 KB vs 6 KB, RSS 40 KB vs 25 KB. (Fan-out p99 is
    // judged under the heavier live load, in the scale targets.)
    expect(rows[0]).toEqual([
      'heap per added idle connection (after full GC) ≤ better peer',
      '5.00 KB',
      '6.00 KB',
      '**met**',
    ])
    expect(rows[1]?.slice(1)).toEqual(['40.0 KB', '25.0 KB', '**missed**'])
    expect(rows[2]?.[3]).toBe('**missed**') // 150 MB vs 80 MB
    expect(rows[3]).toEqual(['save cost 10 → 1000 rooms ≤ 1.2×', '1.30×', '1.20×', '**missed**'])
  })

  it('renders failures with their error, and the commands to reproduce', () => {
    const md = renderBenchmarks(run) as string
    expect(md).toContain('_Failed (exit 1):_')
    expect(md).toContain('boom | here')
    expect(md).toContain('npx tsx bench/room-open.ts   # roomOpen')
    expect(md).toContain('Machine: 2 CPUs')
  })
})
