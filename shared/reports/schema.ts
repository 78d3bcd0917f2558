/**
 * The report model: everything a writer prints, already resolved into the report's language.
 * The zod schema is the type (style rule 2) and validates the JSON export.
 */
import { z } from 'zod'
import { UnitKind } from '../domain/draft.js'
import { DraftingResponse, FindingStatus, ProposalKind, Risk } from '../domain/finding.js'
import { LanguageTag } from '../domain/language.js'

const Count = z.number().int().nonnegative()

/** A factor as printed: its name and its group's name in the report's language. */
export const ReportFactor = z.object({
  id: z.string(),
  name: z.string(),
  groupId: z.string(),
  groupName: z.string(),
})
export type ReportFactor = z.infer<typeof ReportFactor>

/** One numbered finding of the report, in document order. */
export const ReportFinding = z.object({
  number: z.number().int().positive(),
  id: z.string(),
  unitId: z.string(),
  unitLabel: z.string(),
  /** Offsets into the unit's text (JS string indices, end exclusive), clamped to the text. */
  start: Count,
  end: Count,
  quote: z.string(),
  factors: z.array(ReportFactor),
  risk: Risk,
  status: FindingStatus,
  rationale: z.string(),
  proposal: z.object({ kind: ProposalKind.nullable(), text: z.string() }),
  /** Consolidated scope only: the group findings this one merges. */
  sources: z.array(z.object({ groupId: z.string(), groupName: z.string(), findingId: z.string() })),
  response: DraftingResponse.nullable(),
})
export type ReportFinding = z.infer<typeof ReportFinding>

/** A unit of the draft for the annex (and for W3C selectors); blank units are left out. */
export const ReportUnit = z.object({
  id: z.string(),
  kind: UnitKind,
  label: z.string(),
  parentId: z.string().nullable(),
  text: z.string(),
})
export type ReportUnit = z.infer<typeof ReportUnit>

/** A count per factor group or factor. */
export const NamedCount = z.object({ id: z.string(), name: z.string(), count: Count })

/** The whole report. */
export const ReportModelSchema = z.object({
  schema: z.literal('shaffof.report/1'),
  lang: LanguageTag,
  generatedAt: z.string(),
  title: z.string(),
  scope: z.object({ kind: z.enum(['group', 'consolidated']), name: z.string(), label: z.string() }),
  /** The official form's header: legal basis line, drafting body, outgoing number ('' = fill in by hand). */
  form: z.object({ basis: z.string(), draftingBody: z.string(), outgoingNumber: z.string() }),
  /** Whom the signature block names: the experts (consolidated) or the group's members. */
  signatories: z.array(z.string()),
  /** Notices printed under the summary (working names, translated names, how articles count). */
  notices: z.array(z.string()),
  /** Whether the annotated copy of the draft is appended. */
  annex: z.boolean(),
  act: z.object({
    title: z.string(),
    language: LanguageTag,
    versionId: z.string(),
    versionNumber: z.number().int().nullable(),
    date: z.string(),
  }),
  review: z.object({
    title: z.string(),
    date: z.string(),
    pack: z.object({ id: z.string(), title: z.string(), version: z.string() }),
    groups: z.array(z.object({ id: z.string(), name: z.string() })),
    experts: z.array(z.string()),
    members: z.array(z.string()),
  }),
  summary: z.object({
    findings: Count,
    /** Findings with status `rejected`, left out of the report. */
    rejectedOmitted: Count,
    untagged: Count,
    byRisk: z.object({ high: Count, medium: Count, low: Count }),
    byFactorGroup: z.array(NamedCount),
    byFactor: z.array(NamedCount.extend({ groupId: z.string() })),
    articles: z.object({ total: Count, checked: Count, withFindings: Count, unreviewed: Count }),
    responses: z.object({ accepted: Count, partly: Count, rejected: Count }),
  }),
  findings: z.array(ReportFinding),
  conclusion: z.array(z.string()),
  units: z.array(ReportUnit),
})
/** The report model every writer takes. */
export type ReportModel = z.infer<typeof ReportModelSchema>
