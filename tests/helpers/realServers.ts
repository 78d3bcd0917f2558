/**
 * Real PostgreSQL and Redis for tests (no mocks): `initdb` into a temp folder and `pg_ctl` on a free
 * port (as the `postgres` user when running as root), and `redis-server` on a free port without
 * persistence. Each helper returns a URL and a `stop()`. `pgAvailable`/`redisAvailable` let a suite
 * skip with a clear message on a machine without the binaries (CI installs them in `.ci/run`).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from '../../scripts/lib/serverProcess.js'

const PG_BIN_DIRS = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin']
const PG_BIN = PG_BIN_DIRS.find((d) => existsSync(join(d, 'pg_ctl')))
const REDIS_BIN = ['/usr/bin/redis-server', '/usr/local/bin/redis-server'].find((p) => existsSync(p))

/** Whether PostgreSQL server binaries are installed here. */
export const pgAvailable = PG_BIN !== undefined
/** Whether redis-server is installed here. */
export const redisAvailable = REDIS_BIN !== undefined
/** Printed by suites that skip because a binary is missing. */
export const MISSING_SERVERS_MESSAGE =
  'PostgreSQL or redis-server is not installed here; install Debian packages postgresql and redis-server (.ci/run does).'

const isRoot = process.getuid?.() === 0

function postgresIds(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim())
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim())
  return { uid, gid }
}

/** Run a PostgreSQL binary, as `postgres` when we are root (initdb and postgres refuse root). */
function pgRun(bin: string, args: string[]): void {
  const exe = join(PG_BIN as string, bin)
  if (isRoot) execFileSync('runuser', ['-u', 'postgres', '--', exe, ...args], { stdio: 'pipe' })
  else execFileSync(exe, args, { stdio: 'pipe' })
}

/** A running throw-away PostgreSQL cluster. */
export type TestPostgres = {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  url: string
  port: number
  /** A fresh empty database on this cluster; returns its URL. */
  createDatabase(name: string): Promise<string>
  /** Stop the server (fast) and remove its folder. */
  stop(): Promise<void>
  /** Stop and start again on the same folder and port (PostgreSQL down → up). */
  pause(): void
  resume(): void
}

/** initdb + pg_ctl start on a free port; trust auth on loopback only. */
export async function startPostgres(): Promise<TestPostgres> {
  if (!PG_BIN) throw new Error(MISSING_SERVERS_MESSAGE)
  const dir = mkdtempSync(join(tmpdir(), 'shaffof-pg-'))
  const data = join(dir, 'data')
  if (isRoot) {
    const { uid, gid } = postgresIds()
    chownSync(dir, uid, gid)
  }
  chmodSync(dir, 0o755)
  pgRun('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C'])
  const port = await freePort()
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`
  const start = () =>
    pgRun('pg_ctl', ['-D', data, '-o', opts, '-w', '-t', '60', '-l', join(dir, 'log'), 'start'])
  const halt = () => pgRun('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
  start()
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`
  return {
    url,
    port,
    async createDatabase(name) {
      const { default: pg } = await import('pg')
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      try {
        await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`)
      } finally {
        await client.end()
      }
      return `postgres://postgres@127.0.0.1:${port}/${name}`
    },
    pause: halt,
    resume: start,
    async stop() {
      try {
        halt()
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** A running throw-away Redis. */
export type TestRedis = {
  url: string
  port: number
  /** Kill it (SIGKILL) — Redis down. */
  pause(): Promise<void>
  /** Start it again on the same port — Redis back. */
  resume(): Promise<void>
  stop(): Promise<void>
}

async function waitForPort(port: number, timeoutMs = 20_000): Promise<void> {
  const { connect } = await import('node:net')
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1')
      s.once('connect', () => {
        s.destroy()
        resolve(true)
      })
      s.once('error', () => resolve(false))
    })
    if (ok) return
    if (Date.now() > deadline) throw new Error(`nothing listening on ${port}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

/** redis-server on a free port, no snapshots, no append-only file. */
export async function startRedis(): Promise<TestRedis> {
  if (!REDIS_BIN) throw new Error(MISSING_SERVERS_MESSAGE)
  const port = await freePort()
  let proc: ChildProcess | null = null
  const launch = async () => {
    proc = spawn(
      REDIS_BIN,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    )
    await waitForPort(port)
  }
  const kill = async () => {
    const p = proc
    proc = null
    if (!p || p.exitCode !== null) return
    const gone = new Promise<void>((resolve) => p.once('exit', () => resolve()))
    p.kill('SIGKILL')
    await gone
  }
  await launch()
  return { url: `redis://127.0.0.1:${port}`, port, pause: kill, resume: launch, stop: kill }
}
