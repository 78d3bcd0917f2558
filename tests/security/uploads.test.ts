/**
 * Issue 11, hostile uploads against the real server process: files over 20 MB (413), zip bombs
 * dressed as .docx (honest sizes, lying sizes, thousands of entries) and non-zip "docx" files. Each
 * is refused with a 4xx quickly, creates no draft, keeps the server's memory bounded, and leaves the
 * server up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningApp, setupAdmin, startApp } from '../e2e/harness.js'
import {
  errorBodyProblem,
  multipartBody,
  processMemoryMb,
  type RawResponse,
  rawRequest,
  recordFigures,
} from './kit.js'
import { docxBomb, manyEntriesDocx, withLyingSizes } from './zipBomb.js'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const BOMB_MB = 300

let app: RunningApp
let token: string
let bomb: Uint8Array
const figures: string[] = []

function upload(name: string, bytes: Uint8Array, type: string): Promise<RawResponse> {
  const { body, contentType } = multipartBody({ name, type, bytes }, { title: 'Hostile upload' })
  return rawRequest(app.url, 'POST', '/api/drafts', {
    headers: {
      Authorization: `Bearer ${token}`,
      'Content-Type': contentType,
      'Content-Length': String(body.length),
    },
    body,
  })
}

async function draftCount(): Promise<number> {
  const res = await rawRequest(app.url, 'GET', '/api/drafts', {
    headers: { Authorization: `Bearer ${token}` },
  })
  return (JSON.parse(res.text) as unknown[]).length
}

/** Upload, then check: the expected 4xx, the contract body, no new draft, server healthy. */
async function expectRefused(
  label: string,
  name: string,
  bytes: Uint8Array,
  type: string,
  statuses: number[],
): Promise<void> {
  const before = await draftCount()
  const memBefore = processMemoryMb(app.proc.pid!)
  const res = await upload(name, bytes, type)
  const memAfter = processMemoryMb(app.proc.pid!)
  figures.push(
    `${label}: ${(bytes.length / 1024).toFixed(0)} KiB sent → ${res.status} in ${res.ms.toFixed(0)} ms; server peak RSS ${memBefore.peak.toFixed(0)} → ${memAfter.peak.toFixed(0)} MiB`,
  )
  expect(statuses).toContain(res.status)
  expect(errorBodyProblem(res)).toBeNull()
  expect(await draftCount()).toBe(before)
  expect((await rawRequest(app.url, 'GET', '/api/health')).status).toBe(200)
  // Memory bounded: a refused file may cost a few copies of its own bytes, never its inflated size
  // (the bombs inflate to 300 MiB; the peak may grow by at most 4 × upload + 64 MiB of slack).
  expect(memAfter.peak - memBefore.peak).toBeLessThan((4 * bytes.length) / 1024 / 1024 + 64)
  expect(res.ms).toBeLessThan(10_000)
}

beforeAll(async () => {
  app = await startApp()
  token = await setupAdmin(app.url)
  bomb = docxBomb(BOMB_MB)
}, 120_000)

afterAll(async () => {
  recordFigures('hostile uploads', figures)
  await app?.stop()
})

describe('hostile uploads (real server)', () => {
  it(`refuses a zip bomb (${BOMB_MB} MiB inflated) disguised as .docx`, async () => {
    expect(bomb.length).toBeLessThan(1024 * 1024)
    await expectRefused(
      `docx bomb, honest sizes (${BOMB_MB} MiB inflated)`,
      'law.docx',
      bomb,
      DOCX,
      [413, 422],
    )
  })

  it('refuses a zip bomb whose central directory lies about its size', async () => {
    const lying = withLyingSizes(bomb, BOMB_MB)
    await expectRefused(
      `docx bomb, lying sizes (${BOMB_MB} MiB inflated, claims 40 kB)`,
      'law.docx',
      lying,
      DOCX,
      [413, 422],
    )
  })

  it('refuses a docx with thousands of entries, and a "docx" that is not a zip', async () => {
    await expectRefused('docx with 20 000 entries', 'many.docx', manyEntriesDocx(20_000), DOCX, [413, 422])
    await expectRefused(
      'not a zip',
      'fake.docx',
      new TextEncoder().encode('<script>alert(1)</script>'.repeat(100)),
      DOCX,
      [415, 422],
    )
  })

  // Last: these raise the peak RSS that the bomb checks above measure against.
  it('refuses files over 20 MB with 413', async () => {
    const justOver = new Uint8Array(20 * 1024 * 1024 + 1024).fill(0x61)
    await expectRefused('20 MiB + 1 KiB .txt', 'big.txt', justOver, 'text/plain', [413])
    const wayOver = new Uint8Array(40 * 1024 * 1024).fill(0x61)
    await expectRefused('40 MiB .txt', 'huge.txt', wayOver, 'text/plain', [413])
  })
})
