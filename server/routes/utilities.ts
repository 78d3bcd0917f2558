/** Utility routes. */

import { z } from 'zod'
import { Transliteration } from '../../shared/domain/language.js'
import { transliterate } from '../../shared/translit/index.js'
import { route } from './route.js'
import type { RouteDef } from './types.js'

const TransliterateInput = z.object({
  text: z.string().max(1_000_000, 'At most 1,000,000 characters at once.'),
  to: z.enum(['uz-Latn', 'uz-Cyrl']),
})

/** Utility routes. */
export const utilityRoutes: RouteDef[] = [
  route({
    method: 'post',
    path: '/api/transliterate',
    auth: 'user',
    tag: 'utilities',
    status: 200,
    response: Transliteration,
    body: TransliterateInput,
    summary: 'Transliterate Uzbek between Latin and Cyrillic script.',
    handler: async (_c, _d, { body: input }) => {
      return { text: transliterate(input.text, input.to) }
    },
  }),
]
