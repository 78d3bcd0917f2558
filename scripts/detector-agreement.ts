/**
 * Agreement of the two coders of the blind set: validates both coder files against the entries, prints
 * per-language span F1 and norm kappa, and lists the disagreements ready to copy into adjudication.json.
 * Run: npm run detector:agreement [-- --dir <detector fixtures folder>]
 * Reads only fixtures/detector/blind/{entries,coder-a,coder-b}.json; writes nothing.
 */
import { agreementByLang, disagreements, placeMarks } from './detector-eval/agreement.js'
import { agreementText } from './detector-eval/agreementText.js'
import { pathsFromArgs, readCoderPair } from './detector-eval/blindFiles.js'
import { defaultPack } from './detector-eval/pack.js'

try {
  const paths = pathsFromArgs(process.argv)
  const { entries, a, b } = readCoderPair(paths)
  const factorIds = defaultPack().factors.map((f) => f.id)
  const placedA = placeMarks(entries, a.marks, factorIds, `${paths.coderA} (${a.coder})`)
  const placedB = placeMarks(entries, b.marks, factorIds, `${paths.coderB} (${b.coder})`)
  console.log(
    agreementText(agreementByLang(entries, placedA, placedB), disagreements(placedA, placedB), [
      a.coder,
      b.coder,
    ]),
  )
} catch (e) {
  console.error((e as Error).message)
  process.exit(1)
}
