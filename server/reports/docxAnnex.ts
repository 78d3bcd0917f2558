/**
 * The DOCX annex: the draft's text, unit by unit, with each finding's quoted span carried by a native
 * Word comment (CommentRangeStart/End around the span, a CommentReference after it). Comment ids are
 * the finding numbers minus one, so comment N in Word is finding N+1 in the table.
 */
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  type ICommentOptions,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx'
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

/** The comments part: one comment per finding (number, factors, risk, rationale, proposal, response). */
export function annexComments(model: ReportModel): ICommentOptions[] {
  const t = textOf(model)
  const c = t.columns
  return model.findings.map((f) => {
    const lines = [
      `№ ${f.number}. ${c.factors}: ${factorLine(f, t)}`,
      `${c.risk}: ${t.risk[f.risk]}`,
      f.rationale && `${c.rationale}: ${f.rationale}`,
      (f.proposal.text || f.proposal.kind) && `${c.proposal}: ${proposalLine(f, t)}`,
      f.sources.length > 0 && `${c.sources}: ${sourcesLine(f)}`,
      f.response && `${c.response}: ${responseLine(f, t)}`,
    ].filter((x): x is string => Boolean(x))
    return {
      id: f.number - 1,
      author: model.scope.label,
      initials: 'SH',
      date: new Date(model.generatedAt),
      // A rationale's own line breaks stay line breaks in Word's comment pane.
      children: lines.flatMap((text) =>
        text.split(/\r\n?|\n/).map((line) => new Paragraph({ children: [new TextRun(line)] })),
      ),
    }
  })
}

/**
 * One paragraph per non-blank unit: the draft's own text (it carries its numbering, so no label is
 * put in front of it — "1-modda: 1-modda. …" read double), headings in bold, with comment ranges.
 */
export function annexParagraphs(model: ReportModel): Paragraph[] {
  const byUnit = findingsByUnit(model)
  return model.units.map((u) => {
    const { segments, boundaries } = segmentUnit(u.text, byUnit.get(u.id) ?? [])
    const heading = u.kind === 'article' || u.kind === 'division' || u.kind === 'annex'
    const children: ParagraphChild[] = []
    const closeAndOpen = (at: number) => {
      const b = boundaries.find((x) => x.at === at)
      if (!b) return
      // Close before opening, so a span ending where the next begins does not swallow it.
      for (const n of b.closes)
        children.push(
          new CommentRangeEnd(n - 1),
          new TextRun({ children: [new CommentReference(n - 1)], superScript: true }),
        )
      for (const n of b.opens) if (!b.closes.includes(n)) children.push(new CommentRangeStart(n - 1))
      // A zero-length finding opens and closes at one point; keep its range well-formed.
      for (const n of b.opens)
        if (b.closes.includes(n))
          children.push(
            new CommentRangeStart(n - 1),
            new CommentRangeEnd(n - 1),
            new TextRun({ children: [new CommentReference(n - 1)], superScript: true }),
          )
    }
    for (const seg of segments) {
      closeAndOpen(seg.start)
      children.push(
        new TextRun({ text: seg.text, bold: heading, highlight: seg.covering.length ? 'yellow' : undefined }),
      )
    }
    closeAndOpen(u.text.length)
    return new Paragraph({ children, spacing: { after: 80, before: heading ? 160 : 0 } })
  })
}
