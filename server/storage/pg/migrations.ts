/**
 * The PostgreSQL schema as numbered migrations, applied at start under a session advisory lock so
 * several instances starting at once create it exactly once (the others wait, then see it done).
 *
 * Metadata is one table of rows per collection of `MetaData` (`coll`, `key`, `doc` jsonb) with a
 * global revision from a sequence: an instance catches up by reading rows with `rev` above the last
 * one it saw, and deletions are tombstones so they reach every instance too. Real unique indexes
 * back the checks the code does: join codes, staff names, room names and session tokens (primary key);
 * `meta_claims` holds the unique facts inside rows (version numbers, room names, the first admin).
 */
import type pg from 'pg'

/** Arbitrary constants naming our advisory locks. */
export const MIGRATION_LOCK = 7_311_700_001
export const META_WRITE_LOCK = 7_311_700_002

/** Append only; never edit a migration that shipped. */
export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
CREATE SEQUENCE meta_rev;
CREATE TABLE meta_rows (
  coll text NOT NULL,
  key text NOT NULL,
  doc jsonb,
  rev bigint NOT NULL,
  pos bigint NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (coll, key)
);
CREATE INDEX meta_rows_rev ON meta_rows (rev);
CREATE UNIQUE INDEX meta_reviews_join_code ON meta_rows ((doc->>'joinCode'))
  WHERE coll = 'reviews' AND NOT deleted AND doc->>'joinCode' IS NOT NULL;
CREATE UNIQUE INDEX meta_staff_names ON meta_rows (lower(doc->>'name'))
  WHERE coll = 'users' AND NOT deleted AND doc->>'role' <> 'participant';
CREATE TABLE version_units (
  id text PRIMARY KEY,
  units jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE room_snapshots (
  room text PRIMARY KEY,
  state bytea NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE room_updates (
  id bigserial PRIMARY KEY,
  room text NOT NULL,
  update bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX room_updates_room ON room_updates (room, id);
`,
  },
  {
    // A snapshot's generation: compaction skips reading a snapshot the instance's state already holds.
    version: 2,
    sql: 'ALTER TABLE room_snapshots ADD COLUMN gen bigint NOT NULL DEFAULT 1;',
  },
  {
    // Unique facts inside metadata rows (server/storage/pg/metaClaims.ts), filled from the rows there are.
    version: 3,
    sql: `
CREATE TABLE meta_claims (
  kind text NOT NULL,
  key text NOT NULL,
  owner text NOT NULL,
  PRIMARY KEY (kind, key)
);
INSERT INTO meta_claims (kind, key, owner)
  SELECT 'room', doc->>'name', (doc->>'reviewId') || '/' || (doc->>'groupId')
    FROM meta_rows WHERE coll = 'rooms' AND NOT deleted
  ON CONFLICT DO NOTHING;
INSERT INTO meta_claims (kind, key, owner)
  SELECT 'draft-version', (m.doc->>'id') || '#' || (v->>'number'), v->>'id'
    FROM meta_rows m, jsonb_array_elements(m.doc->'versions') v WHERE m.coll = 'drafts' AND NOT m.deleted
  ON CONFLICT DO NOTHING;
INSERT INTO meta_claims (kind, key, owner)
  SELECT 'first-admin', '', key FROM meta_rows
    WHERE coll = 'users' AND NOT deleted AND doc->>'role' = 'admin' ORDER BY pos LIMIT 1;
`,
  },
]

/** Create or migrate the schema; safe to call from many processes at the same moment. */
export async function migrate(pool: pg.Pool): Promise<number[]> {
  const client = await pool.connect()
  const applied: number[] = []
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK])
    try {
      await client.query(
        'CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
      )
      const done = new Set(
        (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(
          (r) => r.version,
        ),
      )
      for (const m of MIGRATIONS) {
        if (done.has(m.version)) continue
        await client.query('BEGIN')
        try {
          await client.query(m.sql)
          await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [m.version])
          await client.query('COMMIT')
          applied.push(m.version)
        } catch (err) {
          await client.query('ROLLBACK')
          throw err
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK])
    }
  } finally {
    client.release()
  }
  return applied
}
