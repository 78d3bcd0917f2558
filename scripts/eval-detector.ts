/**
 * Evaluates the marker detector on the marked sets (the blind set first, when built; then the
 * development sets), measures flood on the real fixture laws and speed on 1 MB of text, and writes
 * docs/detector.md. The parts live in scripts/detector-eval/.
 * Run: npm run eval:detector
 *      npm run eval:detector -- --write-before <rules commit>   (scores the blind set with the rules
 *      checked out now and writes fixtures/detector/blind/before.json instead of the doc; `--dir`
 *      names another detector fixtures folder, as for the blind-set scripts)
 */
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { pathsFromArgs } from './detector-eval/blindFiles.js'
import { blindRow } from './detector-eval/blindSection.js'
import { defaultPack } from './detector-eval/pack.js'
import { report } from './detector-eval/report.js'
import { ROOT, readEntries } from './detector-eval/sets.js'

export { benchmark, floodReport } from './detector-eval/flood.js'
export { evaluate, falseAlarms } from './detector-eval/scoring.js'
export { type EvalEntry, excerptUnits, fixtureBody, lawUnits, loadSet } from './detector-eval/sets.js'

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const pack = defaultPack()
  const i = process.argv.indexOf('--write-before')
  if (i >= 0) {
    const rulesCommit = process.argv[i + 1]
    if (!rulesCommit) throw new Error('--write-before needs the commit of the rules checked out')
    const paths = pathsFromArgs(process.argv)
    if (!existsSync(paths.blindSet)) throw new Error(`${paths.blindSet} does not exist yet`)
    const before = { rulesCommit, byLang: blindRow(pack, readEntries(paths.blindSet)) }
    writeFileSync(paths.before, `${JSON.stringify(before, null, 1)}\n`)
    console.log(`Wrote ${paths.before}`)
  } else {
    const md = report(pack)
    writeFileSync(join(ROOT, 'docs/detector.md'), md)
    console.log(md.replace(/#+ Errors[\s\S]*?(?=\n#{2,3} )/g, ''))
  }
}
