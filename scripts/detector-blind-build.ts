/**
 * Builds fixtures/detector/blind.json from the entries, both coder files and the adjudication, and
 * writes the coders' agreement to fixtures/detector/blind/agreement.json for docs/detector.md.
 * Refuses (exit 1, nothing written) while a disagreement has no decision.
 * Run: npm run detector:blind-build [-- --dir <detector fixtures folder>]
 */
import { writeFileSync } from 'node:fs'
import { buildBlindSet, decisionStub, describeDisagreement } from './detector-eval/blindBuild.js'
import { withConvertedCyrillic } from './detector-eval/blindConvert.js'
import {
  adjudicationSchema,
  pathsFromArgs,
  readCoderPair,
  readValidated,
} from './detector-eval/blindFiles.js'
import { defaultPack } from './detector-eval/pack.js'

try {
  const paths = pathsFromArgs(process.argv)
  const pack = defaultPack()
  const { entries, a, b } = readCoderPair(paths)
  const built = buildBlindSet(
    entries,
    a,
    b,
    readValidated(paths.adjudication, adjudicationSchema),
    pack.factors.map((f) => f.id),
  )
  if (built.undecided.length) {
    console.error(
      [
        `${built.undecided.length} disagreement(s) have no decision in ${paths.adjudication}:`,
        ...built.undecided.map((x) => `  - ${describeDisagreement(x, [a.coder, b.coder])}`),
        'Decisions to add (set keep and reason):',
        JSON.stringify(built.undecided.map(decisionStub), null, 2),
      ].join('\n'),
    )
    process.exit(1)
  }
  const set = {
    version: 1,
    pack: pack.id,
    guide: 'CONVENTION.md',
    blind: true,
    markedBeforeRunning: `Marked independently by ${a.coder} and ${b.coder} under CONVENTION.md, disagreements settled in blind/adjudication.json; built by npm run detector:blind-build and committed before the detector ran on it.`,
    entries: withConvertedCyrillic(built.entries),
  }
  writeFileSync(paths.blindSet, `${JSON.stringify(set, null, 1)}\n`)
  writeFileSync(paths.agreement, `${JSON.stringify(built.agreement, null, 1)}\n`)
  console.log(
    `Wrote ${paths.blindSet} (${set.entries.length} entries, ${set.entries.length - built.entries.length} of them converted to Cyrillic, ${built.agreement.kept} spans; ${built.agreement.disagreements} disagreements settled) and ${paths.agreement}.`,
  )
} catch (e) {
  console.error((e as Error).message)
  process.exit(1)
}
