/**
 * One word per concept (/work/shared/reference/terminology.md): the catalogues, the packs and the report
 * wording must not use a term from the table's "not" column where it names that concept. Each rule
 * says where the word is wrong: everywhere, or only in keys about findings (xulosa is the conclusion,
 * never a group's finding) or about the drafting body's answer (qabul qilindi / rad etildi).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { en } from '../../shared/reports/text/en.js'
import { ru } from '../../shared/reports/text/ru.js'
import { uzCyrl } from '../../shared/reports/text/uzCyrl.js'
import { uzLatn } from '../../shared/reports/text/uzLatn.js'

const ROOT = join(import.meta.dirname, '..', '..')
type Lang = 'en' | 'ru' | 'uz-Latn' | 'uz-Cyrl'

/** A term that is wrong for a concept; `where` limits it to keys about that concept. */
type Rule = { lang: Lang; not: RegExp; why: string; where?: RegExp }

const FINDING_KEYS = /finding|\bpanel\b|^selection\.|^list\.|^detail\.|^suggestions\.|^reveal\.|^audit\./i
const ANSWER_KEYS = /respon|answer/i

const RULES: Rule[] = [
  { lang: 'uz-Latn', not: /\btopilma(?!di|ydi|gan)/i, why: 'a finding is «mulohaza»' },
  { lang: 'uz-Cyrl', not: /топилма(?!ди|йди|ган)/i, why: 'a finding is «мулоҳаза»' },
  {
    lang: 'uz-Latn',
    not: /xulosa/i,
    where: FINDING_KEYS,
    why: 'a finding is «mulohaza», xulosa is the conclusion',
  },
  { lang: 'uz-Cyrl', not: /хулоса/i, where: FINDING_KEYS, why: 'a finding is «мулоҳаза»' },
  { lang: 'uz-Latn', not: /umumlashtirilgan/i, why: 'the consolidated conclusion is «yigʻma xulosa»' },
  { lang: 'uz-Cyrl', not: /умумлаштирилган/i, why: 'the consolidated conclusion is «йиғма хулоса»' },
  { lang: 'uz-Latn', not: /korrupsiyaviy omil/i, why: 'the factor is «korrupsiogen omil»' },
  { lang: 'uz-Cyrl', not: /коррупциявий омил/i, why: 'the factor is «коррупциоген омил»' },
  { lang: 'uz-Latn', not: /nazorat roʻyxati/i, why: 'the checklist is «chek-list»' },
  { lang: 'uz-Cyrl', not: /назорат рўйхати/i, why: 'the checklist is «чек-лист»' },
  { lang: 'uz-Latn', not: /\btarmoqda\b|\bjonli\b|\baloqada\b/i, why: 'online is «onlayn»' },
  {
    lang: 'uz-Cyrl',
    not: /(?<![\p{L}])(тармоқда|жонли|алоқада)(?![\p{L}])/iu,
    why: 'online is «онлайн»',
  },
  {
    lang: 'uz-Latn',
    not: /qabul qilindi|rad etildi/i,
    where: ANSWER_KEYS,
    why: 'answers are «inobatga olindi …»',
  },
  { lang: 'ru', not: /выводы|сводные выводы/i, why: 'a finding is «замечание», the conclusion «заключение»' },
  { lang: 'ru', not: /фактор\S* коррупциогенности/i, why: 'the factor is «коррупциогенный фактор»' },
  {
    lang: 'ru',
    not: /нормативн\S* правов/i,
    why: '«нормативно-правовой» (the RF spelling is for RF acts only)',
  },
  { lang: 'ru', not: /\bпринято\b|\bотклонено\b/i, where: ANSWER_KEYS, why: 'answers are «учтено …»' },
  { lang: 'uz-Latn', not: /oʻrtacha xavf/i, why: 'one risk word per level: «Oʻrta»' },
  { lang: 'uz-Cyrl', not: /ўртача хавф/i, why: 'one risk word per level: «Ўрта»' },
  { lang: 'uz-Latn', not: /\bsaralash/i, why: 'filters are «filtrlash» (saralash is sorting)' },
  { lang: 'uz-Latn', not: /[“”]/, why: 'quotation marks are «…»' },
  { lang: 'uz-Cyrl', not: /[“”]/, why: 'quotation marks are «…»' },
  { lang: 'ru', not: /[“”]/, why: 'quotation marks are «…»' },
  { lang: 'en', not: /corruptogenic/i, why: 'the factor is a «corruption-risk factor»' },
]

/** Every string in a JSON value with its dotted key. */
function* strings(value: unknown, key = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [key, value]
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${key}.${i}`)
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) yield* strings(v, key ? `${key}.${k}` : k)
}

/** The violations of the rules in (key, text) pairs of one language. */
function violations(lang: Lang, entries: Iterable<[string, string]>, source: string): string[] {
  const out: string[] = []
  for (const [key, text] of entries)
    for (const rule of RULES)
      if (rule.lang === lang && (!rule.where || rule.where.test(key)) && rule.not.test(text))
        out.push(`${source} ${key}: “${text.slice(0, 80)}” — ${rule.why}`)
  return out
}

describe('one word per concept (terminology.md)', () => {
  it('holds in the four UI catalogues', () => {
    const found: string[] = []
    for (const lang of ['en', 'ru', 'uz-Latn', 'uz-Cyrl'] as const) {
      const dir = join(ROOT, 'client', 'i18n', 'locales', lang)
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
        const json = JSON.parse(readFileSync(join(dir, file), 'utf8'))
        found.push(...violations(lang, strings(json), `${lang}/${file}`))
      }
    }
    expect(found).toEqual([])
  })

  it('holds in the packs (the Russian Decree-96 pack keeps its own RF spelling)', () => {
    const dir = join(ROOT, 'shared', 'methodology', 'packs')
    const found: string[] = []
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const pack = JSON.parse(readFileSync(join(dir, file), 'utf8'))
      for (const [key, text] of strings(pack)) {
        const lang = (['uz-Latn', 'uz-Cyrl', 'ru', 'en'] as const).find((l) => key.split('.').includes(l))
        if (!lang) continue
        if (file.startsWith('ru-decree-96') && lang === 'ru') continue
        found.push(...violations(lang, [[`pack.${key}`, text]], file))
      }
    }
    expect(found).toEqual([])
  })

  it('holds in the report wording', () => {
    const texts = { en, ru, 'uz-Latn': uzLatn, 'uz-Cyrl': uzCyrl } as const
    const found: string[] = []
    for (const [lang, t] of Object.entries(texts) as [Lang, unknown][]) {
      const flat = [...strings(JSON.parse(JSON.stringify(t)))]
      found.push(...violations(lang, flat, `reports/${lang}`))
    }
    expect(found).toEqual([])
  })

  it('fails on a wrong term in the wrong place, and not on the right one', () => {
    expect(violations('uz-Latn', [['list.empty', 'Hali xulosalar yoʻq']], 't')).toHaveLength(1)
    expect(violations('uz-Latn', [['export.scopeConsolidated', 'Yigʻma xulosa']], 't')).toHaveLength(0)
    expect(violations('ru', [['review.links.consolidated', 'Сводные выводы']], 't')).toHaveLength(1)
    expect(violations('uz-Cyrl', [['review.live.online', 'Тармоқда']], 't')).toHaveLength(1)
  })
})
