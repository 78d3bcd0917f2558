/**
 * Issue 15: a response sent before the request body was read (413 for an oversized body, 401 for an
 * upload without a session) carries `Connection: close`, so a pooled keep-alive client (Node's fetch,
 * undici's pool) never sends its next request on a socket the server is about to drop. Without it the
 * request right after a 2 MiB 413 failed with UND_ERR_SOCKET.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeApp } from './helpers.js'
import { type ServedApp, serveApp } from './serveApp.js'

let served: ServedApp

beforeAll(async () => {
  served = await serveApp(await makeApp({ authAttemptsPerMinute: 10_000 }))
})
afterAll(async () => {
  await served.close()
})

/** One request on fetch's keep-alive pool: status and Connection header, or the socket error. */
async function send(path: string, init: RequestInit = {}): Promise<string> {
  try {
    const res = await fetch(served.httpUrl + path, init)
    await res.arrayBuffer()
    return `${res.status} ${res.headers.get('connection')}`
  } catch (err) {
    return `failed: ${(err as { cause?: { code?: string } }).cause?.code ?? String(err)}`
  }
}

const body = (mib: number) => new Uint8Array(mib * 1024 * 1024)

describe('keep-alive clients and bodies the server did not read', () => {
  it('a 413 says Connection: close and the requests after it on the pool all succeed', async () => {
    for (const mib of [2, 8]) {
      for (let round = 0; round < 3; round++) {
        const json = { 'Content-Type': 'application/json' }
        expect(await send('/api/login', { method: 'POST', headers: json, body: body(mib) })).toBe('413 close')
        for (let i = 0; i < 3; i++) expect(await send('/api/health')).toBe('200 keep-alive')
      }
    }
  })

  it('a 401 on an upload without a session says Connection: close; the pool carries on', async () => {
    const multipart = { 'Content-Type': 'multipart/form-data; boundary=x' }
    for (let round = 0; round < 3; round++) {
      expect(await send('/api/drafts', { method: 'POST', headers: multipart, body: body(2) })).toBe(
        '401 close',
      )
      expect(await send('/api/health')).toBe('200 keep-alive')
    }
  })

  it('a body the handler read keeps the connection alive, even when the answer is an error', async () => {
    const wrong = JSON.stringify({ name: 'nobody', password: 'wrong password' })
    const json = { 'Content-Type': 'application/json' }
    expect(await send('/api/login', { method: 'POST', headers: json, body: wrong })).toBe('401 keep-alive')
  })
})
