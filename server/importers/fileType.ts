import { unprocessable, unsupportedType } from '../domainErrors.js'

/** The formats drafts are imported from. */
export type DraftFileKind = 'docx' | 'pdf' | 'html' | 'md' | 'txt'

const BY_EXTENSION: Record<string, DraftFileKind> = {
  docx: 'docx',
  pdf: 'pdf',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  md: 'md',
  markdown: 'md',
  txt: 'txt',
  text: 'txt',
}
const BY_MIME: Record<string, DraftFileKind> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/pdf': 'pdf',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/markdown': 'md',
  'text/x-markdown': 'md',
  'text/plain': 'txt',
}
const KNOWN_UNSUPPORTED: Record<string, string> = {
  doc: 'Old Word .doc files are not supported; save the draft as .docx.',
  rtf: 'RTF files are not supported; save the draft as .docx.',
  odt: 'ODT files are not supported; save the draft as .docx.',
}

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v)
const isZip = (b: Uint8Array) => startsWith(b, [0x50, 0x4b, 0x03, 0x04])
const isPdf = (b: Uint8Array) => new TextDecoder('latin1').decode(b.subarray(0, 1024)).includes('%PDF-')
const isOle = (b: Uint8Array) => startsWith(b, [0xd0, 0xcf, 0x11, 0xe0])

/**
 * Decides how to read an upload from its name, its declared type and its first bytes. An
 * unknown or unsupported format is 415; a file whose bytes contradict its name is 422.
 */
export function draftFileKind(name: string, type: string | undefined, bytes: Uint8Array): DraftFileKind {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? ''
  if (KNOWN_UNSUPPORTED[ext]) throw unsupportedType(KNOWN_UNSUPPORTED[ext])
  const mime = (type ?? '').split(';')[0].trim().toLowerCase()
  const kind = BY_EXTENSION[ext] ?? BY_MIME[mime]
  if (!kind) throw unsupportedType('Unsupported file type; upload a .docx, .pdf, .html, .md or .txt file.')
  if (isOle(bytes)) throw unsupportedType(KNOWN_UNSUPPORTED.doc)
  if (kind === 'docx' && !isZip(bytes))
    throw unprocessable('The file is not a valid .docx document.', 'corrupt_file')
  if (kind === 'pdf' && !isPdf(bytes))
    throw unprocessable('The file is not a valid PDF document.', 'corrupt_file')
  // A text-named upload whose bytes are a PDF or DOCX is read as what it really is.
  if (kind !== 'pdf' && kind !== 'docx' && isPdf(bytes)) return 'pdf'
  if (kind !== 'pdf' && kind !== 'docx' && isZip(bytes))
    throw unprocessable('The file is a zip archive, not text.', 'not_text')
  return kind
}
