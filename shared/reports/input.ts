/** What `buildReport` needs; the api layer gathers it from lowdb, the rooms and the pack. */
import type { ChecklistMark } from '../collab/roomDoc.js'
import type { Unit } from '../domain/draft.js'
import type { Finding } from '../domain/finding.js'
import type { LanguageTag, LocalizedText } from '../domain/language.js'

/**
 * The parts of a methodology pack a report prints. Structural, so a `Methodology` from
 * `shared/methodology` fits without this module depending on it.
 */
export type ReportPack = {
  id: string
  title: string
  /** Titles per language, used when present. */
  titles?: LocalizedText
  version: string
  /** 'working' while the factor list is a reconstruction; working names then carry a notice. */
  status?: 'official' | 'working'
  /** The language of the official wording; names in any other language are translations. */
  sourceLanguage?: LanguageTag
  /** The legal basis line of the conclusion's form: the acts the pack names, per language. */
  basis?: LocalizedText
  groups: readonly { id: string; name: LocalizedText }[]
  factors: readonly {
    id: string
    groupId: string
    name: LocalizedText
    verification?: { name: 'official' | 'working' }
  }[]
}

/** Fields of the conclusion's form the person exporting fills in, and layout choices. */
export type ReportOptions = {
  /** The drafting body the conclusion is addressed to; a blank line to fill in by hand when empty. */
  draftingBody?: string
  /** The outgoing number; a blank line when empty. */
  outgoingNumber?: string
  /** Whether to append the annotated copy of the draft. */
  annex?: boolean
}

/** Everything a report is built from. */
export type ReportInput = {
  lang: LanguageTag
  /** One group's findings (`name` = group name) or the experts' consolidated set. */
  scope: { kind: 'group' | 'consolidated'; name: string }
  /** A group report: the people who wrote it (participants of the group and authors of its findings). */
  members?: readonly string[]
  draft: {
    title: string
    language: LanguageTag
    versionNumber: number | null
    versionId: string
    versionCreatedAt: string
    units: readonly Unit[]
  }
  review: {
    title: string
    createdAt: string
    groups: readonly { id: string; name: string }[]
    experts: readonly string[]
  }
  pack: ReportPack
  /** The scope's findings (rejected ones are counted, then left out unless `includeRejected`). */
  findings: readonly Finding[]
  /** The scope's article checklist (`checklist` map of its room). */
  checklist: Readonly<Record<string, ChecklistMark>>
  generatedAt: string
  includeRejected?: boolean
  options?: ReportOptions
}
