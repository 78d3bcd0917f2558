/**
 * `npm start` as an operator runs it: after the build check exactly one Node process serves (npm
 * itself excluded; the launcher does not stay resident), it runs with the production flags, and
 * SIGTERM still saves an unsaved room edit before the exit.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { freePort } from '../../scripts/lib/serverProcess.js'
import nodeFlags from '../../server/node-flags.json'
import { connectClients, destroyClients, type StormClient } from '../helpers/storm.js'
import { seedReview, startApp } from './harness.js'

const ROOT = join(import.meta.dirname, '..', '..')
const NODE = realpathSync(process.execPath)

/** Every process below `pid` (children, grandchildren …), from /proc. */
function descendants(pid: number): number[] {
  const parent = new Map<number, number>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      // pid (comm) state ppid …; comm may hold spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      parent.set(Number(name), ppid)
    } catch {
      // exited meanwhile
    }
  }
  const out: number[] = []
  const walk = (p: number) => {
    for (const [child, pp] of parent) if (pp === p) out.push(child)
  }
  walk(pid)
  for (let i = 0; i < out.length; i++) walk(out[i]!)
  return out
}

function isNode(pid: number): boolean {
  try {
    return realpathSync(readlinkSync(`/proc/${pid}/exe`)) === NODE
  } catch {
    return false
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

function cmdline(pid: number): string[] {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean)
}

async function healthy(url: string, proc: ChildProcess, logs: () => string): Promise<void> {
  const deadline = Date.now() + 120_000
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`npm start exited (${proc.exitCode}):\n${logs()}`)
    if (Date.now() > deadline) throw new Error(`npm start did not become healthy:\n${logs()}`)
    try {
      if ((await fetch(`${url}/api/health`)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50))
  }
}

const cleanups: (() => unknown)[] = []
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn()
})

describe('npm start', () => {
  it('leaves one Node process serving, with the production flags, and SIGTERM saves first', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'shaffof-start-'))
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }))
    const port = await freePort()
    const url = `http://127.0.0.1:${port}`
    const out: string[] = []
    const npm = spawn('npm', ['start'], {
      cwd: ROOT,
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    npm.stdout?.on('data', (d) => out.push(String(d)))
    npm.stderr?.on('data', (d) => out.push(String(d)))
    const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)))
    cleanups.push(() => {
      if (npm.exitCode === null) {
        for (const pid of descendants(npm.pid!)) process.kill(pid, 'SIGKILL')
        npm.kill('SIGKILL')
      }
    })
    await healthy(url, npm, () => out.join(''))

    const nodes = descendants(npm.pid!).filter(isNode)
    expect(nodes, out.join('')).toHaveLength(1)
    const args = cmdline(nodes[0]!)
    for (const flag of nodeFlags.flags) expect(args).toContain(flag)
    expect(args.at(-1)).toMatch(/scripts[/\\]start\.mjs$/)

    // An edit the debounced save has not written yet; SIGTERM to npm (as a service manager sends it).
    const seeded = await seedReview(url, '1-modda. Maqsad\nUshbu Qonunning maqsadi.\n', ['A'])
    const room = seeded.review.groups[0]!.room
    let clients: StormClient[] = await connectClients(
      `ws://127.0.0.1:${port}/collab`,
      room,
      seeded.adminToken,
      1,
    )
    clients[0]!.doc.getMap('storm').set('kept', 1)
    await new Promise((r) => setTimeout(r, 200))
    // The client stays connected, so only the shutdown can have saved the edit.
    npm.kill('SIGTERM')
    await exited
    // npm forwards the signal and may end before the server has finished saving; wait for the server.
    const deadline = Date.now() + 30_000
    while (alive(nodes[0]!) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
    destroyClients(clients)
    expect(alive(nodes[0]!)).toBe(false)
    expect(out.join('')).toContain('shutting down')

    const app = await startApp({ dataDir, port, embedded: true }) // reads the files npm start wrote
    cleanups.push(() => app.stop())
    clients = await connectClients(`ws://127.0.0.1:${port}/collab`, room, seeded.adminToken, 1)
    cleanups.push(() => destroyClients(clients))
    expect(clients[0]!.doc.getMap('storm').get('kept')).toBe(1)
  }, 180_000)
})
