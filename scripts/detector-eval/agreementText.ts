/** The printed agreement of two coders: per-language figures and the disagreements to settle. */
import type { agreementByLang, Disagreement } from './agreement.js'
import { decisionStub, describeDisagreement } from './blindBuild.js'
import type { LangAgreement } from './blindFiles.js'
import { fmt } from './tables.js'

/** Per-language agreement as a Markdown table (also used by docs/detector.md). */
export function agreementTable(byLang: Record<string, LangAgreement>, coders: [string, string]): string[] {
  return [
    `| language | norms | spans ${coders[0]} | spans ${coders[1]} | span F1 (same factor) | span F1 (any factor) | norm agreement | Cohen's kappa |`,
    '|---|---|---|---|---|---|---|---|',
    ...Object.entries(byLang).map(
      ([lang, g]) =>
        `| ${lang} | ${g.norms} | ${g.spansA} | ${g.spansB} | ${fmt(g.f1)} | ${fmt(g.f1Any)} | ${fmt(g.observed)} | ${fmt(g.kappa)} |`,
    ),
  ]
}

/** Everything `npm run detector:agreement` prints. */
export function agreementText(
  byLang: ReturnType<typeof agreementByLang>,
  open: Disagreement[],
  coders: [string, string],
): string {
  const lines = [
    `Agreement of ${coders[0]} (A) and ${coders[1]} (B) — CONVENTION.md, step 3`,
    '',
    ...agreementTable(byLang, coders),
    '',
    'Kappa is on "this norm has a risk" (a norm has at least one span); "–" when undefined (both coders coded every norm alike).',
    '',
  ]
  for (const lang of Object.keys(byLang)) {
    const mine = open.filter((x) => x.mark.lang === lang)
    lines.push(`## Disagreements, ${lang}: ${mine.length}`, '')
    for (const x of mine) lines.push(`- ${describeDisagreement(x, coders)}`)
    lines.push('')
  }
  lines.push(
    `Decisions to settle (${open.length}); copy into adjudication.json "decisions", set keep (true/false) and a one-line reason:`,
    JSON.stringify(open.map(decisionStub), null, 2),
  )
  return lines.join('\n')
}
