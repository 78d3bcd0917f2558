/**
 * Facts PostgreSQL itself keeps unique, derived from the metadata rows an update writes: a draft's
 * version numbers, room names and the first administrator. Rows are upserted by key, so a duplicate
 * inside a row (two versions numbered 3) or a second row claiming the same thing under another key
 * (the same room name for another group) would not trip a unique index on `meta_rows`; a claim row
 * `(kind, key) → owner` does, in the same transaction. The write lock and catch-up make these checks
 * pass in the code already; the claims make the database refuse a duplicate even if they did not.
 * Join codes and staff names have unique indexes on `meta_rows` itself (migration 1).
 */
import type pg from 'pg'
import { conflicting } from '../../domainErrors.js'
import type { DraftRecord, RoomRecord, UserRecord } from '../metaTypes.js'
import type { RowChange, RowSnapshot } from './metaRows.js'

/** One unique fact: `owner` may hold `(kind, key)`; another owner may not. */
export type Claim = { kind: string; key: string; owner: string }

const hasAdmin = (users: Map<string, string> | undefined): boolean =>
  [...(users?.values() ?? [])].some((json) => (JSON.parse(json) as UserRecord).role === 'admin')

/** The claims of the rows an update writes (`before`: the committed rows it started from). */
export function claimsOf(changes: readonly RowChange[], before: RowSnapshot): Claim[] {
  const claims: Claim[] = []
  let hadAdmin: boolean | undefined
  for (const c of changes) {
    if (c.json === null) continue
    if (c.coll === 'drafts') {
      const draft = JSON.parse(c.json) as DraftRecord
      for (const v of draft.versions ?? [])
        claims.push({ kind: 'draft-version', key: `${draft.id}#${v.number}`, owner: v.id })
    } else if (c.coll === 'rooms') {
      const room = JSON.parse(c.json) as RoomRecord
      claims.push({ kind: 'room', key: room.name, owner: `${room.reviewId}/${room.groupId}` })
    } else if (c.coll === 'users' && !before.get('users')?.has(c.key)) {
      const user = JSON.parse(c.json) as UserRecord
      if (user.role !== 'admin') continue
      hadAdmin ??= hasAdmin(before.get('users'))
      // One claim per update: a data copy brings every admin at once, the first of them is the first.
      if (!hadAdmin) claims.push({ kind: 'first-admin', key: '', owner: user.id })
      hadAdmin = true
    }
  }
  return claims
}

const clash = () => conflicting('This conflicts with a change made at the same time; try again.')

/**
 * Record the claims of `changes` in the transaction of `db` and release those of deleted rooms and
 * users; throws a conflict (and the caller rolls back) when a claim is held by another owner.
 * Re-claiming what an owner already holds is a no-op.
 */
export async function writeClaims(
  db: Pick<pg.PoolClient, 'query'>,
  changes: readonly RowChange[],
  before: RowSnapshot,
): Promise<void> {
  const gone = changes.filter((c) => c.json === null && (c.coll === 'rooms' || c.coll === 'users'))
  if (gone.length)
    await db.query(
      `DELETE FROM meta_claims WHERE (kind = 'room' AND key = ANY($1::text[]))
                                  OR (kind = 'first-admin' AND owner = ANY($2::text[]))`,
      [
        gone.filter((c) => c.coll === 'rooms').map((c) => c.key),
        gone.filter((c) => c.coll === 'users').map((c) => c.key),
      ],
    )
  const claims = claimsOf(changes, before)
  if (!claims.length) return
  const byKey = new Map<string, Claim>()
  for (const c of claims) {
    const id = `${c.kind}\u0000${c.key}`
    const seen = byKey.get(id)
    if (seen && seen.owner !== c.owner) throw clash()
    byKey.set(id, c)
  }
  const unique = [...byKey.values()]
  const { rows } = await db.query(
    `INSERT INTO meta_claims (kind, key, owner)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
     ON CONFLICT (kind, key) DO UPDATE SET owner = excluded.owner WHERE meta_claims.owner = excluded.owner
     RETURNING kind`,
    [unique.map((c) => c.kind), unique.map((c) => c.key), unique.map((c) => c.owner)],
  )
  if (rows.length !== unique.length) throw clash()
}
