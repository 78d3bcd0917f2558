/** Methodology routes: list the packs, import a pack version. */
import { z } from 'zod'
import { summarizePack } from '../../shared/methodology/index.js'
import { importPack, latestPacks } from '../commands/packs.js'
import { json, type RouteDef, readJson } from './types.js'

/** Methodology routes. */
export const methodologyRoutes: RouteDef[] = [
  {
    method: 'get',
    path: '/api/methodologies',
    auth: 'user',
    tag: 'methodologies',
    status: 200,
    summary: 'The newest version of every methodology pack (built-in and imported).',
    handler: (c, d) => json(c, latestPacks(d.meta).map(summarizePack)),
  },
  {
    method: 'post',
    path: '/api/methodologies',
    auth: ['admin'],
    tag: 'methodologies',
    status: 201,
    body: z.looseObject({ id: z.string(), version: z.string() }),
    summary: 'Import a methodology pack version; 400 lists every field error, 409 when id+version exists.',
    handler: async (c, d) => {
      const raw = await readJson(c, z.unknown())
      const pack = await importPack(d.meta, raw, d.now())
      return json(c, pack, 201)
    },
  },
]
