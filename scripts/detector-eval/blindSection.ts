/**
 * The blind set's section of docs/detector.md: the honest figure, since the set was marked by two coders
 * and committed before the detector ran on it. Per-item errors are not printed, so the set stays unseen
 * by whoever tunes the next round.
 */
import { existsSync } from 'node:fs'
import type { Methodology } from '../../shared/methodology/index.js'
import { agreementTable } from './agreementText.js'
import {
  agreementFileSchema,
  type BeforeFile,
  type BlindPaths,
  beforeFileSchema,
  readOptional,
  roundsFileSchema,
} from './blindFiles.js'
import { bySourceTable } from './bySource.js'
import { evaluate, falseAlarms } from './scoring.js'
import { type EvalEntry, readEntries } from './sets.js'
import { alarmTable, fmt, goalVerdict, LANGS, scoreSection } from './tables.js'

/** Per-language figures of one rules state on the blind set, in the shape of before.json. */
export function blindRow(pack: Methodology, entries: EvalEntry[]): BeforeFile['byLang'] {
  const score = evaluate(entries, pack)
  const alarms = falseAlarms(entries, pack, true)
  const out: BeforeFile['byLang'] = {}
  for (const lang of new Set(entries.map((e) => e.lang))) {
    const c = score.byLang[lang]
    out[lang] = {
      precision: c?.precision ?? null,
      recall: c?.recall ?? null,
      recallAny: c?.recallAny ?? null,
      falseAlarmRate: alarms.find((a) => a.lang === lang)?.rate ?? null,
    }
  }
  return out
}

const cell = (r: BeforeFile['byLang'][string] | undefined) =>
  r ? `${fmt(r.precision)} / ${fmt(r.recall)} / ${fmt(r.recallAny)} / ${fmt(r.falseAlarmRate)}` : '–'

/** The section, or nothing while fixtures/detector/blind.json does not exist. */
export function blindSection(
  pack: Methodology,
  paths: BlindPaths,
  title = 'Blind set (marked by two coders by CONVENTION.md, committed before the detector ran on it): the honest figure',
  caveat = '',
): string[] {
  if (!existsSync(paths.blindSet)) return []
  const entries = readEntries(paths.blindSet)
  const score = evaluate(entries, pack)
  const alarms = falseAlarms(entries, pack, true)
  const agreement = readOptional(paths.agreement, agreementFileSchema)
  const before = readOptional(paths.before, beforeFileSchema)
  const rounds = readOptional(paths.rounds, roundsFileSchema) ?? []
  const now = blindRow(pack, entries)
  const converted = entries.filter((e) => 'converted' in e).length
  const realCyrillic = entries.filter((e) => e.lang === 'uz-Cyrl').length - converted
  const spans = LANGS.map(
    (l) => `${l} ${entries.filter((e) => e.lang === l).reduce((n, e) => n + e.expected.length, 0)}`,
  )
  return [
    ...scoreSection(pack, entries, title, '##', false),
    `${caveat ? `${caveat} ` : ''}${entries.length} entries (fixtures/detector/${paths.name}.json); marked spans per language: ${spans.join(', ')}. “Recall” counts a span found when a suggestion in its unit overlaps it with its factor (the goal’s figure); “recall (any factor)” with any factor. Per-item errors are not published, so the set stays unseen by the rules.${converted ? ` Of the uz-Cyrl entries, ${converted} are machine transliterations of the uz-Latn ones with their settled marks (${realCyrillic ? `only ${realCyrillic} real Cyrillic entries could be found, as openings of stored pages` : 'no real Cyrillic act could be cut whole for this set'}), so the uz-Cyrl figure mostly measures the Latin rules through transliteration.` : ''}`,
    '',
    '### False alarms per unmarked norm (blind set; the article heading is not a norm)',
    '',
    ...alarmTable(alarms),
    '### Per source act',
    '',
    ...bySourceTable(pack, entries),
    '',
    '### Coder agreement',
    '',
    ...(agreement
      ? [
          ...agreementTable(agreement.byLang, agreement.coders),
          '',
          `${agreement.disagreements} disagreements settled by CONVENTION.md (fixtures/detector/${paths.name}/adjudication.json); ${agreement.kept} spans in the settled set. Span F1: one coder’s spans against the other’s (same unit, overlap, same factor / any factor); kappa: Cohen’s, on “this norm has a risk”.`,
        ]
      : [
          `No fixtures/detector/${paths.name}/agreement.json: run \`npm run detector:blind-build -- --set ${paths.name}\`.`,
        ]),
    '',
    '### Goal',
    '',
    `Goals: recall ≥ 0.85 (right factor) and false alarms ≤ 0.1 per unmarked norm, in every language. On the blind set: ${goalVerdict(score.byLang, alarms)}`,
    '',
    '### Before and after (precision / recall / recall any factor / false-alarm rate)',
    '',
    '| rules | uz-Latn | uz-Cyrl | ru | en |',
    '|---|---|---|---|---|',
    before
      ? `| ${before.label ?? 'before round 5'} (rules as of ${before.rulesCommit}) | ${LANGS.map((l) => cell(before.byLang[l])).join(' | ')} |`
      : `| before | not measured yet (fixtures/detector/${paths.name}/before.json) | | | |`,
    ...rounds.map(
      (r) =>
        `| ${r.label ?? 'recorded'} (rules as of ${r.rulesCommit}) | ${LANGS.map((l) => cell(r.byLang[l])).join(' | ')} |`,
    ),
    `| now (rules at this commit) | ${LANGS.map((l) => cell(now[l])).join(' | ')} |`,
    '',
  ]
}
