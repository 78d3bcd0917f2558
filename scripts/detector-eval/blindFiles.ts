/**
 * The blind set's files (CONVENTION.md, "How a set is marked"): where they live and their schemas, in
 * one place. Every reader validates with these, so a malformed coder file fails with a message that
 * names the file and the field, never with a stack trace deep in the scorer.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { type EvalEntry, ROOT, readEntries } from './sets.js'

const nonEmpty = z.string().trim().min(1)
const occurrence = z.number().int().min(0).optional()

/** One span a coder marked: the entry, the verbatim quote (n-th occurrence when it repeats), the factor. */
export const coderMarkSchema = z.object({
  entryId: nonEmpty,
  quote: z.string().min(1),
  factorId: nonEmpty,
  occurrence,
  reason: z.string().optional(),
})

/** One coder's file: `fixtures/detector/blind/coder-a.json` or `coder-b.json`. */
export const coderFileSchema = z.object({
  coder: nonEmpty,
  markedAt: nonEmpty,
  marks: z.array(coderMarkSchema),
})

/** One settled disagreement: keep the span (it becomes an expected span) or drop it, with a reason. */
export const decisionSchema = z.object({
  entryId: nonEmpty,
  quote: z.string().min(1),
  factorId: nonEmpty,
  occurrence,
  keep: z.boolean(),
  reason: nonEmpty,
})

/** The adjudication file: `fixtures/detector/blind/adjudication.json`. */
export const adjudicationSchema = z.object({ decisions: z.array(decisionSchema) })

const ratio = z.number().nullable()

/** The agreement of the two coders in one language. */
export const langAgreementSchema = z.object({
  norms: z.number().int(),
  spansA: z.number().int(),
  spansB: z.number().int(),
  f1: ratio,
  f1Any: ratio,
  kappa: ratio,
  observed: ratio,
})

/** `fixtures/detector/blind/agreement.json`, written by `npm run detector:blind-build`. */
export const agreementFileSchema = z.object({
  coders: z.tuple([z.string(), z.string()]),
  byLang: z.record(z.string(), langAgreementSchema),
  disagreements: z.number().int(),
  kept: z.number().int(),
})

/** `fixtures/detector/blind/before.json`: the blind set scored with the rules before round 5. */
export const beforeFileSchema = z.object({
  rulesCommit: nonEmpty,
  /** What the row is, e.g. "round 5, as measured when the set was added"; the before row defaults to "before round 5". */
  label: z.string().optional(),
  byLang: z.record(
    z.string(),
    z.object({ precision: ratio, recall: ratio, recallAny: ratio, falseAlarmRate: ratio }),
  ),
})

export type CoderMark = z.infer<typeof coderMarkSchema>
export type CoderFile = z.infer<typeof coderFileSchema>
export type Decision = z.infer<typeof decisionSchema>
export type Adjudication = z.infer<typeof adjudicationSchema>
export type LangAgreement = z.infer<typeof langAgreementSchema>
export type AgreementFile = z.infer<typeof agreementFileSchema>
export type BeforeFile = z.infer<typeof beforeFileSchema>
/** Rows recorded as measured at a given commit, kept when later rounds change the rules. */
export const roundsFileSchema = z.array(beforeFileSchema)

/**
 * The blind sets: `blind` was cut first, `blind2` after an engineer's rules were found quoting the
 * first one's texts, `blind3` for round 6 (which read the first two); the later two were kept outside
 * the repository until the rules froze.
 */
export const BLIND_SETS = ['blind', 'blind2', 'blind3'] as const
export type BlindSetName = (typeof BLIND_SETS)[number]

/** Where the blind set's files live under a detector fixtures folder (tests pass a temp folder). */
export function blindPaths(detectorDir = join(ROOT, 'fixtures/detector'), name: BlindSetName = 'blind') {
  const dir = join(detectorDir, name)
  return {
    name,
    entries: join(dir, 'entries.json'),
    coderA: join(dir, 'coder-a.json'),
    coderB: join(dir, 'coder-b.json'),
    adjudication: join(dir, 'adjudication.json'),
    agreement: join(dir, 'agreement.json'),
    before: join(dir, 'before.json'),
    rounds: join(dir, 'rounds.json'),
    blindSet: join(detectorDir, `${name}.json`),
  }
}
export type BlindPaths = ReturnType<typeof blindPaths>

/** Reads and validates one JSON file; the error names the file and each bad field. */
export function readValidated<T>(path: string, schema: z.ZodType<T>): T {
  if (!existsSync(path)) throw new Error(`${path}: file not found`)
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'))
  } catch (e) {
    throw new Error(`${path}: not valid JSON (${(e as Error).message})`)
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) throw new Error(`${path}:\n${z.prettifyError(parsed.error)}`)
  return parsed.data
}

/** Reads the entries file (EvalEntry[] or `{entries}` like fresh.json). */
export function readBlindEntries(paths: BlindPaths): EvalEntry[] {
  if (!existsSync(paths.entries)) throw new Error(`${paths.entries}: file not found`)
  return readEntries(paths.entries)
}

/** Reads an optional file: undefined when it does not exist, an error when it is malformed. */
export function readOptional<T>(path: string, schema: z.ZodType<T>): T | undefined {
  return existsSync(path) ? readValidated(path, schema) : undefined
}

/** The `--dir <detector fixtures folder>` argument of the blind-set scripts. */
export function pathsFromArgs(argv: string[]): BlindPaths {
  const arg = (flag: string) => {
    const i = argv.indexOf(flag)
    return i >= 0 ? argv[i + 1] : undefined
  }
  const name = arg('--set') ?? 'blind'
  if (!(BLIND_SETS as readonly string[]).includes(name))
    throw new Error(`--set must be one of ${BLIND_SETS.join(', ')}`)
  return blindPaths(arg('--dir'), name as BlindSetName)
}

/** The entries and both coder files, validated: what both blind-set scripts start from. */
export function readCoderPair(paths: BlindPaths) {
  return {
    entries: readBlindEntries(paths),
    a: readValidated(paths.coderA, coderFileSchema),
    b: readValidated(paths.coderB, coderFileSchema),
  }
}
