/**
 * The production server as a child process, exactly as `npm start` runs it: the dist-server bundle
 * with the flags of server/node-flags.json, in production mode, on a loopback port. Shared by the
 * e2e harness (tests/e2e/harness.ts) and the benchmarks (bench/lib/measure.ts).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import nodeFlags from '../../server/node-flags.json'

/** A free TCP port on loopback (bind to 0, read it, release it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer()
    s.once('error', reject)
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address()
      const port = typeof addr === 'object' && addr ? addr.port : 0
      s.close(() => resolve(port))
    })
  })
}

/** A running server process. */
export type ServerProcess = {
  url: string
  port: number
  proc: ChildProcess
  /** ms from spawn until `/api/health` first answered 200. */
  startMs: number
  logs(): string
  /** SIGTERM (the server saves everything) and wait for the exit. */
  stop(): Promise<void>
  /** SIGKILL (a crash) and wait for the exit. */
  kill(): Promise<void>
}

/** Build the server bundle when there is none (callers without vitest's globalSetup). */
function ensureServerBundle(root: string): void {
  if (existsSync(join(root, 'dist-server', 'index.js'))) return
  execFileSync(process.execPath, [join(root, 'scripts', 'build-server.mjs')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
}

/** Spawn the server of checkout `root` on `dataDir` and wait (polling every 10 ms) until `/api/health` answers. */
export async function spawnServer(opts: {
  root: string
  dataDir: string
  port?: number
  env?: Record<string, string>
  timeoutMs?: number
}): Promise<ServerProcess> {
  ensureServerBundle(opts.root)
  const port = opts.port ?? (await freePort())
  const out: string[] = []
  const t0 = performance.now()
  const proc = spawn(process.execPath, [...nodeFlags.flags, 'dist-server/index.js'], {
    cwd: opts.root,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: opts.dataDir,
      ...opts.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  proc.stdout?.on('data', (d) => out.push(String(d)))
  proc.stderr?.on('data', (d) => out.push(String(d)))
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + (opts.timeoutMs ?? 120_000)
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited early (${proc.exitCode}):\n${out.join('')}`)
    if (Date.now() > deadline) {
      proc.kill('SIGKILL')
      throw new Error(`server did not become healthy:\n${out.join('')}`)
    }
    try {
      if ((await fetch(`${url}/api/health`)).ok) break
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 10))
  }
  const signal = async (sig: NodeJS.Signals) => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill(sig)
    await exited
  }
  return {
    url,
    port,
    proc,
    startMs: performance.now() - t0,
    logs: () => out.join(''),
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
  }
}
