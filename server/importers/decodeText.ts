import { unprocessable } from '../domainErrors.js'

/**
 * Decodes the bytes of a .txt/.md/.html upload: UTF-8 (with or without BOM), UTF-16 with a BOM,
 * or Windows-1251 for legacy Russian and Uzbek Cyrillic files. Binary data is refused (422).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes
  if (body.includes(0))
    throw unprocessable('The file is not a text file (it contains binary data).', 'not_text')
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body)
  } catch {
    return new TextDecoder('windows-1251').decode(body)
  }
}
