import type { z } from 'zod'
import type { MethodologySummary } from '../domain/methodology.js'
import rai2014 from './packs/rai-2014-corruption-proofing.json'
import ruDecree96 from './packs/ru-decree-96.json'
import uz2021 from './packs/uz-2021-regulation-3287.json'
import { type Factor, type FactorGroup, type Methodology, MethodologyPack } from './schema.js'

export type {
  Factor,
  FactorGroup,
  FactorVerification,
  LocalizedList,
  Methodology,
  WordingStatus,
} from './schema.js'
export { MethodologyPack } from './schema.js'
export { type NameStanding, nameStanding } from './standing.js'

/** The pack a review uses when none is chosen: Uzbekistan's 2021 Regulation (working reconstruction). */
export const DEFAULT_METHODOLOGY_ID = 'uz-2021-regulation-3287'

/**
 * One field-level problem of an invalid pack; `path` is dotted, e.g. `factors.3.name.uz-Cyrl`.
 * `kind` and `params` let the interface say it in the user's language; `message` is the English text.
 */
export type PackError = {
  path: string
  message: string
  kind?: PackErrorKind
  params?: Record<string, string>
}

/** What is wrong with a field, in words the catalogues translate (`errors.field.<kind>`). */
export type PackErrorKind =
  | 'required'
  | 'wrongType'
  | 'tooShort'
  | 'format'
  | 'notAllowed'
  | 'unknownKeys'
  | 'duplicateId'
  | 'unknownGroup'
  | 'invalid'

/** The kind and parameters of a zod issue (zod 4 issue shapes). */
function issueKind(issue: z.core.$ZodIssue): Pick<PackError, 'kind' | 'params'> {
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined/.test(issue.message)
        ? { kind: 'required' }
        : { kind: 'wrongType', params: { expected: String(issue.expected) } }
    case 'too_small':
      return { kind: 'tooShort', params: { minimum: String(issue.minimum) } }
    case 'invalid_format': {
      const field = String(issue.path.at(-1) ?? '')
      const what = /^(id|groupId)$/.test(field) ? 'id' : /^(version|color|url)$/.test(field) ? field : 'other'
      return { kind: 'format', params: { what } }
    }
    case 'invalid_value':
      return { kind: 'notAllowed', params: { values: issue.values.map(String).join(', ') } }
    case 'unrecognized_keys':
      return { kind: 'unknownKeys', params: { keys: issue.keys.join(', ') } }
    case 'custom':
      if (/^Duplicate/.test(issue.message)) return { kind: 'duplicateId' }
      if (/^Unknown group/.test(issue.message)) return { kind: 'unknownGroup' }
      // Field-level refinements (ids, versions, colours) carry their own English rule.
      return { kind: 'invalid' }
    default:
      return { kind: 'invalid' }
  }
}

/** The outcome of `validatePack`. */
export type PackValidation = { ok: true; pack: Methodology } | { ok: false; errors: PackError[] }

const toPath = (path: readonly PropertyKey[]) => path.map(String).join('.')

/**
 * Checks duplicate ids and unknown groups on raw input too, because zod skips refinements when the
 * shape already failed, and an admin fixing a pack wants every problem at once.
 */
function referenceErrors(json: unknown): PackError[] {
  const raw = json as { groups?: unknown; factors?: unknown } | null
  if (!raw || !Array.isArray(raw.groups) || !Array.isArray(raw.factors)) return []
  const errors: PackError[] = []
  const groupIds = new Set<string>()
  raw.groups.forEach((g: { id?: unknown }, i) => {
    if (typeof g?.id !== 'string') return
    if (groupIds.has(g.id))
      errors.push({ path: `groups.${i}.id`, message: `Duplicate group id "${g.id}".`, kind: 'duplicateId' })
    groupIds.add(g.id)
  })
  const factorIds = new Set<string>()
  raw.factors.forEach((f: { id?: unknown; groupId?: unknown }, i) => {
    if (typeof f?.id === 'string') {
      if (factorIds.has(f.id))
        errors.push({
          path: `factors.${i}.id`,
          message: `Duplicate factor id "${f.id}".`,
          kind: 'duplicateId',
        })
      factorIds.add(f.id)
    }
    if (typeof f?.groupId === 'string' && !groupIds.has(f.groupId))
      errors.push({
        path: `factors.${i}.groupId`,
        message: `Unknown group "${f.groupId}".`,
        kind: 'unknownGroup',
        params: { group: String(f.groupId) },
      })
  })
  return errors
}

/** Validates an uploaded or built-in pack and lists every field-level error. */
export function validatePack(json: unknown): PackValidation {
  const parsed = MethodologyPack.safeParse(json)
  if (parsed.success) return { ok: true, pack: parsed.data }
  const errors: PackError[] = parsed.error.issues.map((issue: z.core.$ZodIssue) => ({
    path: toPath(issue.path),
    message: issue.message,
    ...issueKind(issue),
  }))
  const seen = new Set(errors.map((e) => `${e.path}|${e.message}`))
  for (const e of referenceErrors(json)) if (!seen.has(`${e.path}|${e.message}`)) errors.push(e)
  return { ok: false, errors }
}

let cache: Methodology[] | undefined

/** The packs shipped with Shaffof, validated once; a broken built-in pack is a programming error. */
export function builtinPacks(): Methodology[] {
  if (cache) return cache
  cache = [uz2021, ruDecree96, rai2014].map((json) => {
    const result = validatePack(json)
    if (!result.ok) throw new Error(`Built-in pack is invalid: ${JSON.stringify(result.errors.slice(0, 5))}`)
    return result.pack
  })
  return cache
}

/** The built-in pack with this id, if any. */
export function findBuiltinPack(id: string): Methodology | undefined {
  return builtinPacks().find((p) => p.id === id)
}

/** The factor with this id in the pack, if any. */
export function findFactor(pack: Methodology, id: string): Factor | undefined {
  return pack.factors.find((f) => f.id === id)
}

/** The group a factor belongs to, if the factor exists. */
export function factorGroupOf(pack: Methodology, factorId: string): FactorGroup | undefined {
  const factor = findFactor(pack, factorId)
  return factor && pack.groups.find((g) => g.id === factor.groupId)
}

/** Whether a factor's name is a working name (not checked against the official text). */
export function isWorkingName(pack: Methodology, factor: Factor): boolean {
  return pack.status === 'working' || factor.verification.name === 'working'
}

/** The contract's `GET /api/methodologies` item: the pack without the extra fields. */
export function summarizePack(pack: Methodology): MethodologySummary {
  return {
    id: pack.id,
    title: pack.title,
    titles: pack.titles,
    version: pack.version,
    status: pack.status,
    sourceLanguage: pack.sourceLanguage,
    // For the admin's pack list: where the factors come from and how far they are checked.
    jurisdiction: pack.jurisdiction,
    legalBasis: pack.legalBasis,
    notes: pack.notes,
    groups: pack.groups.map(({ id, name, color, status }) => ({ id, name, color, status })),
    factors: pack.factors.map(({ id, groupId, name, description, verification, color }) => ({
      id,
      groupId,
      name,
      description,
      workingName: pack.status === 'working' || verification.name === 'working',
      color: color ?? pack.groups.find((g) => g.id === groupId)?.color,
    })),
  }
}
