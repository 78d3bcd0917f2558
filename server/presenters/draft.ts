/** Public shapes of drafts. */
import type { DraftSummary, DraftView, Unit } from '../../shared/domain/draft.js'
import type { DraftRecord, VersionRecord } from '../storage/metaTypes.js'

/** The list item of `GET /api/drafts`. */
export function presentDraftSummary(d: DraftRecord): DraftSummary {
  return {
    id: d.id,
    title: d.title,
    language: d.language,
    createdAt: d.createdAt,
    versions: d.versions.map((v) => ({ id: v.id, number: v.number, createdAt: v.createdAt })),
    ...(d.archivedAt ? { archived: true } : {}),
  }
}

/** A draft at one version with its units (contract + `versionNumber`, `versions`, `counts`). */
export function presentDraft(d: DraftRecord, v: VersionRecord, units: Unit[]): DraftView {
  return {
    id: d.id,
    title: v.title || d.title,
    language: v.language,
    versionId: v.id,
    versionNumber: v.number,
    versions: d.versions.map((x) => ({ id: x.id, number: x.number, createdAt: x.createdAt })),
    counts: v.counts,
    units: units.map(({ id, kind, number, label, parentId, text }) => ({
      id,
      kind,
      number,
      label,
      parentId,
      text,
    })),
    ...(d.archivedAt ? { archived: true } : {}),
  }
}
