/**
 * Figures per source act of a blind set: a language's total can hide that one act was drafted like
 * texts the rules were written on (the English ATF regulations) while another was not.
 */
import type { Methodology } from '../../shared/methodology/schema.js'
import { evaluate, falseAlarms } from './scoring.js'
import type { EvalEntry } from './sets.js'
import { fmt } from './tables.js'

/** One markdown table: per source file, spans, recall (right factor / any factor) and false alarms. */
export function bySourceTable(pack: Methodology, entries: EvalEntry[]): string[] {
  const sources = [...new Set(entries.map((e) => `${e.lang}|${e.source}`))]
  const rows = sources.map((key) => {
    const [lang, source] = key.split('|')
    const part = entries.filter((e) => e.lang === lang && e.source === source)
    const c = evaluate(part, pack).byLang[lang]
    const a = falseAlarms(part, pack, true)[0]
    const spans = part.reduce((n, e) => n + e.expected.length, 0)
    const suggestions = c ? c.tp + c.fp : 0
    return `| ${lang} | ${source} | ${part.length} | ${spans} | ${fmt(spans / part.length)} | ${fmt(suggestions / part.length)} | ${fmt(c?.recall ?? null)} | ${fmt(c?.recallAny ?? null)} | ${a ? `${a.alarmed} / ${a.clean}` : '–'} |`
  })
  return [
    '| language | source | articles | marked spans | spans per article | suggestions per article | recall | recall (any factor) | false alarms / unmarked norms |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ]
}
