/**
 * Export benchmark: 1,000 consolidated findings (250 sample chapters, 1,750 units) to DOCX and PDF.
 * Each format runs in its own child process so peak RSS (getrusage maxRSS) belongs to that format
 * alone. Run: `npx tsx bench/export.ts [findings] [runs]`.
 */
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { type ExportFormat, writeReport } from '../server/reports/index.js'
import { buildReport } from '../shared/reports/model.js'
import { sampleReportInput } from '../tests/helpers/reportSample.js'

type Result = {
  format: string
  findings: number
  pages?: number
  ms: number[]
  bytes: number
  baseRssMb: number
  peakRssMb: number
  /** Longest the main thread went without running a 5 ms timer during each run (DOCX/PDF render in a worker). */
  mainStallMs: number[]
}

const mb = (kb: number) => Math.round(kb / 102.4) / 10

/** Child mode: build the model, write `format` `runs` times, print one JSON line. */
async function child(format: ExportFormat, findings: number, runs: number): Promise<void> {
  const model = buildReport(
    sampleReportInput({ lang: 'uz-Latn', articles: Math.ceil(findings / 4), findings }),
  )
  const baseRssMb = mb(process.resourceUsage().maxRSS)
  const ms: number[] = []
  const mainStallMs: number[] = []
  let bytes = 0
  for (let i = 0; i < runs; i++) {
    let last = performance.now()
    let stall = 0
    const tick = setInterval(() => {
      stall = Math.max(stall, performance.now() - last)
      last = performance.now()
    }, 5)
    const t0 = performance.now()
    const file = await writeReport(model, format)
    ms.push(Math.round(performance.now() - t0))
    clearInterval(tick)
    mainStallMs.push(Math.round(Math.max(stall, performance.now() - last)))
    bytes = file.body.length
  }
  const result: Result = {
    format,
    findings: model.findings.length,
    ms,
    bytes,
    baseRssMb,
    peakRssMb: mb(process.resourceUsage().maxRSS),
    mainStallMs,
  }
  console.log(JSON.stringify(result))
}

/** Parent mode: one child per format, then a Markdown table for docs/exports.md. */
function parent(findings: number, runs: number): void {
  const self = fileURLToPath(import.meta.url)
  const rows = (['docx', 'pdf'] as const).map((format) => {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', self, '--child', format, String(findings), String(runs)],
      { encoding: 'utf8' },
    )
    return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Result
  })
  console.log(`Node ${process.version}, ${findings} findings, ${runs} run(s) per format`)
  console.log('| format | findings | time per run (ms) | file size | RSS before writing | peak RSS |')
  console.log('|---|---|---|---|---|---|')
  for (const r of rows) {
    console.log(
      `| ${r.format} | ${r.findings} | ${r.ms.join(' / ')} | ${(r.bytes / 1024).toFixed(0)} KiB | ${r.baseRssMb} MB | ${r.peakRssMb} MB |`,
    )
  }
}

const args = process.argv.slice(2)
if (args[0] === '--child') await child(args[1] as ExportFormat, Number(args[2]), Number(args[3]))
else parent(Number(args[0] ?? 1000), Number(args[1] ?? 3))
