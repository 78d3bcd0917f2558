/**
 * W3C Web Annotation export (JSON-LD, https://www.w3.org/TR/annotation-model/): an
 * AnnotationCollection with one Annotation per finding. See docs/exports.md for the selector layout:
 * the target source is the draft version; a FragmentSelector names the structural unit and is refined
 * by a TextPositionSelector whose offsets count into that unit's text (not the whole draft); a
 * TextQuoteSelector (exact/prefix/suffix) and the same TextPositionSelector are also given as
 * alternatives, the latter carrying `unit` so plain-JSON consumers know what the offsets count into.
 */
import type { ReportModel } from '../../shared/reports/schema.js'
import { textOf } from './common.js'

/** How many characters of context TextQuoteSelector carries on each side. */
const CONTEXT = 32

/** The URN of a draft version, the annotations' target source. */
export function versionUrn(versionId: string): string {
  return `urn:shaffof:draft-version:${encodeURIComponent(versionId)}`
}

/** The collection as a JSON-LD object. */
export function buildW3c(model: ReportModel): Record<string, unknown> {
  const t = textOf(model)
  const units = new Map(model.units.map((u) => [u.id, u]))
  const source = versionUrn(model.act.versionId)
  const scope = model.scope.kind === 'consolidated' ? 'consolidated' : `group:${model.scope.name}`
  const items = model.findings.map((f) => {
    const text = units.get(f.unitId)?.text ?? ''
    const position = { type: 'TextPositionSelector', start: f.start, end: f.end }
    const body: Record<string, unknown>[] = [
      ...f.factors.map((x) => ({
        type: 'TextualBody',
        purpose: 'classifying',
        value: x.name,
        language: model.lang,
        factorId: x.id,
        factorGroup: x.groupName,
      })),
      {
        type: 'TextualBody',
        purpose: 'assessing',
        value: `${t.columns.risk}: ${t.risk[f.risk]}`,
        language: model.lang,
        risk: f.risk,
      },
    ]
    if (f.rationale)
      body.push({ type: 'TextualBody', purpose: 'commenting', value: f.rationale, format: 'text/plain' })
    if (f.proposal.text || f.proposal.kind)
      body.push({
        type: 'TextualBody',
        purpose: 'editing',
        value: f.proposal.text,
        format: 'text/plain',
        proposalKind: f.proposal.kind,
      })
    return {
      id: `urn:shaffof:finding:${encodeURIComponent(f.id)}`,
      type: 'Annotation',
      motivation: 'assessing',
      label: `${f.number}. ${f.unitLabel}`,
      body,
      target: {
        type: 'SpecificResource',
        source,
        selector: [
          {
            type: 'FragmentSelector',
            conformsTo: 'urn:shaffof:unit',
            value: `unit=${encodeURIComponent(f.unitId)}`,
            unitId: f.unitId,
            unitLabel: f.unitLabel,
            refinedBy: position,
          },
          {
            type: 'TextQuoteSelector',
            exact: text.slice(f.start, f.end) || f.quote,
            prefix: text.slice(Math.max(0, f.start - CONTEXT), f.start),
            suffix: text.slice(f.end, f.end + CONTEXT),
          },
          { ...position, unit: f.unitId },
        ],
      },
    }
  })
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${source}:report:${encodeURIComponent(scope)}:${model.lang}`,
    type: 'AnnotationCollection',
    label: `${model.title} — ${model.act.title} (${model.scope.label})`,
    generated: model.generatedAt,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  }
}

/** The collection serialised. */
export function writeW3c(model: ReportModel): string {
  return `${JSON.stringify(buildW3c(model), null, 2)}\n`
}
