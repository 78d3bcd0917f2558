/** Synthetic blind-set files for the evaluation tooling's tests (never the real blind set). */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Adjudication, CoderFile } from '../../../scripts/detector-eval/blindFiles.js'
import type { EvalEntry } from '../../../scripts/detector-eval/sets.js'

/** Two English entries: one with a heading and three norms, one without a heading and two norms. */
export const ENTRIES: EvalEntry[] = [
  {
    id: 't-en-1',
    lang: 'en',
    source: 'synthetic',
    lines: [1, 4],
    text: 'Section 1 Licences\n\nThe Secretary may revoke the licence.\n\nThe Minister may, if he thinks fit, suspend the permit.\n\nThis Act may be cited as the Test Act.',
    expected: [],
  },
  {
    id: 't-en-2',
    lang: 'en',
    source: 'synthetic',
    lines: [5, 6],
    text: 'The relevant authority shall decide the application.\n\nA fee determined by the Secretary is payable.',
    expected: [],
  },
]

/** A coder file with the given marks. */
export const coder = (name: string, marks: CoderFile['marks']): CoderFile => ({
  coder: name,
  markedAt: '2026-12-03',
  marks,
})

/** Writes entries, coder files and (optionally) an adjudication into a fresh temp detector folder. */
export function writeBlindDir(a: CoderFile, b: CoderFile, adjudication?: Adjudication): string {
  const dir = mkdtempSync(join(tmpdir(), 'shaffof-blind-'))
  mkdirSync(join(dir, 'blind'))
  const write = (name: string, data: unknown) => writeFileSync(join(dir, 'blind', name), JSON.stringify(data))
  write('entries.json', { entries: ENTRIES })
  write('coder-a.json', a)
  write('coder-b.json', b)
  if (adjudication) write('adjudication.json', adjudication)
  return dir
}
