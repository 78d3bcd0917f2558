/**
 * Limits on joining with a code (issue 16): a participant name may not pass for staff, a review takes
 * a bounded number of participants, and one address can only add so many of them. Joining is public
 * and each join rewrites the metadata, so without these one script adds thousands of people.
 */
import { AppError, badRequest, conflict } from '../errors.js'
import type { MetaStore } from '../storage/metaStore.js'
import type { ReviewRecord } from '../storage/metaTypes.js'
import { participantsOf } from '../storage/reviews.js'
import { listAccounts } from '../storage/users.js'

/** Most participants one review takes (a seminar has tens). */
export const MAX_PARTICIPANTS_PER_REVIEW = 300
/** Most new participants one address adds to a review (a classroom behind one NAT fits). */
export const MAX_JOINS_PER_ADDRESS = 80

/** Role words people read as staff, in the app's four languages, as shown beside staff names. */
const ROLE_WORDS =
  /\b(admin|administrator|facilitator|fasilitator|moderator|expert|ekspert|staff|xodim|organizer)\b|администратор|фасилитатор|модератор|эксперт|сотрудник|ходим|админ/iu

const fold = (name: string) => name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLocaleLowerCase()

/** 400 when a participant's name would pass for a staff account or carry a staff role label. */
export function checkParticipantName(meta: MetaStore, name: string): void {
  if (staffNameTaken(meta, name))
    throw badRequest('This name belongs to a staff account; choose another.', undefined, 'name_reserved')
  if (/[([{].*[)\]}]/u.test(name) && ROLE_WORDS.test(name))
    throw badRequest('Participant names cannot carry a staff role.', undefined, 'name_reserved')
}

function staffNameTaken(meta: MetaStore, name: string): boolean {
  const key = fold(name)
  return listAccounts(meta).some((u) => fold(u.name) === key)
}

const joinsByAddress = new WeakMap<MetaStore, Map<string, number>>()

/** 409 when the review is full, 429 when this address has added its share; counts the join. */
export function admitNewParticipant(meta: MetaStore, review: ReviewRecord, address: string): void {
  if (participantsOf(meta, review.id).length >= MAX_PARTICIPANTS_PER_REVIEW)
    throw conflict(
      `This review already has ${MAX_PARTICIPANTS_PER_REVIEW} participants; ask the facilitator.`,
      'review_full',
    )
  const counts = joinsByAddress.get(meta) ?? new Map<string, number>()
  joinsByAddress.set(meta, counts)
  const key = `${review.id}|${address}`
  const n = counts.get(key) ?? 0
  if (n >= MAX_JOINS_PER_ADDRESS)
    throw new AppError(
      429,
      'too_many_joins',
      'Too many people joined from this address; ask the facilitator.',
    )
  counts.set(key, n + 1)
}
