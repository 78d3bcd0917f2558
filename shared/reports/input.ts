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
  groups: readonly { id: string; name: LocalizedText }[]
  factors: readonly { id: string; groupId: string; name: LocalizedText }[]
}

/** Everything a report is built from. */
export type ReportInput = {
  lang: LanguageTag
  /** One group's findings (`name` = group name) or the experts' consolidated set. */
  scope: { kind: 'group' | 'consolidated'; name: string }
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
}
