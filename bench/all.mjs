#!/usr/bin/env node
/**
 * `npm run bench`: every benchmark of issue 10 in one run, then `bench/results/latest.json` and
 * `docs/benchmarks.md` (tables, the exact commands, machine facts).
 *
 *   npm run bench                      full run (live sync 10×30×5 @ 5/s, 1,000 idle, 10→1,000 rooms, …)
 *   npm run bench -- --quick           a shorter run with smaller loads (for a smoke check)
 *   npm run bench -- --only sync,persistence     or  --skip typing
 *   npm run bench -- --docs-only       re-render docs/benchmarks.md from bench/results/latest.json
 *
 * Each benchmark runs as its own process; its last JSON stdout line is its result. A benchmark that
 * fails is recorded as failed (with the end of its stderr) and the others still run.
 */
import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureBenchPeers } from './lib/peers.mjs'
import { renderBenchmarks } from './lib/report.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const argv = process.argv.slice(2)
const has = (name) => argv.includes(`--${name}`)
const list = (name) => {
  const i = argv.indexOf(`--${name}`)
  return i >= 0 && argv[i + 1] ? argv[i + 1].split(',') : null
}
const quick = has('quick')
const resultsDir = join(root, 'bench', 'results')
const latestFile = join(resultsDir, 'latest.json')
const docsFile = join(root, 'docs', 'benchmarks.md')
const say = (line) => process.stderr.write(`${line}\n`)

/** The benchmarks, in run order. `args` are what a reader types to reproduce one alone. */
function plan() {
  const tsx = (file, args) => ({
    argv: ['--import', 'tsx', file, ...args],
    shown: `npx tsx ${file} ${args.join(' ')}`.trim(),
  })
  // Scale: two rounds (~7 min each for the three servers on the shared machine; more with
  // `node bench/scale.mjs --rounds N`). The heavier live load of issue 22 (30 rooms × 30 clients), 9
  // interleaved rounds so the round-to-round spread (reported per round and as ratios against the
  // better peer) is seen next to the differences; idle capacity is measured at scale (bench/scale.mjs).
  const sync = quick
    ? [
        '--rooms',
        '4',
        '--clients',
        '10',
        '--writers',
        '2',
        '--observers',
        '2',
        '--rate',
        '5',
        '--seconds',
        '8',
        '--idle',
        '0',
        '--procs',
        '2',
      ]
    : [
        '--rooms',
        '30',
        '--clients',
        '30',
        '--writers',
        '3',
        '--observers',
        '3',
        '--rate',
        '5',
        '--seconds',
        '20',
        '--idle',
        '0',
        '--procs',
        '3',
        '--rounds',
        '9',
      ]
  const scale = quick
    ? [
        '--idle',
        '2000',
        '--rooms',
        '200',
        '--rounds',
        '1',
        '--live-rooms',
        '4',
        '--live-clients',
        '10',
        '--seconds',
        '8',
      ]
    : [
        '--idle',
        '10000',
        '--rooms',
        '1000',
        '--procs',
        '4',
        '--rounds',
        '2',
        '--live-rooms',
        '10',
        '--live-clients',
        '30',
        '--writers',
        '5',
        '--rate',
        '5',
        '--seconds',
        '20',
      ]
  const exportFindings = quick ? '200' : '1000'
  const exportRuns = quick ? '1' : '3'
  return [
    {
      id: 'sync',
      title: 'Live sync (the heavier load)',
      argv: ['bench/run.mjs', ...sync],
      shown: `node bench/run.mjs ${sync.join(' ')}`,
      timeoutMs: 20 * 60_000,
    },
    {
      id: 'scale',
      title: 'Scale: 10,000 idle connections over 1,000 rooms, live load on top',
      argv: ['bench/scale.mjs', ...scale],
      shown: `node bench/scale.mjs ${scale.join(' ')}`,
      timeoutMs: 40 * 60_000,
    },
    {
      id: 'persistence',
      title: 'Persistence',
      ...tsx(
        'bench/persistence.ts',
        quick
          ? ['--sizes', '10,100,1000', '--saves', '60', '--restart-rooms', '200']
          : ['--sizes', '10,100,1000', '--saves', '300', '--restart-rooms', '1000'],
      ),
      timeoutMs: 30 * 60_000,
    },
    {
      id: 'import',
      title: 'Import of a big act',
      ...tsx('bench/import.ts', []),
      optional: true,
      timeoutMs: 15 * 60_000,
    },
    {
      id: 'roomOpen',
      title: 'Group room on a big act',
      ...tsx('bench/room-open.ts', quick ? ['--runs', '1'] : ['--runs', '3', '--profile']),
      timeoutMs: 15 * 60_000,
    },
    {
      id: 'typing',
      title: 'Typing latency',
      ...tsx('bench/typing.ts', quick ? ['--findings', '200', '--keys', '40'] : ['--findings', '500,1000']),
      timeoutMs: 30 * 60_000,
    },
    {
      id: 'exportDocx',
      title: 'Export DOCX',
      ...tsx('bench/export.ts', ['--child', 'docx', exportFindings, exportRuns]),
      timeoutMs: 10 * 60_000,
    },
    {
      id: 'exportPdf',
      title: 'Export PDF',
      ...tsx('bench/export.ts', ['--child', 'pdf', exportFindings, exportRuns]),
      timeoutMs: 10 * 60_000,
    },
    {
      id: 'detector',
      title: 'Marker detector speed',
      ...tsx('bench/detector-speed.ts', ['--runs', quick ? '1' : '5']),
      timeoutMs: 10 * 60_000,
    },
    {
      id: 'alignment',
      title: 'Version alignment',
      ...tsx('bench/alignment.ts', ['--runs', quick ? '1' : '5']),
      timeoutMs: 10 * 60_000,
    },
  ]
}

/** Every JSON object printed on its own stdout line, in order. */
function jsonLines(text) {
  const out = []
  for (const line of text.split('\n')) {
    const t = line.trim()
    if (!t.startsWith('{')) continue
    try {
      out.push(JSON.parse(t))
    } catch {
      // a log line that only looks like JSON
    }
  }
  return out
}

/** Run one benchmark process; never rejects. */
function runOne(b) {
  const file = b.argv.find((a) => /\.(m?js|ts)$/.test(a))
  if (b.optional && file && !existsSync(join(root, file)))
    return Promise.resolve({ status: 'missing', command: b.shown })
  return new Promise((resolve) => {
    const t0 = Date.now()
    const child = spawn(process.execPath, b.argv, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => {
      stdout += d
    })
    child.stderr.on('data', (d) => {
      stderr += d
      process.stderr.write(d)
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), b.timeoutMs)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      const lines = jsonLines(stdout)
      // Scripts that print only text (e.g. bench-import.ts) count when they exit cleanly.
      const ok = lines.length > 0 || (code === 0 && stdout.trim().length > 0)
      resolve({
        status: ok ? 'ok' : 'failed',
        exitCode: code,
        signal,
        seconds: Math.round((Date.now() - t0) / 100) / 10,
        command: b.shown,
        result: lines.at(-1) ?? null,
        lines: lines.length > 1 ? lines : undefined,
        text: lines.length ? undefined : stdout.slice(-4000),
        stdoutTail: ok ? undefined : stdout.slice(-2000),
        stderrTail: ok && code === 0 ? undefined : stderr.slice(-2000),
      })
    })
  })
}

/** Facts about the machine, stated next to every figure. */
function machine() {
  const git = (...a) => {
    try {
      return execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim()
    } catch {
      return null
    }
  }
  return {
    date: new Date().toISOString(),
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    commit: git('rev-parse', '--short', 'HEAD'),
    dirty: (git('status', '--porcelain') ?? '').length > 0,
    loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  }
}

async function main() {
  mkdirSync(resultsDir, { recursive: true })
  if (has('docs-only')) {
    writeFileSync(docsFile, renderBenchmarks(JSON.parse(readFileSync(latestFile, 'utf8'))))
    say(`wrote ${docsFile}`)
    return
  }
  if (!has('no-install')) ensureBenchPeers(say)
  const only = list('only')
  const skip = list('skip') ?? []
  const facts = machine()
  const run = {
    machine: facts,
    quick,
    command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
    benchmarks: {},
  }
  for (const b of plan()) {
    if ((only && !only.includes(b.id)) || skip.includes(b.id)) {
      run.benchmarks[b.id] = { status: 'skipped', command: b.shown, title: b.title }
      continue
    }
    say(`\n=== ${b.title}: ${b.shown}`)
    run.benchmarks[b.id] = { title: b.title, ...(await runOne(b)) }
    say(`=== ${b.id}: ${run.benchmarks[b.id].status} (${run.benchmarks[b.id].seconds ?? 0} s)`)
  }
  facts.loadAverageAtEnd = os.loadavg().map((x) => Math.round(x * 100) / 100)
  // A partial run keeps the other benchmarks' latest figures, marked with their own date.
  if ((only || skip.length) && existsSync(latestFile)) {
    const before = JSON.parse(readFileSync(latestFile, 'utf8'))
    for (const [id, r] of Object.entries(before.benchmarks ?? {})) {
      if (run.benchmarks[id]?.status === 'skipped' && r.status !== 'skipped')
        run.benchmarks[id] = { ...r, carriedFrom: r.carriedFrom ?? before.machine?.date }
    }
  }
  const json = JSON.stringify(run, null, 2)
  writeFileSync(latestFile, json)
  writeFileSync(join(resultsDir, `run-${facts.date.replace(/[:.]/g, '-')}.json`), json)
  writeFileSync(docsFile, renderBenchmarks(run))
  say(`\nwrote ${latestFile} and ${docsFile}`)
  const failed = Object.entries(run.benchmarks).filter(([, r]) => r.status === 'failed')
  if (failed.length) {
    say(`failed: ${failed.map(([id]) => id).join(', ')}`)
    process.exitCode = 1
  }
}

await main()
