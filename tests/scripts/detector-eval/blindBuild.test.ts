import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { buildBlindSet } from '../../../scripts/detector-eval/blindBuild.js'
import { agreementFileSchema, blindPaths } from '../../../scripts/detector-eval/blindFiles.js'
import { defaultPack } from '../../../scripts/detector-eval/pack.js'
import { readEntries } from '../../../scripts/detector-eval/sets.js'
import { coder, ENTRIES, writeBlindDir } from './fixtures.js'

const factorIds = defaultPack().factors.map((f) => f.id)
const root = join(import.meta.dirname, '../../..')
const tsx = join(root, 'node_modules/.bin/tsx')

const A = coder('Aziza', [
  { entryId: 't-en-1', quote: 'Secretary may revoke', factorId: 'may-formula' },
  { entryId: 't-en-1', quote: 'if he thinks fit', factorId: 'broad-discretion' },
])
const B = coder('Boris', [
  { entryId: 't-en-1', quote: 'may revoke', factorId: 'may-formula' },
  { entryId: 't-en-2', quote: 'relevant authority', factorId: 'duplicated-powers' },
])

/** Decisions on A's "if he thinks fit" and B's "relevant authority" (keep each or not). */
const decide = (keepFit: boolean, keepAuthority?: boolean) => ({
  decisions: [
    {
      entryId: 't-en-1',
      quote: 'if he thinks fit',
      factorId: 'broad-discretion',
      keep: keepFit,
      reason: 'r',
    },
    ...(keepAuthority === undefined
      ? []
      : [
          {
            entryId: 't-en-2',
            quote: 'relevant authority',
            factorId: 'duplicated-powers',
            keep: keepAuthority,
            reason: 'r',
          },
        ]),
  ],
})

/** Runs one of the blind-set scripts on a temp detector folder; never throws on a non-zero exit. */
async function run(script: string, dir: string) {
  try {
    const { stdout, stderr } = await promisify(execFile)(tsx, [join(root, 'scripts', script), '--dir', dir], {
      cwd: root,
      timeout: 60_000,
    })
    return { code: 0, stdout, stderr }
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string }
    return { code: err.code, stdout: err.stdout, stderr: err.stderr }
  }
}

describe('building the blind set', () => {
  it('keeps agreed spans with A’s quote and refuses while a disagreement is undecided', () => {
    const built = buildBlindSet(ENTRIES, A, B, { decisions: [] }, factorIds)
    expect(built.undecided.map((x) => `${x.coder} ${x.mark.quote}`)).toEqual([
      'A if he thinks fit',
      'B relevant authority',
    ])
    expect(built.entries[0].expected).toEqual([{ quote: 'Secretary may revoke', factorId: 'may-formula' }])
  })

  it('adds kept decisions, drops rejected ones, and records the agreement', () => {
    const built = buildBlindSet(ENTRIES, A, B, decide(true, false), factorIds)
    expect(built.undecided).toEqual([])
    expect(built.entries.map((e) => e.expected.map((x) => x.quote))).toEqual([
      ['Secretary may revoke', 'if he thinks fit'],
      [],
    ])
    expect(built.agreement).toMatchObject({ coders: ['Aziza', 'Boris'], disagreements: 2, kept: 2 })
    expect(built.agreement.byLang.en.f1).toBeCloseTo(0.5, 10)
  })

  it('a decision on another factor does not settle a disagreement', () => {
    const built = buildBlindSet(
      ENTRIES,
      A,
      coder('Boris', [{ entryId: 't-en-1', quote: 'Secretary may revoke', factorId: 'may-formula' }]),
      {
        decisions: [
          {
            entryId: 't-en-1',
            quote: 'if he thinks fit',
            factorId: 'legal-linguistic-uncertainty',
            keep: true,
            reason: 'r',
          },
        ],
      },
      factorIds,
    )
    expect(built.undecided.map((x) => x.mark.quote)).toEqual(['if he thinks fit'])
  })

  it('the script exits non-zero naming the undecided spans and writes nothing', async () => {
    const dir = writeBlindDir(A, B, decide(true))
    const out = await run('detector-blind-build.ts', dir)
    expect(out.code).toBe(1)
    expect(out.stderr).toContain('1 disagreement(s) have no decision')
    expect(out.stderr).toContain(
      't-en-2: Boris marked duplicated-powers “relevant authority”; Aziza marked nothing there',
    )
    expect(existsSync(blindPaths(dir).blindSet)).toBe(false)
  }, 90_000)

  it('the script writes blind.json and agreement.json once every disagreement is decided', async () => {
    const dir = writeBlindDir(A, B, decide(true, true))
    const out = await run('detector-blind-build.ts', dir)
    expect(out.stderr).toBe('')
    expect(out.code).toBe(0)
    const paths = blindPaths(dir)
    expect(readEntries(paths.blindSet).map((e) => e.expected.length)).toEqual([2, 1])
    const agreement = agreementFileSchema.parse(JSON.parse(readFileSync(paths.agreement, 'utf8')))
    expect(agreement.byLang.en).toMatchObject({ norms: 5, spansA: 2, spansB: 2 })
  }, 90_000)

  it('the agreement script prints figures and copyable decisions, and names a quote not in its entry', async () => {
    const dir = writeBlindDir(A, B)
    const out = await run('detector-agreement.ts', dir)
    expect(out.code).toBe(0)
    expect(out.stdout).toContain('| en | 5 | 2 | 2 | 0.50 | 0.50 |')
    expect(out.stdout).toContain('"quote": "relevant authority"')
    const bad = writeBlindDir(
      A,
      coder('Boris', [{ entryId: 't-en-2', quote: 'may revoke', factorId: 'may-formula' }]),
    )
    const failed = await run('detector-agreement.ts', bad)
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain('entry t-en-2: quote not found: “may revoke”')
  }, 90_000)
})
