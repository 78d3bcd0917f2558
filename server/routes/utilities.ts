/** Utility routes. */
import { z } from 'zod'
import { transliterate } from '../../shared/translit/index.js'
import { json, type RouteDef, readJson } from './types.js'

const TransliterateInput = z.object({
  text: z.string().max(1_000_000, 'At most 1,000,000 characters at once.'),
  to: z.enum(['uz-Latn', 'uz-Cyrl']),
})

/** Utility routes. */
export const utilityRoutes: RouteDef[] = [
  {
    method: 'post',
    path: '/api/transliterate',
    auth: 'user',
    tag: 'utilities',
    status: 200,
    body: TransliterateInput,
    summary: 'Transliterate Uzbek between Latin and Cyrillic script.',
    handler: async (c) => {
      const input = await readJson(c, TransliterateInput)
      return json(c, { text: transliterate(input.text, input.to) })
    },
  },
]
