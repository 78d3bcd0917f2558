/**
 * Bodies that break a JSON Schema (as `GET /api/openapi.json` publishes it): a minimal valid body,
 * then that body with exactly one violation at a time (missing required field, wrong type, too long,
 * too short, off the enum or pattern, out of range, too many items, unknown key of a closed object),
 * plus bodies that are not objects at all. Each violation is checked against the schema's own rule
 * before it is used, so "must be a 4xx" is a fair expectation for every one of them.
 */

/** The subset of JSON Schema that zod 4 emits for our request schemas. */
export type Schema = {
  type?: string | string[]
  properties?: Record<string, Schema>
  required?: string[]
  additionalProperties?: boolean | Schema
  items?: Schema
  minItems?: number
  maxItems?: number
  minLength?: number
  maxLength?: number
  pattern?: string
  enum?: unknown[]
  minimum?: number
  maximum?: number
  anyOf?: Schema[]
  default?: unknown
}

/** One labelled body that violates the schema. */
export type Violation = { label: string; body: unknown }

const SAMPLES: Record<string, unknown[]> = {
  string: ['text'],
  integer: [7],
  number: [7.5],
  boolean: [true],
  null: [null],
  array: [[]],
  object: [{}],
}

function typesOf(s: Schema): string[] {
  if (s.anyOf) return s.anyOf.flatMap(typesOf)
  if (Array.isArray(s.type)) return s.type
  if (s.type) return [s.type]
  if (s.enum) return [...new Set(s.enum.map((v) => (v === null ? 'null' : typeof v)))]
  return [] // unconstrained: anything goes, so no wrong type exists
}

function patternOk(s: Schema, value: string): boolean {
  return !s.pattern || new RegExp(s.pattern, 'u').test(value)
}

/** A minimal value satisfying `s` (first enum value, shortest string, smallest number, …). */
export function minimalValue(s: Schema): unknown {
  if (s.anyOf?.[0]) return minimalValue(s.anyOf[0])
  if (s.enum?.length) return s.enum[0]
  const type = typesOf(s)[0]
  switch (type) {
    case 'string': {
      for (const ch of ['a', 'A', '1', 'x_']) {
        const v = ch.repeat(Math.max(1, s.minLength ?? 1))
        if (patternOk(s, v)) return v
      }
      return 'a'.repeat(Math.max(1, s.minLength ?? 1))
    }
    case 'integer':
    case 'number':
      return s.minimum ?? 0
    case 'boolean':
      return false
    case 'null':
      return null
    case 'array':
      return Array.from({ length: s.minItems ?? 0 }, () => (s.items ? minimalValue(s.items) : 'a'))
    case 'object': {
      const out: Record<string, unknown> = {}
      for (const key of s.required ?? []) {
        const prop = s.properties?.[key]
        out[key] = prop ? minimalValue(prop) : 'a'
      }
      return out
    }
    default:
      return 'a'
  }
}

/** Values that break `s` on their own (each checked against the rule it targets). */
export function badValues(s: Schema): Violation[] {
  const out: Violation[] = []
  const allowed = typesOf(s)
  if (allowed.length) {
    for (const [type, samples] of Object.entries(SAMPLES)) {
      const fits = allowed.includes(type) || (type === 'integer' && allowed.includes('number'))
      if (!fits) for (const v of samples) out.push({ label: `type ${type}`, body: v })
    }
  }
  if (s.anyOf) return out // length rules inside a union are the branch's business
  if (s.enum) out.push({ label: 'off the enum', body: 'not-a-listed-value' })
  if (allowed.includes('string') && !s.enum) {
    if (s.maxLength !== undefined) out.push({ label: 'too long', body: 'a'.repeat(s.maxLength + 1) })
    if ((s.minLength ?? 0) > 0) out.push({ label: 'too short', body: 'a'.repeat(s.minLength! - 1) })
    for (const v of ['\u0000', '\u0007bell', '../..', '<x>', ' ']) {
      if (!patternOk(s, v) && v.length >= (s.minLength ?? 0))
        out.push({ label: `off the pattern ${JSON.stringify(v)}`, body: v })
    }
  }
  if (allowed.includes('integer')) out.push({ label: 'fraction', body: 1.5 })
  if (allowed.includes('integer') || allowed.includes('number')) {
    if (s.minimum !== undefined) out.push({ label: 'below minimum', body: s.minimum - 1 })
    if (s.maximum !== undefined && s.maximum < Number.MAX_SAFE_INTEGER)
      out.push({ label: 'above maximum', body: s.maximum + 1 })
    if (s.maximum !== undefined && s.maximum >= Number.MAX_SAFE_INTEGER)
      out.push({ label: 'unsafe integer', body: 2 ** 60 })
  }
  if (allowed.includes('array')) {
    if (s.maxItems !== undefined) {
      const item = s.items ? minimalValue(s.items) : 'a'
      out.push({ label: 'too many items', body: Array.from({ length: s.maxItems + 1 }, () => item) })
    }
    if ((s.minItems ?? 0) > 0) out.push({ label: 'too few items', body: [] })
    if (s.items) {
      const filler = Array.from({ length: Math.max(0, (s.minItems ?? 1) - 1) }, () => minimalValue(s.items!))
      for (const bad of badValues(s.items))
        out.push({ label: `item ${bad.label}`, body: [...filler, bad.body] })
    }
  }
  if (allowed.includes('object') && s.properties) out.push(...objectViolations(s))
  return out
}

function objectViolations(s: Schema): Violation[] {
  const base = minimalValue(s) as Record<string, unknown>
  const out: Violation[] = []
  for (const key of s.required ?? []) {
    const { [key]: _dropped, ...rest } = base
    out.push({ label: `missing ${key}`, body: rest })
  }
  for (const [key, prop] of Object.entries(s.properties ?? {})) {
    for (const bad of badValues(prop))
      out.push({ label: `${key}: ${bad.label}`, body: { ...base, [key]: bad.body } })
  }
  if (s.additionalProperties === false)
    out.push({ label: 'unknown key', body: { ...base, unexpectedKey: 1 } })
  return out
}

/** Every violation of a request-body schema, including non-object bodies. */
export function bodyViolations(s: Schema): Violation[] {
  const out = badValues(s)
  if ((s.required ?? []).length) out.push({ label: 'empty object', body: {} })
  return out
}

/** JSON texts that are not JSON at all, or JSON nested absurdly deep. */
export const MALFORMED_JSON: { label: string; text: string }[] = [
  { label: 'empty body', text: '' },
  { label: 'open brace', text: '{' },
  { label: 'truncated', text: '{"title": "a", "text": ' },
  { label: 'single quotes', text: "{'a': 1}" },
  { label: 'NaN', text: '{"a": NaN}' },
  { label: 'trailing comma', text: '{"a": 1,}' },
  { label: 'NUL bytes', text: '\u0000\u0000' },
  { label: 'lone surrogate', text: '{"a": "\\ud800"' },
  { label: 'BOM only', text: '\uFEFF' },
  { label: 'deep nesting', text: `${'['.repeat(50_000)}${']'.repeat(50_000)}` },
  { label: 'deep objects', text: `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}` },
]
