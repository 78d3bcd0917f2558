/** Repository functions for drafts and their immutable versions. */
import type { MetaStore } from './metaStore.js'
import type { DraftRecord, VersionRecord } from './metaTypes.js'

/** All drafts, newest first. */
export function listDrafts(store: MetaStore): DraftRecord[] {
  return [...store.data.drafts].sort((a, b) =>
    a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0,
  )
}

/** A draft by id. */
/** The draft that has a version with this id, if any. */
export function findDraftOfVersion(store: MetaStore, versionId: string): DraftRecord | undefined {
  return store.data.drafts.find((d) => d.versions.some((v) => v.id === versionId))
}

export function getDraft(store: MetaStore, id: string): DraftRecord | undefined {
  return store.data.drafts.find((d) => d.id === id)
}

/** One version of a draft; the latest when `versionId` is not given. */
export function findVersion(draft: DraftRecord, versionId?: string): VersionRecord | undefined {
  return versionId
    ? draft.versions.find((v) => v.id === versionId)
    : draft.versions[draft.versions.length - 1]
}

/** Add a new draft with its first version. */
export function insertDraft(store: MetaStore, draft: DraftRecord): Promise<DraftRecord> {
  return store.update((d) => {
    d.drafts.push(draft)
    return draft
  })
}

/** Append a version; its number is the next one, assigned here so two uploads never share it. */
export function appendVersion(
  store: MetaStore,
  draftId: string,
  version: Omit<VersionRecord, 'number'>,
): Promise<VersionRecord | undefined> {
  return store.update((d) => {
    const draft = d.drafts.find((x) => x.id === draftId)
    if (!draft) return undefined
    const record: VersionRecord = { ...version, number: draft.versions.length + 1 }
    draft.versions.push(record)
    draft.language = record.language
    return record
  })
}
