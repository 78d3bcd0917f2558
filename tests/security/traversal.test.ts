/**
 * Issue 11, path traversal against the real server: room names on the WebSocket (`..%2F..%2Fetc`,
 * NUL, over-long, dot segments) are refused with 4400 without touching the disk, and static-file and
 * API paths never serve anything from outside the built client (no /etc/passwd, no data files, no
 * sources).
 */
import { readdirSync, statSync } from 'node:fs'
import { connect } from 'node:net'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningApp, type SeededReview, seedReview, startApp } from '../e2e/harness.js'
import { openRaw } from '../helpers/wsClient.js'
import { errorBodyProblem, rawRequest, recordFigures } from './kit.js'

const ENCODED_ROOMS = [
  '..%2F..%2Fetc',
  '..%2F..%2Fetc%2Fpasswd',
  '..%2f..%2f..%2fmeta',
  '%2e%2e%2f%2e%2e%2fetc',
  '..%5C..%5Cetc',
  'rv.x%2F..%2F..%2Fmeta.json',
  'a%00b',
  '%00',
  'room%20name',
  '%C0%AE%C0%AE',
  '%F0%9F%92%A9',
  'a'.repeat(129),
]

/** Paths a WebSocket client would normalise away, so they are sent as raw upgrades. */
const LITERAL_PATHS = [
  '/collab/../../etc/passwd',
  '/collab/./../meta',
  '/collab/..',
  '/collab/.',
  '/collab/%2e%2e',
  '/collab/%2e',
  '/collab/%2e%2e%2f%2e%2e%2fetc',
  '/collab//etc/passwd',
  '/collab/\\..\\..\\etc',
]

/** Answers that leak something from outside the client build. */
const LEAKS = /root:x:0:0|"passwordHash"|"tokenHash"|"name":\s*"shaffof"|createRoomManager|SHYR/

let app: RunningApp
let seeded: SeededReview

/** Every file under `dir` with its size and mtime (to prove nothing was written). */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (!p.endsWith('meta.json')) out.set(p, `${statSync(p).size}:${statSync(p).mtimeMs}`)
    }
  }
  walk(dir)
  return out
}

/**
 * Send a raw WebSocket upgrade with the path byte for byte. Resolves with the HTTP status and, after
 * a 101, the close code of the server's first (close) frame.
 */
function rawUpgrade(path: string, token: string): Promise<{ status: number; closeCode?: number }> {
  return new Promise((resolve, reject) => {
    const socket = connect(app.port, '127.0.0.1', () => {
      socket.write(
        `GET ${path}?token=${token} HTTP/1.1\r\nHost: 127.0.0.1:${app.port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
      )
    })
    let data = Buffer.alloc(0)
    const finish = (v: { status: number; closeCode?: number }) => {
      socket.destroy()
      resolve(v)
    }
    socket.on('data', (d: Buffer) => {
      data = Buffer.concat([data, d])
      const headEnd = data.indexOf('\r\n\r\n')
      if (headEnd < 0) return
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(data.toString('latin1'))?.[1] ?? 0)
      if (status !== 101) return finish({ status })
      const frame = data.subarray(headEnd + 4)
      // The server's first frame after a refusal is a close frame: 0x88, length, 2-byte code.
      if (frame.length >= 4 && frame[0] === 0x88) finish({ status, closeCode: frame.readUInt16BE(2) })
    })
    socket.on('error', reject)
    socket.setTimeout(10_000, () => reject(new Error(`no answer to upgrade ${path}`)))
  })
}

beforeAll(async () => {
  app = await startApp()
  seeded = await seedReview(app.url, '1-modda. Maqsad\nUshbu Qonunning maqsadi.\n', ['A'])
}, 120_000)

afterAll(async () => {
  await app?.stop()
})

describe('path traversal', () => {
  it('refuses hostile room names with 4400 and writes nothing', async () => {
    const before = snapshot(app.dataDir)
    const outsideBefore = new Set(readdirSync(dirname(app.dataDir)))
    const codes: number[] = []
    for (const name of ENCODED_ROOMS) {
      const { closed } = openRaw(`ws://127.0.0.1:${app.port}/collab/${name}?token=${seeded.adminToken}`)
      codes.push((await closed).code)
    }
    expect(codes).toEqual(ENCODED_ROOMS.map(() => 4400))
    // Literal dot segments: refused after the handshake (4400/4404) or not upgraded at all — never a room.
    const literal: string[] = []
    for (const path of LITERAL_PATHS) {
      const answer = await rawUpgrade(path, seeded.adminToken)
      literal.push(`${path} → ${answer.status}${answer.closeCode ? `/${answer.closeCode}` : ''}`)
      if (answer.status === 101) expect([4400, 4404], path).toContain(answer.closeCode)
      else expect(answer.status, path).toBeLessThan(500)
    }
    const after = snapshot(app.dataDir)
    expect([...after.keys()].filter((k) => before.get(k) !== after.get(k))).toEqual([])
    // Nothing appeared next to the data folder either (where `../` would land).
    const appeared = readdirSync(dirname(app.dataDir)).filter((n) => !outsideBefore.has(n))
    expect(appeared.filter((n) => /ybin|etc|passwd|meta/.test(n))).toEqual([])
    recordFigures('traversal / room names', [
      `${ENCODED_ROOMS.length} encoded names → 4400 each; literal dot-segment upgrades: ${literal.join('; ')}`,
    ])
  })

  it('never serves files from outside the client build', async () => {
    const paths = [
      '/../../../../etc/passwd',
      '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      '/..%2fpackage.json',
      '/%2e%2e/package.json',
      '/..%5c..%5cpackage.json',
      '/assets/..%252f..%252fpackage.json',
      '/index.html%00.js',
      '/%2e%2e/server/collab/registry.ts',
      `/..%2f..%2f..%2f..%2f..%2f..%2f${encodeURIComponent(app.dataDir.slice(1))}%2fmeta.json`,
      `/%2e%2e/${app.dataDir.split('/').pop()}/meta.json`,
      '/api/../../etc/passwd',
      '/api/drafts/..%2f..%2f..%2fetc%2fpasswd',
      '/api/reviews/%2e%2e%2f%2e%2e/report?scope=consolidated&format=html',
      '/api/drafts/%00',
      '/api/drafts/..%00',
    ]
    const index = (await rawRequest(app.url, 'GET', '/')).text
    const statuses: string[] = []
    for (const path of paths) {
      const res = await rawRequest(app.url, 'GET', path, {
        headers: { Authorization: `Bearer ${seeded.adminToken}` },
      })
      statuses.push(`${res.status}`)
      expect(res.status, path).toBeLessThan(500)
      expect(res.text, path).not.toMatch(LEAKS)
      // A 200 outside the API can only be the app's own page (the SPA fallback), never another file.
      if (res.status === 200 && !path.startsWith('/api/')) expect(res.text, path).toBe(index)
      if (path.startsWith('/api/') && res.status >= 400) expect(errorBodyProblem(res), path).toBeNull()
    }
    recordFigures('traversal / static and API paths', [
      `${paths.length} paths, statuses ${statuses.join(' ')}, 0 leaks`,
    ])
  })
})
