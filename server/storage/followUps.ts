/** Repository functions for follow-ups of reviews on later draft versions. */
import type { FollowUpItem } from '../../shared/domain/followUp.js'
import type { MetaStore } from './metaStore.js'
import type { FollowUpRecord } from './metaTypes.js'

/** The follow-ups of a review, oldest first. */
export function listFollowUps(store: MetaStore, reviewId: string): FollowUpRecord[] {
  return store.data.followUps.filter((f) => f.reviewId === reviewId)
}

/** One follow-up of a review. */
export function getFollowUp(store: MetaStore, reviewId: string, id: string): FollowUpRecord | undefined {
  return store.data.followUps.find((f) => f.id === id && f.reviewId === reviewId)
}

/** Add a follow-up (one write: it is there whole or not at all). */
export function insertFollowUp(store: MetaStore, record: FollowUpRecord): Promise<FollowUpRecord> {
  return store.update((d) => {
    d.followUps.push(record)
    return record
  })
}

/** Change the verdict fields of one item; undefined when the follow-up or item is gone. */
export function patchFollowUpItem(
  store: MetaStore,
  followUpId: string,
  findingId: string,
  patch: Pick<FollowUpItem, 'verdict' | 'note' | 'verdictBy' | 'verdictAt'>,
): Promise<FollowUpItem | undefined> {
  return store.update((d) => {
    const item = d.followUps.find((f) => f.id === followUpId)?.items.find((i) => i.findingId === findingId)
    if (item) Object.assign(item, patch)
    return item
  })
}
