/**
 * Shared tools of the hostile-input suite: a seeded PRNG (a failure replays from its seed), raw HTTP
 * requests that keep `..` and `%2e` in the path (fetch would normalise them away), the contract's
 * error-body check, the server process's memory from /proc, and a figures log the lead copies into
 * docs/reliability.md.
 */
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs'
import { request } from 'node:http'
import { join } from 'node:path'

/** Deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A raw HTTP response. */
export type RawResponse = {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
  ms: number
}

/** One HTTP request with the path sent byte for byte as given. */
export function rawRequest(
  baseUrl: string,
  method: string,
  path: string,
  opts: { headers?: Record<string, string>; body?: string | Uint8Array; timeoutMs?: number } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl)
  const started = performance.now()
  return new Promise((resolve, reject) => {
    // A fresh connection per request: a server that refused a body early may close a kept-alive one.
    let responded = false
    const req = request({ hostname, port, method, path, headers: opts.headers, agent: false }, (res) => {
      responded = true
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: Buffer.concat(chunks).toString('utf8'),
          ms: performance.now() - started,
        })
        req.destroy() // a refused body may be half sent; this connection is done either way
      })
      res.on('error', reject)
    })
    req.setTimeout(opts.timeoutMs ?? 30_000, () => req.destroy(new Error(`timeout: ${method} ${path}`)))
    req.on('error', (err: NodeJS.ErrnoException) => {
      // A server that refuses a big body (413) answers and closes before the body is all sent: the
      // write then fails with EPIPE/ECONNRESET although the answer arrived. Judge by the answer.
      if (!responded) reject(err)
    })
    if (opts.body === undefined) {
      req.end()
      return
    }
    // In slices, respecting backpressure, and no more once the server has answered. A big body waits
    // a moment first, as curl does with `Expect: 100-continue`: a server that refuses by the declared
    // length answers at once, and a client still streaming 40 MB would lose that answer to the reset
    // that closing with unread data sends.
    const body = typeof opts.body === 'string' ? Buffer.from(opts.body) : opts.body
    let sent = 0
    const pump = (): void => {
      while (sent < body.length && !responded) {
        const slice = body.subarray(sent, sent + 256 * 1024)
        sent += slice.length
        if (!req.write(slice)) {
          req.once('drain', pump)
          return
        }
      }
      if (!responded) req.end()
    }
    req.flushHeaders()
    setTimeout(pump, body.length > 1024 * 1024 ? 300 : 0)
  })
}

/** The problem with an error response, or null when it carries `{"error": {"code", "message"}}`. */
export function errorBodyProblem(res: { status: number; text: string }): string | null {
  let body: unknown
  try {
    body = JSON.parse(res.text)
  } catch {
    return `status ${res.status} with a non-JSON body: ${res.text.slice(0, 120)}`
  }
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error
  if (!error || typeof error.code !== 'string' || !/^[a-z][a-z0-9_]*$/.test(error.code))
    return `no snake_case error.code: ${res.text.slice(0, 160)}`
  if (typeof error.message !== 'string' || !error.message)
    return `no error.message: ${res.text.slice(0, 160)}`
  if (/\n\s+at |node_modules|\.ts:\d+/.test(res.text)) return `stack trace leaked: ${res.text.slice(0, 160)}`
  return null
}

/** Resident and peak memory (MiB) of a process, from /proc (Linux). */
export function processMemoryMb(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN)
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 }
}

/** Print figures and append them to `.tmp/reliability.log` (the lead copies them into the docs). */
export function recordFigures(scenario: string, lines: string[]): void {
  const text = `${scenario}: ${lines.join('\n  ')}`
  const dir = join(import.meta.dirname, '..', '..', '.tmp')
  mkdirSync(dir, { recursive: true })
  appendFileSync(join(dir, 'reliability.log'), `${new Date().toISOString()} ${text}\n`)
  console.log(text)
}

/** A multipart/form-data body with one `file` field plus text fields. */
export function multipartBody(
  file: { name: string; type: string; bytes: Uint8Array },
  fields: Record<string, string> = {},
): { body: Uint8Array; contentType: string } {
  const boundary = `----shaffof${Math.random().toString(36).slice(2)}`
  const parts: (string | Uint8Array)[] = []
  for (const [name, value] of Object.entries(fields))
    parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
  parts.push(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
    file.bytes,
    `\r\n--${boundary}--\r\n`,
  )
  const body = Buffer.concat(
    parts.map((p) =>
      typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p.buffer, p.byteOffset, p.byteLength),
    ),
  )
  return { body, contentType: `multipart/form-data; boundary=${boundary}` }
}

/** Count of each status in a list (for the figures). */
export function statusHistogram(statuses: number[]): string {
  const counts = new Map<number, number>()
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1)
  return [...counts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([s, n]) => `${s}×${n}`)
    .join(' ')
}
