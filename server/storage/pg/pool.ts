/** One `pg` pool per process, opened and migrated at start. */
import pg from 'pg'
import { migrate } from './migrations.js'

/** Open a pool on `url` and bring the schema up to date (waits for other instances doing the same). */
export async function openPgPool(url: string, log?: { warn(m: string, f?: object): void }): Promise<pg.Pool> {
  // bigint (sequence values) as JS numbers: revisions stay far below 2^53.
  pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v))
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 5000,
  })
  // An idle client losing its connection (database restart) must not crash the process.
  pool.on('error', (err) => log?.warn('postgres idle client error', { error: String(err) }))
  try {
    await migrate(pool)
  } catch (err) {
    await pool.end().catch(() => undefined)
    throw err
  }
  return pool
}

/** True for a unique-constraint violation. */
export function isUniqueViolation(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === '23505'
}

/**
 * Run `fn` in one transaction on one client. `begin` may add statements without parameters to the
 * `BEGIN` (an advisory lock), saving a round trip.
 */
export async function inTransaction<T>(
  pool: pg.Pool,
  fn: (c: pg.PoolClient) => Promise<T>,
  begin = 'BEGIN',
): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query(begin)
    try {
      const out = await fn(client)
      await client.query('COMMIT')
      return out
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined)
      throw err
    }
  } finally {
    client.release()
  }
}
