/**
 * Print-ready HTML: one self-contained page, a print stylesheet, no scripts and no external resources.
 * Every piece of user text passes through `escapeHtml`.
 */
import type { ReportModel } from '../../shared/reports/schema.js'
import {
  documentTitle,
  findingCells,
  findingHead,
  findingsByUnit,
  formFields,
  reviewFields,
  segmentUnit,
  summaryFields,
  summaryTables,
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
mark{background:#fff3a8}.notice{font-style:italic;background:#f4f4f4;padding:.3em .5em}td{overflow-wrap:anywhere}sup.ref{font-size:.7em;color:#8a4b00}.annex p{margin:.3em 0}.label{font-weight:bold}
@page{size:A4;margin:2cm}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}.annex{break-before:page}}
`

/** The complete HTML document. */
export function writeHtml(model: ReportModel): string {
  const t = textOf(model)
  const e = escapeHtml
  const row = (cells: string[], tag = 'td') =>
    `<tr>${cells.map((x) => `<${tag}>${x}</${tag}>`).join('')}</tr>`
  const dl = (pairs: [string, string][]) =>
    `<dl>${pairs.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`
  const consolidated = model.scope.kind === 'consolidated'

  const findingRows = model.findings.map((f) => row(findingCells(f, t, consolidated).map(e)))
  const headers = findingHead(t, consolidated)
  const countTables = summaryTables(model, t).map(
    ({ head, rows }) =>
      `<table><thead>${row(head.map(e), 'th')}</thead><tbody>${rows.map((r) => row(r.map(e))).join('')}</tbody></table>`,
  )

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
    const heading = u.kind === 'article' || u.kind === 'division' || u.kind === 'annex'
    return heading ? `<p class="label">${body}</p>` : `<p>${body}</p>`
  })

  const signHeading = model.scope.kind === 'group' ? t.signature.members : t.signature.experts
  const signatories = model.signatories.length
    ? `<p class="label">${e(signHeading)}:</p><dl>${model.signatories.map((n) => `<dt>${e(n)}</dt><dd>${e(t.form.blank)} ${e(t.signature.sign)}</dd>`).join('')}</dl>`
    : ''
  return `<!DOCTYPE html>
<html lang="${e(model.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(documentTitle(model))}</title><style>${STYLE}</style></head>
<body>
<h1>${e(model.title)}</h1>
<p style="text-align:center">${e(model.scope.label)}</p>
${dl(formFields(model, t))}
<h2>${e(t.sections.review)}</h2>
${dl(reviewFields(model, t))}
<h2>${e(t.sections.summary)}</h2>
${dl(summaryFields(model, t))}
${countTables.join('\n')}
${model.notices.map((n) => `<p class="notice">${e(n)}</p>`).join('\n')}
<h2>${e(t.sections.findings)}</h2>
${model.findings.length ? `<table class="findings"><thead>${row(headers.map(e), 'th')}</thead><tbody>${findingRows.join('\n')}</tbody></table>` : `<p>${e(t.noFindings)}</p>`}
<h2>${e(t.sections.conclusion)}</h2>
${model.conclusion.map((p) => `<p>${e(p)}</p>`).join('\n')}
${signatories}
${model.annex ? `<section class="annex"><h2>${e(t.sections.annex)}</h2>\n${annex.join('\n')}\n</section>` : ''}
</body></html>
`
}
