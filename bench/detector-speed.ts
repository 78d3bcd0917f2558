/**
 * Detector speed for `npm run bench`: runs only the speed part of `scripts/eval-detector.ts`
 * (`benchmark`: 1 MB of fixture text per language), without regenerating docs/detector.md.
 *   npx tsx bench/detector-speed.ts [--runs 5]
 * Prints one JSON line.
 */
import { benchmark } from '../scripts/eval-detector.js'
import { builtinPacks, DEFAULT_METHODOLOGY_ID, type Methodology } from '../shared/methodology/index.js'

const i = process.argv.indexOf('--runs')
const runs = i >= 0 ? Number(process.argv[i + 1]) : 5
const pack = builtinPacks().find((p) => p.id === DEFAULT_METHODOLOGY_ID) as Methodology
process.stdout.write(
  `${JSON.stringify({ bench: 'detector', pack: pack.id, runs, languages: benchmark(pack, runs) })}\n`,
)
