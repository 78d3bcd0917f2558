/** The methodology list item as `GET /api/methodologies` returns it (contract + our extensions). */
import { z } from 'zod'
import { LegalBasis, PlacementStatus, WordingStatus } from '../methodology/schema.js'
import { LanguageTag, LocalizedText } from './language.js'

/** A factor group without its pack-only fields. */
export const MethodologyGroupView = z.object({
  id: z.string(),
  name: LocalizedText,
  color: z.string(),
  status: PlacementStatus,
})

/** A factor as the list shows it: `workingName` marks a name that is ours, not the official wording. */
export const MethodologyFactorView = z.object({
  id: z.string(),
  groupId: z.string(),
  name: LocalizedText,
  description: LocalizedText,
  workingName: z.boolean(),
  color: z.string().optional(),
})

/** One methodology pack's newest version, without checklist questions, examples and detector keys. */
export const MethodologySummary = z.object({
  id: z.string(),
  title: z.string(),
  titles: LocalizedText,
  version: z.string(),
  status: WordingStatus,
  /** The language of the official wording; names in other languages are translations. */
  sourceLanguage: LanguageTag,
  jurisdiction: z.string(),
  legalBasis: z.array(LegalBasis),
  notes: LocalizedText.optional(),
  groups: z.array(MethodologyGroupView),
  factors: z.array(MethodologyFactorView),
})
export type MethodologySummary = z.infer<typeof MethodologySummary>
