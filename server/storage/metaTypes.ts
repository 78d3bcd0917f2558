/**
 * The shape of `meta.json`: metadata only. Yjs state lives in per-room files (collab) and each draft
 * version's units in `versions/<id>.json`, so this file stays small and cheap to rewrite.
 */
import type { FollowUpItem } from '../../shared/domain/followUp.js'
import type { LanguageTag } from '../../shared/domain/language.js'
import type { Phase, Role } from '../../shared/domain/review.js'

/** A person who can sign in: staff accounts have a password; participants joined with a code. */
export type UserRecord = {
  id: string
  name: string
  role: Role
  /** scrypt hash and salt (hex); absent for participants. */
  passwordHash?: string
  salt?: string
  createdAt: string
  preferences: { lang?: LanguageTag }
  /** Present for participants: the review and group they joined, and the device that joined. */
  participant?: { reviewId: string; groupId: string; deviceId?: string }
  /** Switched off by an administrator: cannot sign in, and no session of it resolves. */
  deactivated?: boolean
}

/** A server-side session; only the sha256 of the bearer token is stored. */
export type SessionRecord = {
  tokenHash: string
  userId: string
  createdAt: string
  expiresAt: string
}

/** One immutable version of a draft; its units are in `versions/<id>.json`. */
export type VersionRecord = {
  id: string
  number: number
  language: LanguageTag
  title: string
  createdAt: string
  createdBy: string
  unitCount: number
  counts: Record<string, number>
}

/** A draft law and its versions (oldest first). */
export type DraftRecord = {
  id: string
  title: string
  language: LanguageTag
  createdAt: string
  createdBy: string
  versions: VersionRecord[]
  /** When it was archived (hidden from lists; only archived drafts may be deleted). */
  archivedAt?: string
}

/** A breakout group of a review and its room. */
export type GroupRecord = { id: string; name: string; room: string }

/** A review session of one draft version by groups. */
export type ReviewRecord = {
  id: string
  title: string
  draftId: string
  versionId: string
  methodologyId: string
  methodologyVersion: string
  phase: Phase
  joinCode: string | null
  /** Joining switched off: the code is kept so it can say "joining is closed" and be switched back on. */
  joinDisabled?: boolean
  groups: GroupRecord[]
  consolidatedRoom: string
  locked: string[]
  reference: string | null
  createdAt: string
  createdBy: string
  /** When it was archived (hidden from lists; only archived reviews may be deleted). */
  archivedAt?: string
}

/** Which review and group (or `consolidated`) a room belongs to. */
export type RoomRecord = { name: string; reviewId: string; groupId: string }

/** A stored methodology pack version (imported, or a copy of a built-in one a review uses). */
export type PackRecord = { id: string; version: string; importedAt: string; pack: unknown; builtin: boolean }

/**
 * A follow-up of a review on a later version of its draft: each consolidated finding carried to that
 * version, with the experts' verdicts. Plain JSON with an `id`, like every collection here. The new
 * risks are not stored: they follow from the two immutable versions and the review's pinned pack.
 */
export type FollowUpRecord = {
  id: string
  reviewId: string
  fromVersionId: string
  toVersionId: string
  createdAt: string
  createdBy: string
  items: FollowUpItem[]
}

/** Everything in meta.json. */
export type MetaData = {
  users: UserRecord[]
  sessions: SessionRecord[]
  drafts: DraftRecord[]
  reviews: ReviewRecord[]
  rooms: RoomRecord[]
  packs: PackRecord[]
  followUps: FollowUpRecord[]
}

/** An empty store. */
export function emptyMeta(): MetaData {
  return { users: [], sessions: [], drafts: [], reviews: [], rooms: [], packs: [], followUps: [] }
}
