import { DRAFT_LIMITS } from '../../shared/domain/draft.js'

/** Limits on imported files; the upload size limit is the contract's (shared/domain/draft.ts). */
export const IMPORT_LIMITS = {
  maxUploadBytes: DRAFT_LIMITS.maxUploadBytes,
  maxTextChars: DRAFT_LIMITS.maxTextChars,
  /** A DOCX may not declare more than this much uncompressed content. */
  maxUnzippedBytes: 200 * 1024 * 1024,
  /** Ratio above which one large zip entry is treated as a zip bomb. */
  maxEntryRatio: 200,
  /** Entries smaller than this are never suspicious, whatever their ratio (XML compresses well). */
  ratioCheckFromBytes: 5 * 1024 * 1024,
  maxZipEntries: 5_000,
  maxPdfPages: 3_000,
  /** Converter time limits; the worker is killed when they pass. */
  docxTimeoutMs: 30_000,
  pdfTimeoutMs: 90_000,
  /** Heap limit of a converter worker. */
  workerHeapMb: 512,
} as const
