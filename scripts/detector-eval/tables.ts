/** Markdown tables shared by the sections of docs/detector.md. */
import type { Methodology } from '../../shared/methodology/index.js'
import { type AlarmCount, evaluate, GOAL, type Score } from './scoring.js'
import type { EvalEntry } from './sets.js'

/** The languages of the goal, in the order of the report's columns. */
export const LANGS = ['uz-Latn', 'uz-Cyrl', 'ru', 'en'] as const
export type Lang = (typeof LANGS)[number]

/** Two decimals, or a dash for "nothing to divide by". */
export const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '–' : x.toFixed(2))

/** Markdown tables (per language, per factor, errors) for one scored set. */
export function scoreSection(
  pack: Methodology,
  entries: EvalEntry[],
  heading: string,
  level = '##',
  withErrors = true,
): string[] {
  const result = evaluate(entries, pack)
  const name = (id: string) => pack.factors.find((f) => f.id === id)?.name.en ?? id
  const cells = (c: Score) =>
    `${c.tp} | ${c.fp} | ${c.fn} | ${fmt(c.precision)} | ${fmt(c.recall)} | ${fmt(c.recallAny)} |`
  return [
    `${level} ${heading}`,
    '',
    '| language | excerpts | TP | FP | FN | precision | recall | recall (any factor) |',
    '|---|---|---|---|---|---|---|---|',
    ...Object.entries(result.byLang).map(
      ([lang, c]) => `| ${lang} | ${entries.filter((e) => e.lang === lang).length} | ${cells(c)}`,
    ),
    '',
    `${level}# Per factor and language`,
    '',
    '| factor | language | TP | FP | FN | precision | recall | recall (any factor) |',
    '|---|---|---|---|---|---|---|---|',
    ...Object.entries(result.byFactor).map(([key, c]) => {
      const [factor, lang] = key.split('|')
      return `| ${name(factor)} | ${lang} | ${cells(c)}`
    }),
    '',
    ...(withErrors ? [`${level}# Errors`, '', ...result.misses.map((m) => `- ${m}`), ''] : []),
  ]
}

/** The false-alarm table of one set. */
export function alarmTable(alarms: AlarmCount[]): string[] {
  return [
    '| language | unmarked norms | with a suggestion | false-alarm rate |',
    '|---|---|---|---|',
    ...alarms.map((a) => `| ${a.lang} | ${a.clean} | ${a.alarmed} | ${fmt(a.rate)} |`),
    '',
  ]
}

/** "precision / recall / false-alarm rate" per language, in the order of LANGS. */
export function roundRow(score: ReturnType<typeof evaluate>, alarms: AlarmCount[]): Record<Lang, string> {
  const row = {} as Record<Lang, string>
  for (const l of LANGS) {
    const c = score.byLang[l]
    const a = alarms.find((x) => x.lang === l)
    row[l] = `${fmt(c?.precision ?? null)} / ${fmt(c?.recall ?? null)} / ${fmt(a?.rate ?? null)}`
  }
  return row
}

/** Says plainly which languages miss the issue-21 goals (recall ≥ 0.85, false alarms ≤ 0.1). */
export function goalVerdict(byLang: Record<string, { recall: number | null }>, alarms: AlarmCount[]): string {
  const low = Object.entries(byLang).filter(([, c]) => (c.recall ?? 0) < GOAL.recall)
  const noisy = alarms.filter((a) => a.rate > GOAL.falseAlarms)
  const recall = low.length
    ? `**The recall goal (≥ 0.85 in every language) is not met** for ${low.map(([l, c]) => `${l} (${fmt(c.recall)})`).join(', ')}.`
    : 'The recall goal (≥ 0.85) is met in every language.'
  const fa = noisy.length
    ? `**The false-alarm goal (≤ 0.1) is not met** for ${noisy.map((a) => a.lang).join(', ')}.`
    : 'The false-alarm goal (≤ 0.1 per unmarked norm) is met in every language.'
  return `${recall} ${fa}`
}
