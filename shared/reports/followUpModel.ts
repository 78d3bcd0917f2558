/**
 * The follow-up conclusion as a report: every carried finding with its old quote and new wording,
 * state, verdict and note; a summary; the new risks found in the revised text. Pure: the route gathers
 * the follow-up, the two versions and the pack, and every export format prints this model.
 */
import type { FollowUp, FollowUpItem, Verdict } from '../domain/followUp.js'
import type { LanguageTag } from '../domain/language.js'
import type { Methodology } from '../methodology/index.js'
import { type FollowUpText, fill, followUpText } from './followUpText.js'
import { formatDate } from './i18n.js'

/** One carried finding as printed. */
export type FollowUpReportItem = Pick<
  FollowUpItem,
  | 'findingId'
  | 'unitLabel'
  | 'quote'
  | 'state'
  | 'toUnitId'
  | 'toUnitLabel'
  | 'start'
  | 'end'
  | 'newText'
  | 'proposal'
  | 'proposalAdopted'
  | 'verdict'
  | 'note'
> & { number: number; factors: string[] }

/** A new risk as printed. */
export type FollowUpReportRisk = {
  unitId: string
  unitLabel: string
  start: number
  end: number
  quote: string
  factor: string
  explanation: string
}

export type FollowUpReportModel = {
  schema: 'shaffof.follow-up/1'
  lang: LanguageTag
  generatedAt: string
  title: string
  subtitle: string
  followUpId: string
  act: {
    title: string
    language: LanguageTag
    from: { id: string; number: number }
    to: { id: string; number: number }
  }
  review: { id: string; title: string }
  summary: Record<Verdict, number> & { total: number; removed: number; adopted: number }
  items: FollowUpReportItem[]
  newRisks: FollowUpReportRisk[]
}

/** What the builder needs. */
export type FollowUpReportInput = {
  lang: LanguageTag
  generatedAt: string
  followUp: FollowUp
  draft: { title: string; language: LanguageTag }
  versions: { from: number; to: number }
  review: { id: string; title: string }
  pack: Methodology
  /** Labels of the revised version's units, for the new risks. */
  unitLabels: ReadonlyMap<string, string>
}

/** The factor's name in the report language (falls back to English, then the id). */
function factorName(pack: Methodology, id: string, lang: LanguageTag): string {
  const f = pack.factors.find((x) => x.id === id)
  return f ? (f.name[lang] ?? f.name.en ?? id) : id
}

/** Build the follow-up report model. */
export function buildFollowUpReport(input: FollowUpReportInput): FollowUpReportModel {
  const { followUp, lang, pack } = input
  const t = followUpText(lang)
  const version = (n: number) => fill(t.version, { n })
  const summary = {
    total: followUp.items.length,
    removed: 0,
    adopted: 0,
    pending: 0,
    fixed: 0,
    partly: 0,
    not_fixed: 0,
  }
  for (const i of followUp.items) {
    summary[i.verdict]++
    if (i.state === 'removed') summary.removed++
    if (i.proposalAdopted) summary.adopted++
  }
  return {
    schema: 'shaffof.follow-up/1',
    lang,
    generatedAt: input.generatedAt,
    title: t.title,
    subtitle: fill(t.subtitle, { to: version(input.versions.to) }),
    followUpId: followUp.id,
    act: {
      title: input.draft.title,
      language: input.draft.language,
      from: { id: followUp.fromVersionId, number: input.versions.from },
      to: { id: followUp.toVersionId, number: input.versions.to },
    },
    review: input.review,
    summary,
    items: followUp.items.map((i, k) => ({
      number: k + 1,
      findingId: i.findingId,
      unitLabel: i.unitLabel,
      quote: i.quote,
      state: i.state,
      toUnitId: i.toUnitId,
      toUnitLabel: i.toUnitLabel,
      start: i.start,
      end: i.end,
      newText: i.newText,
      proposal: i.proposal,
      proposalAdopted: i.proposalAdopted,
      verdict: i.verdict,
      note: i.note,
      factors: i.factorIds.map((id) => factorName(pack, id, lang)),
    })),
    newRisks: followUp.newSuggestions.map((s) => ({
      unitId: s.unitId,
      unitLabel: input.unitLabels.get(s.unitId) ?? '',
      start: s.start,
      end: s.end,
      quote: s.quote,
      factor: factorName(pack, s.factorId, lang),
      explanation: s.explanation,
    })),
  }
}

/** A field, a table or a paragraph: what every document format (md, html, docx, pdf) prints. */
export type FollowUpBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'fields'; pairs: [string, string][] }
  | { kind: 'table'; head: string[]; rows: string[][] }
  | { kind: 'paragraph'; text: string }

/** The new wording of an item as printed. */
export function newWording(item: FollowUpReportItem, t: FollowUpText): string {
  if (item.state === 'removed') return '—'
  return item.newText ? item.newText : t.deleted
}

/** The report as blocks under its title and subtitle, in the model's language. */
export function followUpBlocks(m: FollowUpReportModel): FollowUpBlock[] {
  const t = followUpText(m.lang)
  const c = t.columns
  const version = (n: number) => fill(t.version, { n })
  const s = m.summary
  const blocks: FollowUpBlock[] = [
    { kind: 'heading', text: t.sections.act },
    {
      kind: 'fields',
      pairs: [
        [t.fields.draft, m.act.title],
        [t.fields.review, m.review.title],
        [t.fields.from, version(m.act.from.number)],
        [t.fields.to, version(m.act.to.number)],
        [t.fields.generatedAt, formatDate(m.lang, m.generatedAt)],
      ],
    },
    { kind: 'heading', text: t.sections.summary },
    {
      kind: 'table',
      head: [t.columns.verdict, '#'],
      rows: [
        [t.summary.total, String(s.total)],
        [t.verdict.fixed, String(s.fixed)],
        [t.verdict.partly, String(s.partly)],
        [t.verdict.not_fixed, String(s.not_fixed)],
        [t.summary.removed, String(s.removed)],
        [t.verdict.pending, String(s.pending)],
        [t.summary.adopted, String(s.adopted)],
      ],
    },
    { kind: 'heading', text: t.sections.items },
  ]
  if (!m.items.length) blocks.push({ kind: 'paragraph', text: t.noItems })
  else
    blocks.push({
      kind: 'table',
      head: [c.number, c.unit, c.quote, c.newUnit, c.newWording, c.state, c.adopted, c.verdict, c.note],
      rows: m.items.map((i) => [
        String(i.number),
        i.unitLabel,
        i.quote,
        i.toUnitLabel ?? '—',
        newWording(i, t),
        t.state[i.state],
        i.proposal ? (i.proposalAdopted ? t.yes : t.no) : '—',
        t.verdict[i.verdict],
        i.note,
      ]),
    })
  blocks.push({ kind: 'heading', text: t.sections.newRisks })
  if (!m.newRisks.length) blocks.push({ kind: 'paragraph', text: t.noNewRisks })
  else
    blocks.push({
      kind: 'table',
      head: [c.newUnit, c.quote, c.factor, c.explanation],
      rows: m.newRisks.map((r) => [r.unitLabel, r.quote, r.factor, r.explanation]),
    })
  return blocks
}
