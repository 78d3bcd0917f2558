import { zipSync } from 'fflate'
import PDFDocument from 'pdfkit'
import { describe, expect, it } from 'vitest'
import { DomainError } from '../../../server/domainErrors.js'
import { statusOf } from '../../../server/errors.js'
import { extractDraftText, IMPORT_LIMITS } from '../../../server/importers/index.js'
import { inspectDocxZip } from '../../../server/importers/zipGuard.js'
import { buildDocx, buildPdf } from './fixtureFiles.js'

const enc = (s: string) => new TextEncoder().encode(s)

/** Expects a domain error answering with the given status and code. */
async function refused(p: Promise<unknown> | (() => unknown), status: number, code?: string) {
  let err: unknown
  try {
    await (typeof p === 'function' ? p() : p)
  } catch (e) {
    err = e
  }
  expect(err).toBeInstanceOf(DomainError)
  expect(statusOf(err as DomainError)).toBe(status)
  if (code) expect((err as DomainError).code).toBe(code)
  expect((err as DomainError).message).toMatch(/^[A-Z].+\.$/)
}

/** A zip whose directories declare `size` uncompressed bytes for its single entry. */
function zipDeclaring(size: number): Uint8Array {
  const zip = zipSync({ 'word/document.xml': enc('<w:document/>') })
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  for (let i = 0; i + 4 <= zip.length; i++) {
    const sig = view.getUint32(i, true)
    if (sig === 0x04034b50) view.setUint32(i + 22, size, true)
    if (sig === 0x02014b50) view.setUint32(i + 24, size, true)
  }
  return zip
}

function scannedPdf(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4' })
  const chunks: Uint8Array[] = []
  doc.on('data', (c) => chunks.push(c))
  const done = new Promise<Uint8Array>((r) => doc.on('end', () => r(new Uint8Array(Buffer.concat(chunks)))))
  doc.rect(50, 50, 400, 600).fill('#777777')
  doc.end()
  return done
}

describe('import limits and bad input', () => {
  it('over 20 MB is 413, before anything is parsed', async () => {
    const bytes = new Uint8Array(IMPORT_LIMITS.maxUploadBytes + 1)
    await refused(extractDraftText({ name: 'big.txt', bytes }), 413, 'too_large')
  })

  it('unsupported types are 415', async () => {
    await refused(extractDraftText({ name: 'virus.exe', bytes: enc('MZ') }), 415, 'unsupported_type')
    await refused(extractDraftText({ name: 'old.doc', bytes: enc('x') }), 415)
    await refused(
      extractDraftText({ name: 'x.docx', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]) }),
      415,
    )
    await refused(extractDraftText({ name: 'noext', type: 'image/png', bytes: enc('x') }), 415)
  })

  it('empty, blank, binary and mislabelled files are 422', async () => {
    await refused(extractDraftText({ name: 'e.txt', bytes: new Uint8Array() }), 422, 'empty_file')
    await refused(extractDraftText({ name: 'e.txt', bytes: enc(' \n\t\n ') }), 422, 'empty_file')
    await refused(extractDraftText({ name: 'b.txt', bytes: new Uint8Array([65, 0, 66]) }), 422, 'not_text')
    await refused(extractDraftText({ name: 'p.pdf', bytes: enc('hello') }), 422, 'corrupt_file')
    await refused(extractDraftText({ name: 'd.docx', bytes: enc('hello') }), 422, 'corrupt_file')
  })

  it('damaged DOCX and PDF files are 422', async () => {
    const docx = await buildDocx('1-modda. Maqsad\nMatn.')
    await refused(
      extractDraftText({ name: 'd.docx', bytes: docx.slice(0, docx.length / 2) }),
      422,
      'corrupt_file',
    )
    const notWord = zipSync({ 'readme.txt': enc('hello') })
    await refused(extractDraftText({ name: 'd.docx', bytes: notWord }), 422, 'corrupt_file')
    const pdf = await buildPdf('Статья 1. Цель\nТекст статьи.')
    await refused(extractDraftText({ name: 'd.pdf', bytes: pdf.slice(0, 400) }), 422)
  })

  it('a scanned PDF without a text layer is 422 and says OCR is not supported', async () => {
    let err: unknown
    try {
      await extractDraftText({ name: 'scan.pdf', bytes: await scannedPdf() })
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(DomainError)
    expect(statusOf(err as DomainError)).toBe(422)
    expect((err as DomainError).code).toBe('no_text_layer')
    expect((err as DomainError).message).toMatch(/OCR is not supported/)
  })

  it('a zip bomb is refused from its central directory, before mammoth runs', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 })
    expect(bomb.length).toBeLessThan(200_000)
    await refused(() => inspectDocxZip(bomb), 422, 'zip_bomb')
    await refused(extractDraftText({ name: 'bomb.docx', bytes: bomb }), 422, 'zip_bomb')
  })

  it('a DOCX that declares more than the unzipped limit is 413', async () => {
    await refused(() => inspectDocxZip(zipDeclaring(0xf0000000)), 413, 'too_large')
    expect(() => inspectDocxZip(zipDeclaring(1000))).not.toThrow()
  })

  it('a conversion that exceeds its time limit is stopped with 422', async () => {
    const docx = await buildDocx('1-modda. Maqsad\nMatn.')
    await refused(extractDraftText({ name: 'd.docx', bytes: docx }, { timeoutMs: 1 }), 422, 'import_timeout')
    const ok = await extractDraftText({ name: 'd.docx', bytes: docx })
    expect(ok.text).toBe('1-modda. Maqsad\nMatn.')
  })

  it('a PDF uploaded under a .txt name is read as a PDF', async () => {
    const got = await extractDraftText({
      name: 'draft.txt',
      bytes: await buildPdf('Статья 1. Цель\nТекст статьи.'),
    })
    expect(got.text).toBe('Статья 1. Цель\nТекст статьи.')
  })
})
