/**
 * Print-ready HTML: one self-contained page, a print stylesheet, no scripts and no external resources.
 * Every piece of user text passes through `escapeHtml`.
 */
import { reportDate } from '../../shared/reports/model.js'
import type { ReportModel } from '../../shared/reports/schema.js'
import {
  factorLine,
  findingsByUnit,
  proposalLine,
  responseLine,
  segmentUnit,
  sourcesLine,
  textOf,
} from './common.js'

/** Escapes text for HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

const STYLE = `
body{font-family:"DejaVu Serif","Times New Roman",serif;font-size:12pt;line-height:1.4;max-width:60rem;margin:2rem auto;color:#111}
h1{font-size:16pt;text-align:center}h2{font-size:13pt;margin-top:1.6em}
table{border-collapse:collapse;width:100%;margin:.6em 0}th,td{border:1px solid #555;padding:.25em .4em;vertical-align:top;text-align:left}
th{background:#eee}thead{display:table-header-group}tr{break-inside:avoid}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dt{font-weight:bold}dd{margin:0}
mark{background:#fff3a8}sup.ref{font-size:.7em;color:#8a4b00}.annex p{margin:.3em 0}.label{font-weight:bold}
@page{size:A4;margin:2cm}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}.annex{break-before:page}}
`

/** The complete HTML document. */
export function writeHtml(model: ReportModel): string {
  const t = textOf(model)
  const e = escapeHtml
  const c = t.columns
  const s = model.summary
  const row = (cells: string[], tag = 'td') =>
    `<tr>${cells.map((x) => `<${tag}>${x}</${tag}>`).join('')}</tr>`
  const dl = (pairs: [string, string][]) =>
    `<dl>${pairs.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`
  const consolidated = model.scope.kind === 'consolidated'

  const findingRows = model.findings.map((f) =>
    row([
      String(f.number),
      e(f.unitLabel),
      `«${e(f.quote)}»`,
      e(factorLine(f, t)),
      e(t.risk[f.risk]),
      e(f.rationale),
      e(proposalLine(f, t)),
      ...(consolidated ? [e(sourcesLine(f)), e(responseLine(f, t))] : []),
    ]),
  )
  const headers = [
    c.number,
    c.unit,
    c.quote,
    c.factors,
    c.risk,
    c.rationale,
    c.proposal,
    ...(consolidated ? [c.sources, c.response] : []),
  ]

  const byUnit = findingsByUnit(model)
  const annex = model.units.map((u) => {
    const { segments } = segmentUnit(u.text, byUnit.get(u.id) ?? [])
    const body = segments
      .map((seg) => {
        if (!seg.covering.length) return e(seg.text)
        const ends = (byUnit.get(u.id) ?? [])
          .filter((f) => f.end === seg.end)
          .map((f) => `<sup class="ref">[${f.number}]</sup>`)
          .join('')
        return `<mark title="${e(seg.covering.map((n) => `#${n}`).join(' '))}">${e(seg.text)}</mark>${ends}`
      })
      .join('')
    return `<p><span class="label">${e(u.label)}:</span> ${body}</p>`
  })

  return `<!DOCTYPE html>
<html lang="${e(model.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(`${model.title} — ${model.act.title}`)}</title><style>${STYLE}</style></head>
<body>
<h1>${e(model.title)}</h1>
<p style="text-align:center">${e(model.scope.label)}</p>
<h2>${e(t.sections.act)}</h2>
${dl([
  [t.fields.title, model.act.title],
  [t.fields.version, String(model.act.versionNumber ?? model.act.versionId)],
  [t.fields.language, t.languageName[model.act.language]],
  [t.fields.date, reportDate(model, model.act.date)],
])}
<h2>${e(t.sections.review)}</h2>
${dl([
  [t.fields.title, model.review.title],
  [t.fields.methodology, `${model.review.pack.title} ${model.review.pack.version}`],
  [t.fields.groups, model.review.groups.map((g) => g.name).join(', ')],
  [t.fields.experts, model.review.experts.join(', ')],
  [t.fields.date, reportDate(model, model.review.date)],
  [t.fields.generatedAt, reportDate(model, model.generatedAt)],
])}
<h2>${e(t.sections.summary)}</h2>
${dl([
  [t.summary.findings, String(s.findings)],
  [t.summary.articles, String(s.articles.total)],
  [t.summary.articlesChecked, String(s.articles.checked)],
  [t.summary.articlesWithFindings, String(s.articles.withFindings)],
  [t.summary.articlesUnreviewed, String(s.articles.unreviewed)],
  [t.summary.untagged, String(s.untagged)],
])}
<table><thead>${row([e(t.summary.byRisk), e(t.summary.count)], 'th')}</thead><tbody>${(['high', 'medium', 'low'] as const).map((r) => row([e(t.risk[r]), String(s.byRisk[r])])).join('')}</tbody></table>
<table><thead>${row([e(t.summary.byFactorGroup), e(t.summary.count)], 'th')}</thead><tbody>${s.byFactorGroup.map((g) => row([e(g.name), String(g.count)])).join('')}</tbody></table>
<table><thead>${row([e(t.summary.byFactor), e(t.summary.count)], 'th')}</thead><tbody>${s.byFactor.map((f) => row([e(f.name), String(f.count)])).join('')}</tbody></table>
<h2>${e(t.sections.findings)}</h2>
${model.findings.length ? `<table class="findings"><thead>${row(headers.map(e), 'th')}</thead><tbody>${findingRows.join('\n')}</tbody></table>` : `<p>${e(t.noFindings)}</p>`}
<h2>${e(t.sections.conclusion)}</h2>
${model.conclusion.map((p) => `<p>${e(p)}</p>`).join('\n')}
<section class="annex"><h2>${e(t.sections.annex)}</h2>
${annex.join('\n')}
</section>
</body></html>
`
}
