import { z } from 'zod'
import { LanguageTag, LocalizedText } from '../domain/language.js'

/** A list of strings in every language tag (checklist questions). */
export const LocalizedList = z.object({
  en: z.array(z.string().min(1)),
  ru: z.array(z.string().min(1)),
  'uz-Latn': z.array(z.string().min(1)),
  'uz-Cyrl': z.array(z.string().min(1)),
})
export type LocalizedList = z.infer<typeof LocalizedList>

/**
 * Whether a name or text is the official wording ('official') or ours ('working': reconstructed,
 * paraphrased or translated). The UI must label working names as such.
 */
export const WordingStatus = z.enum(['official', 'working'])
export type WordingStatus = z.infer<typeof WordingStatus>

/** Whether a grouping or placement is confirmed by a source ('verified') or our judgement ('inferred'). */
export const PlacementStatus = z.enum(['verified', 'inferred'])
export type PlacementStatus = z.infer<typeof PlacementStatus>

const Id = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9._-]+$/, 'Use letters, digits, ".", "_" or "-" only.')
const HexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour like "#1f77b4".')

/** A legal act or document the pack is based on. */
export const LegalBasis = z.object({
  title: z.string().min(1),
  url: z.url().nullable(),
  verified: z.boolean(),
})

/** A group of factors (e.g. one of the four groups of Uzbekistan's 2021 Regulation). */
export const FactorGroup = z.object({
  id: Id,
  name: LocalizedText,
  color: HexColor,
  status: PlacementStatus,
})
export type FactorGroup = z.infer<typeof FactorGroup>

/** Per-field provenance of a factor; `name` refers to the pack's `sourceLanguage` wording. */
export const FactorVerification = z.object({
  name: WordingStatus,
  description: WordingStatus,
  group: PlacementStatus,
  source: z.string().min(1),
  note: z.string().optional(),
})
export type FactorVerification = z.infer<typeof FactorVerification>

/** An example of a norm with the factor, in one language or in all four. */
export const FactorExample = z.union([
  z.object({ text: z.string().min(1), language: LanguageTag }),
  LocalizedText,
])

/** One corruptogenic factor of a methodology. */
export const Factor = z.object({
  id: Id,
  groupId: Id,
  name: LocalizedText,
  description: LocalizedText,
  questions: LocalizedList,
  example: FactorExample.optional(),
  verification: FactorVerification,
  color: HexColor.optional(),
  /** The clause of the official list, e.g. "3а" of Decree 96, when known. */
  clause: z.string().optional(),
  /** Marker-detector keys whose hits this factor receives (see shared/detector). */
  detectorKeys: z.array(z.string().min(1)).optional(),
})
export type Factor = z.infer<typeof Factor>

/** Field-level checks zod cannot express per field: unique ids and known group references. */
function checkReferences(
  pack: { groups: { id: string }[]; factors: { id: string; groupId: string }[] },
  ctx: z.RefinementCtx,
) {
  const groupIds = new Set<string>()
  pack.groups.forEach((g, i) => {
    if (groupIds.has(g.id))
      ctx.addIssue({ code: 'custom', path: ['groups', i, 'id'], message: `Duplicate group id "${g.id}".` })
    groupIds.add(g.id)
  })
  const factorIds = new Set<string>()
  pack.factors.forEach((f, i) => {
    if (factorIds.has(f.id))
      ctx.addIssue({ code: 'custom', path: ['factors', i, 'id'], message: `Duplicate factor id "${f.id}".` })
    factorIds.add(f.id)
    if (!groupIds.has(f.groupId))
      ctx.addIssue({
        code: 'custom',
        path: ['factors', i, 'groupId'],
        message: `Unknown group "${f.groupId}".`,
      })
  })
}

/** A methodology pack: versioned data, a superset of the contract's `GET /api/methodologies` item. */
export const MethodologyPack = z
  .object({
    id: Id,
    /** The title in `defaultLanguage`, a plain string as the contract wants. */
    title: z.string().min(1),
    titles: LocalizedText,
    version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'Use a semantic version like "1.0.0".'),
    defaultLanguage: LanguageTag,
    /** The language of the official text; `verification.name` refers to names in this language. */
    sourceLanguage: LanguageTag,
    jurisdiction: z.string().min(1),
    /** 'working' while the factor list itself is a reconstruction. */
    status: WordingStatus,
    legalBasis: z.array(LegalBasis).min(1),
    /** The legal basis line a conclusion prints (the acts in force the pack follows), per language. */
    basis: LocalizedText.optional(),
    notes: LocalizedText.optional(),
    groups: z.array(FactorGroup).min(1),
    factors: z.array(Factor).min(1),
  })
  .superRefine(checkReferences)
export type Methodology = z.infer<typeof MethodologyPack>
