/**
 * Import benchmark (issue 3): builds a 1–2 MB act by concatenating the fixture acts with their
 * articles renumbered, then imports it from text, DOCX and PDF. Reports build time, extraction
 * time, parse time, unit counts and peak memory (main-thread RSS sampled every 20 ms, plus the
 * converter worker's heap is bounded by IMPORT_LIMITS.workerHeapMb).
 *
 * Run: npx tsx bench/import.ts [targetMegabytes=1.5]
 */
import { extractDraftText } from '../server/importers/index.js'
import { parseDraft, unitCounts } from '../shared/structure/index.js'
import { buildDocx, buildPdf, fixtureText } from '../tests/server/importers/fixtureFiles.js'

const target = Number(process.argv[2] ?? 1.5) * 1024 * 1024

/** Repeats the Uzbek acts, renumbering every article and chapter so the numbering runs on. */
function buildLargeAct(): string {
  const sources = [
    fixtureText('uz-latn-anticorruption-law.txt'),
    fixtureText('uz-latn-entrepreneurship-freedom-guarantees-law.txt'),
  ]
  const out: string[] = []
  let article = 0
  let chapter = 0
  let size = 0
  for (let round = 0; size < target; round++) {
    for (const src of sources) {
      for (const line of src.split('\n')) {
        const renumbered = line
          .replace(/^\d+(?:[¹²³⁴⁵⁶⁷⁸⁹]+)?-modda\./, () => `${++article}-modda.`)
          .replace(/^\d+-bob\./, () => `${++chapter}-bob.`)
        if (round > 0 && /^[A-ZʻʼOʻ‘ ]+$/.test(line) && !/\d/.test(line)) continue // one title only
        out.push(renumbered)
        size += Buffer.byteLength(renumbered) + 1
      }
    }
  }
  return out.join('\n')
}

async function measure<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; peakRssMb: number }> {
  global.gc?.()
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 20)
  const t0 = performance.now()
  const value = await fn()
  const ms = performance.now() - t0
  clearInterval(timer)
  peak = Math.max(peak, process.memoryUsage().rss)
  return { value, ms, peakRssMb: peak / 1024 / 1024 }
}

const text = buildLargeAct()
const expectedArticles = (text.match(/^\d+-modda\./gm) ?? []).length
console.log(
  `act: ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB, ${text.split('\n').length} lines, ${expectedArticles} articles`,
)

const docx = await measure(() => buildDocx(text))
const pdf = await measure(() => buildPdf(text))
console.log(
  `built DOCX ${(docx.value.length / 1024).toFixed(0)} KB in ${docx.ms.toFixed(0)} ms; PDF ${(pdf.value.length / 1024 / 1024).toFixed(2)} MB in ${pdf.ms.toFixed(0)} ms`,
)

const rows: string[] = []
for (const [format, bytes] of [
  ['txt', new TextEncoder().encode(text)],
  ['docx', docx.value],
  ['pdf', pdf.value],
] as const) {
  const extracted = await measure(() => extractDraftText({ name: `act.${format}`, bytes }))
  const parsed = await measure(async () => parseDraft(extracted.value.text))
  const counts = unitCounts(parsed.value.units)
  const ok = counts.article === expectedArticles ? 'ok' : `MISMATCH (expected ${expectedArticles})`
  rows.push(
    `${format.padEnd(4)} extract ${extracted.ms.toFixed(0).padStart(6)} ms  parse ${parsed.ms.toFixed(0).padStart(5)} ms  ` +
      `units ${parsed.value.units.length}  articles ${counts.article} ${ok}  peak RSS ${Math.max(extracted.peakRssMb, parsed.peakRssMb).toFixed(0)} MB`,
  )
}
console.log(rows.join('\n'))
