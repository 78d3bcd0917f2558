import { unzipSync } from 'fflate'
import { DomainError, tooLarge, unprocessable } from '../domainErrors.js'
import { IMPORT_LIMITS } from './limits.js'
import { assertDeclaredSizes } from './zipInflateCheck.js'

/**
 * Reads a DOCX's zip central directory (nothing is decompressed) and refuses archives that are
 * not Word documents or that declare absurd sizes: more than the unzipped limit in total (413)
 * or one big entry compressed beyond any real document's ratio, i.e. a zip bomb (422).
 */
export function inspectDocxZip(bytes: Uint8Array): void {
  let total = 0
  let entries = 0
  let hasDocument = false
  try {
    unzipSync(bytes, {
      filter(file) {
        entries++
        total += file.originalSize
        if (file.name === 'word/document.xml') hasDocument = true
        if (entries > IMPORT_LIMITS.maxZipEntries)
          throw unprocessable('The Word document has too many parts.', 'zip_bomb')
        if (total > IMPORT_LIMITS.maxUnzippedBytes) {
          throw tooLarge(
            `The Word document expands to more than ${IMPORT_LIMITS.maxUnzippedBytes / 1024 / 1024} MB.`,
          )
        }
        const ratio = file.originalSize / Math.max(1, file.size)
        if (file.originalSize >= IMPORT_LIMITS.ratioCheckFromBytes && ratio > IMPORT_LIMITS.maxEntryRatio) {
          throw unprocessable(
            'The Word document is compressed suspiciously well (a zip bomb); it was refused.',
            'zip_bomb',
          )
        }
        return false
      },
    })
  } catch (err) {
    if (err instanceof DomainError) throw err
    throw unprocessable('The file is not a valid .docx (its zip structure is damaged).', 'corrupt_file')
  }
  if (!hasDocument) throw unprocessable('The file is a zip archive but not a Word document.', 'corrupt_file')
  // The sizes above are the archive's own claims; check them against what really inflates.
  assertDeclaredSizes(bytes)
}
