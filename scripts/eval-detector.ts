/**
 * Evaluates the marker detector on the marked sets (the blind set first, when built; then the
 * development sets), measures flood on the real fixture laws and speed on 1 MB of text, and writes
 * docs/detector.md. The parts live in scripts/detector-eval/.
 * Run: npm run eval:detector
 *      npm run eval:detector -- --write-before <rules commit>   (scores the blind set with the rules
 *      checked out now and writes fixtures/detector/blind/before.json instead of the doc; `--dir`
 *      names another detector fixtures folder, as for the blind-set scripts)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { pathsFromArgs, roundsFileSchema } from './detector-eval/blindFiles.js'
import { blindRow } from './detector-eval/blindSection.js'
import { defaultPack } from './detector-eval/pack.js'
import { report } from './detector-eval/report.js'
import { ROOT, readEntries } from './detector-eval/sets.js'

export { benchmark, floodReport } from './detector-eval/flood.js'
export { evaluate, falseAlarms } from './detector-eval/scoring.js'
export { type EvalEntry, excerptUnits, fixtureBody, lawUnits, loadSet } from './detector-eval/sets.js'

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const pack = defaultPack()
  const arg = (flag: string) => {
    const at = process.argv.indexOf(flag)
    return at >= 0 ? (process.argv[at + 1] ?? '') : undefined
  }
  // --write-before <commit>: the row of the rules before a round; --record-round <commit> --label <text>:
  // a row kept as measured when later rounds change the rules. Both score the set with the rules checked out.
  const before = arg('--write-before')
  const round = arg('--record-round')
  if (before !== undefined || round !== undefined) {
    const rulesCommit = before ?? round
    if (!rulesCommit) throw new Error('give the commit of the rules checked out')
    const paths = pathsFromArgs(process.argv)
    if (!existsSync(paths.blindSet)) throw new Error(`${paths.blindSet} does not exist yet`)
    const label = arg('--label')
    const row = {
      rulesCommit,
      ...(label ? { label } : {}),
      byLang: blindRow(pack, readEntries(paths.blindSet)),
    }
    if (before !== undefined) writeFileSync(paths.before, `${JSON.stringify(row, null, 1)}\n`)
    else {
      const rows = existsSync(paths.rounds)
        ? roundsFileSchema.parse(JSON.parse(readFileSync(paths.rounds, 'utf8')))
        : []
      writeFileSync(paths.rounds, `${JSON.stringify([...rows, row], null, 1)}\n`)
    }
    console.log(`Wrote ${before !== undefined ? paths.before : paths.rounds}`)
  } else {
    const md = report(pack)
    writeFileSync(join(ROOT, 'docs/detector.md'), md)
    console.log(md.replace(/#+ Errors[\s\S]*?(?=\n#{2,3} )/g, ''))
  }
}
