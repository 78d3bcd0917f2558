/** Each draft version's units in `version_units` (written once), with a small cache of parsed versions. */
import type pg from 'pg'
import type { Unit } from '../../../shared/domain/draft.js'
import { unitsCache, type VersionUnitsStore } from '../versionUnits.js'

/** Version units in PostgreSQL. */
export function pgVersionUnits(pool: pg.Pool): VersionUnitsStore {
  const cache = unitsCache()
  const remember = cache.remember
  return {
    async write(id, units) {
      await pool.query(
        'INSERT INTO version_units (id, units) VALUES ($1, $2::jsonb) ON CONFLICT (id) DO UPDATE SET units = excluded.units',
        [id, JSON.stringify(units)],
      )
      remember(id, units)
    },
    async read(id) {
      const hit = cache.hit(id)
      if (hit) return hit
      const { rows } = await pool.query<{ units: Unit[] }>('SELECT units FROM version_units WHERE id = $1', [
        id,
      ])
      const units = rows[0]?.units ?? null
      if (units) remember(id, units)
      return units
    },
    async remove(id) {
      cache.forget(id)
      await pool.query('DELETE FROM version_units WHERE id = $1', [id])
    },
  }
}
