/**
 * The central directory's sizes are only claims. This inflates every deflated entry with native zlib,
 * capped at the size the directory declares for it: an entry that inflates to more than it claims is a
 * disguised zip bomb (a 2 MB upload claiming 40 kB per entry once inflated to 2 GB in the converter).
 * Memory stays within the declared sizes, which `inspectDocxZip` has already capped.
 */
import { inflateRawSync } from 'node:zlib'
import { unprocessable } from '../domainErrors.js'

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_HEADER = 0x04034b50
const DEFLATE = 8

const corrupt = () =>
  unprocessable('The file is not a valid .docx (its zip structure is damaged).', 'corrupt_file')

function endOfDirectory(view: DataView): number {
  const last = view.byteLength - 22
  for (let i = last; i >= Math.max(0, last - 0xffff); i--)
    if (view.getUint32(i, true) === END_OF_DIRECTORY) return i
  throw corrupt()
}

/** Throws a 422 when a deflated entry inflates to more than its declared size (or cannot be inflated). */
export function assertDeclaredSizes(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const eocd = endOfDirectory(view)
  const count = view.getUint16(eocd + 10, true)
  let at = view.getUint32(eocd + 16, true)
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw corrupt()
    const method = view.getUint16(at + 10, true)
    const compressed = view.getUint32(at + 20, true)
    const declared = view.getUint32(at + 24, true)
    const local = view.getUint32(at + 42, true)
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    if (method !== DEFLATE) continue // stored entries are no bigger than their bytes
    if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER) throw corrupt()
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    try {
      inflateRawSync(bytes.subarray(start, start + compressed), { maxOutputLength: Math.max(1, declared) })
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
        throw unprocessable(
          'The Word document inflates to more than it declares (a zip bomb); it was refused.',
          'zip_bomb',
        )
      }
      throw corrupt()
    }
  }
}
