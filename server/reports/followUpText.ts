/**
 * The follow-up conclusion in the text formats: HTML, Markdown (from the shared blocks), CSV (one row
 * per finding), JSON (the model) and W3C Web Annotations on the revised version. User text is escaped
 * by the same helpers as the other reports.
 */
import { type FollowUpReportModel, followUpBlocks, newWording } from '../../shared/reports/followUpModel.js'
import { followUpText } from '../../shared/reports/followUpText.js'
import { csvCell } from './csv.js'
import { escapeHtml } from './html.js'
import { escapeMarkdown } from './markdown.js'
import { versionUrn } from './w3c.js'

const STYLE = `body{font-family:"DejaVu Serif","Times New Roman",serif;font-size:12pt;line-height:1.4;max-width:70rem;margin:2rem auto;color:#111}
h1{font-size:16pt;text-align:center}h2{font-size:13pt;margin-top:1.6em}
table{border-collapse:collapse;width:100%;margin:.6em 0}th,td{border:1px solid #555;padding:.25em .4em;vertical-align:top;text-align:left}
th{background:#eee}thead{display:table-header-group}tr{break-inside:avoid}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}dt{font-weight:bold}dd{margin:0}
@page{size:A4 landscape;margin:1.5cm}@media print{body{margin:0;max-width:none}}`

/** The follow-up conclusion as one self-contained HTML page. */
export function followUpHtml(m: FollowUpReportModel): string {
  const e = escapeHtml
  const row = (cells: string[], tag = 'td') =>
    `<tr>${cells.map((x) => `<${tag}>${e(x)}</${tag}>`).join('')}</tr>`
  const body = followUpBlocks(m).map((b) => {
    if (b.kind === 'heading') return `<h2>${e(b.text)}</h2>`
    if (b.kind === 'paragraph') return `<p>${e(b.text)}</p>`
    if (b.kind === 'fields')
      return `<dl>${b.pairs.map(([k, v]) => `<dt>${e(k)}</dt><dd>${e(v)}</dd>`).join('')}</dl>`
    return `<table><thead>${row(b.head, 'th')}</thead><tbody>${b.rows.map((r) => row(r)).join('')}</tbody></table>`
  })
  return `<!DOCTYPE html>
<html lang="${e(m.lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(`${m.title} — ${m.act.title}`)}</title><style>${STYLE}</style></head>
<body>
<h1>${e(m.title)}</h1>
<p style="text-align:center">${e(m.subtitle)}</p>
${body.join('\n')}
</body></html>
`
}

/** The follow-up conclusion in Markdown (GFM tables). */
export function followUpMarkdown(m: FollowUpReportModel): string {
  const x = escapeMarkdown
  const out = [`# ${x(m.title)}`, '', `*${x(m.subtitle)}*`, '']
  for (const b of followUpBlocks(m)) {
    if (b.kind === 'heading') out.push(`## ${x(b.text)}`, '')
    else if (b.kind === 'paragraph') out.push(x(b.text), '')
    else if (b.kind === 'fields') out.push(...b.pairs.map(([k, v]) => `- **${x(k)}:** ${x(v)}`), '')
    else {
      const line = (cells: string[]) => `| ${cells.map((c) => x(c)).join(' | ')} |`
      out.push(line(b.head), `|${b.head.map(() => ' --- |').join('')}`, ...b.rows.map(line), '')
    }
  }
  return `${out.join('\n')}\n`
}

/** One row per carried finding, BOM and CRLF as the other CSV exports. */
export function followUpCsv(m: FollowUpReportModel): string {
  const t = followUpText(m.lang)
  const c = t.columns
  const head = [
    c.number,
    c.unit,
    c.quote,
    c.newUnit,
    c.newWording,
    c.state,
    c.proposal,
    c.adopted,
    c.verdict,
    c.note,
  ]
  const rows = m.items.map((i) => [
    i.number,
    i.unitLabel,
    i.quote,
    i.toUnitLabel ?? '',
    newWording(i, t),
    t.state[i.state],
    i.proposal,
    i.proposal ? (i.proposalAdopted ? t.yes : t.no) : '',
    t.verdict[i.verdict],
    i.note,
  ])
  const machine = ['findingId', 'state', 'verdict', 'start', 'end']
  const lines = [
    [...head, ...machine],
    ...rows.map((r, k) => {
      const i = m.items[k] as FollowUpReportModel['items'][number]
      return [...r, i.findingId, i.state, i.verdict, i.start ?? '', i.end ?? '']
    }),
  ]
  return `\ufeff${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`
}

/** The model itself, for integrations. */
export function followUpJson(m: FollowUpReportModel): string {
  return `${JSON.stringify(m, null, 2)}\n`
}

/** W3C annotations on the revised version: each finding still in the text, with its verdict and note. */
export function followUpW3c(m: FollowUpReportModel): string {
  const t = followUpText(m.lang)
  const source = versionUrn(m.act.to.id)
  const items = m.items
    .filter((i) => i.toUnitId !== null && i.start !== null && i.end !== null)
    .map((i) => ({
      id: `urn:shaffof:follow-up:${encodeURIComponent(m.followUpId)}:${encodeURIComponent(i.findingId)}`,
      type: 'Annotation',
      motivation: 'assessing',
      label: `${i.number}. ${i.toUnitLabel}`,
      body: [
        {
          type: 'TextualBody',
          purpose: 'assessing',
          value: `${t.columns.verdict}: ${t.verdict[i.verdict]}`,
          language: m.lang,
          verdict: i.verdict,
          state: i.state,
        },
        ...(i.note
          ? [{ type: 'TextualBody', purpose: 'commenting', value: i.note, format: 'text/plain' }]
          : []),
        {
          type: 'TextualBody',
          purpose: 'describing',
          value: i.quote,
          format: 'text/plain',
          findingId: i.findingId,
        },
      ],
      target: {
        type: 'SpecificResource',
        source,
        selector: {
          type: 'FragmentSelector',
          conformsTo: 'urn:shaffof:unit',
          value: `unit=${encodeURIComponent(i.toUnitId as string)}`,
          refinedBy: { type: 'TextPositionSelector', start: i.start, end: i.end },
        },
      },
    }))
  const collection = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${source}:follow-up:${encodeURIComponent(m.followUpId)}:${m.lang}`,
    type: 'AnnotationCollection',
    label: `${m.title} — ${m.act.title}`,
    generated: m.generatedAt,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  }
  return `${JSON.stringify(collection, null, 2)}\n`
}
