/** Methodology routes: list the packs, import a pack version. */

import { z } from 'zod'
import { MethodologySummary } from '../../shared/domain/methodology.js'
import { summarizePack } from '../../shared/methodology/index.js'
import { MethodologyPack } from '../../shared/methodology/schema.js'
import { importPack, latestPacks } from '../commands/packs.js'
import { route } from './route.js'
import type { RouteDef } from './types.js'

/** Methodology routes. */
export const methodologyRoutes: RouteDef[] = [
  route({
    method: 'get',
    path: '/api/methodologies',
    auth: 'user',
    tag: 'methodologies',
    status: 200,
    response: z.array(MethodologySummary),
    summary: 'The newest version of every methodology pack (built-in and imported).',
    handler: (_c, d) => latestPacks(d.meta).map(summarizePack),
  }),
  route({
    method: 'post',
    path: '/api/methodologies',
    auth: ['admin'],
    tag: 'methodologies',
    status: 201,
    response: MethodologyPack,
    // The pack's own validation lists every field error (400 invalid_pack); the table only reads JSON.
    body: z.unknown(),
    documentedBody: z.looseObject({ id: z.string(), version: z.string() }),
    summary: 'Import a methodology pack version; 400 lists every field error, 409 when id+version exists.',
    handler: async (_c, d, { body }) => {
      const pack = await importPack(d.meta, body, d.now())
      return pack
    },
  }),
]
