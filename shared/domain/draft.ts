import { z } from 'zod'
import { LanguageTag } from './language.js'

/** A unit's role in the hierarchy, whatever the draft calls it (contract: Drafts). */
export const UNIT_KINDS = [
  'division',
  'article',
  'part',
  'point',
  'subpoint',
  'annex',
  'preamble',
  'text',
] as const
export const UnitKind = z.enum(UNIT_KINDS)
export type UnitKind = z.infer<typeof UnitKind>

/** One structural unit of a draft version; `text` is the unit's own text only. */
export const Unit = z.object({
  id: z.string(),
  kind: UnitKind,
  number: z.string().nullable(),
  label: z.string(),
  parentId: z.string().nullable(),
  text: z.string(),
})
export type Unit = z.infer<typeof Unit>

/** One version of a draft as the lists name it. */
export const DraftVersionRef = z.object({ id: z.string(), number: z.number().int(), createdAt: z.string() })
export type DraftVersionRef = z.infer<typeof DraftVersionRef>

/** A draft at one immutable version, as `GET /api/drafts/:id` returns it. */
export const DraftView = z.object({
  id: z.string(),
  title: z.string(),
  language: LanguageTag,
  versionId: z.string(),
  versionNumber: z.number().int().optional(),
  /** every version of the draft, oldest first */
  versions: z.array(DraftVersionRef).optional(),
  /** how many units of each kind the version has */
  counts: z.record(z.string(), z.number()).optional(),
  units: z.array(Unit),
  /** present (true) only on archived drafts */
  archived: z.boolean().optional(),
})
export type DraftView = z.infer<typeof DraftView>

export const DraftSummary = z.object({
  id: z.string(),
  title: z.string(),
  language: LanguageTag,
  createdAt: z.string(),
  versions: z.array(DraftVersionRef),
  /** present (true) only on archived drafts */
  archived: z.boolean().optional(),
})
export type DraftSummary = z.infer<typeof DraftSummary>

/** Limits on drafts (bytes / characters). */
export const DRAFT_LIMITS = {
  maxUploadBytes: 20 * 1024 * 1024,
  maxTextChars: 5_000_000,
  maxTitleChars: 500,
} as const
