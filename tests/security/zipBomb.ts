/**
 * Zip bombs dressed as Word documents, built with fflate's streaming zip so the test never holds the
 * inflated bytes: a `word/document.xml` of hundreds of MiB of one repeated byte deflates to a few
 * hundred KiB. Variants: honest sizes in the central directory; sizes that lie (the directory claims
 * a small entry, so only actually inflating reveals the bomb); and thousands of tiny entries.
 */
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate'

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'

function collect(build: (zip: Zip) => void): Uint8Array {
  const chunks: Uint8Array[] = []
  let done = false
  const zip = new Zip((err, data, final) => {
    if (err) throw err
    chunks.push(data)
    if (final) done = true
  })
  build(zip)
  zip.end()
  if (!done) throw new Error('zip did not finish synchronously')
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

function addSmall(zip: Zip, name: string, text: string): void {
  const f = new ZipPassThrough(name)
  zip.add(f)
  f.push(strToU8(text), true)
}

/** A .docx whose document.xml inflates to `inflatedMb` MiB (one byte repeated). */
export function docxBomb(inflatedMb: number): Uint8Array {
  return collect((zip) => {
    addSmall(zip, '[Content_Types].xml', CONTENT_TYPES)
    addSmall(zip, '_rels/.rels', RELS)
    const doc = new ZipDeflate('word/document.xml', { level: 6 })
    zip.add(doc)
    const chunk = new Uint8Array(1024 * 1024).fill(0x20)
    for (let i = 0; i < inflatedMb; i++) doc.push(chunk, i === inflatedMb - 1)
  })
}

/**
 * A copy of `bomb` (from `docxBomb(inflatedMb)`) with the uncompressed size of document.xml rewritten
 * to `claimedBytes` in the central directory and the data descriptor, so a size check that trusts the
 * directory lets it through and only inflating reveals it.
 */
export function withLyingSizes(bomb: Uint8Array, inflatedMb: number, claimedBytes = 40_000): Uint8Array {
  const zip = bomb.slice()
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const real = inflatedMb * 1024 * 1024
  let patched = 0
  for (let i = 0; i + 46 <= zip.length; i++) {
    const sig = view.getUint32(i, true)
    if (sig === 0x02014b50 && view.getUint32(i + 24, true) === real) {
      view.setUint32(i + 24, claimedBytes, true) // central directory: uncompressed size
      patched++
    } else if (sig === 0x08074b50 && view.getUint32(i + 12, true) === real) {
      view.setUint32(i + 12, claimedBytes, true) // data descriptor: uncompressed size
      patched++
    }
  }
  if (patched < 1) throw new Error('could not find the size fields to patch')
  return zip
}

/** A .docx with `entries` tiny parts (a directory bomb). */
export function manyEntriesDocx(entries: number): Uint8Array {
  return collect((zip) => {
    addSmall(zip, '[Content_Types].xml', CONTENT_TYPES)
    addSmall(zip, 'word/document.xml', '<w:document/>')
    for (let i = 0; i < entries; i++) addSmall(zip, `word/media/x${i}.xml`, 'x')
  })
}
