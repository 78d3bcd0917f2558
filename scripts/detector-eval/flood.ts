/** The flood check on the real fixture laws and the speed figures of docs/detector.md. */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { detect } from '../../shared/detector/index.js'
import type { Unit } from '../../shared/domain/draft.js'
import type { LanguageTag } from '../../shared/domain/language.js'
import type { Methodology } from '../../shared/methodology/index.js'
import { parseDraft } from '../../shared/structure/index.js'
import { fixtureBody, lawUnits, ROOT } from './sets.js'

type Law = { file: string; lang: LanguageTag; parsed?: boolean }

/** The acts the speed figures have always been taken on (their text is the 1 MB seed). */
const LAWS: Law[] = [
  { file: 'uz-latn-anticorruption-law.txt', lang: 'uz-Latn' },
  { file: 'uz-latn-entrepreneurship-freedom-guarantees-law.txt', lang: 'uz-Latn' },
  { file: 'uz-cyrl-pq282-financial-reporting-ifrs-resolution.txt', lang: 'uz-Cyrl' },
  { file: 'ru-uz-labor-code-parts-1-3.txt', lang: 'ru' },
  { file: 'ru-constitution-rf.md', lang: 'ru' },
  { file: 'en-us-hr1000-ih-jobs-for-all-bill.md', lang: 'en' },
  { file: 'en-us-hr1-rh-for-the-people-act-div-c-ethics.md', lang: 'en' },
  // sections "1 Fraud" carry no "Section" word: units and sections come from the structure parser
  { file: 'en-uk-fraud-act-2006.txt', lang: 'en', parsed: true },
]

/** Whole acts added later: held to the 1.5 limit like the others, not part of the speed seed. */
const MORE_WHOLE_ACTS: Law[] = [
  { file: 'uz-cyrl-civil-service-law.txt', lang: 'uz-Cyrl', parsed: true },
  { file: 'uz-cyrl-local-state-power-law.txt', lang: 'uz-Cyrl', parsed: true },
]

const LANG_OF_PREFIX: Record<string, LanguageTag> = {
  'uz-latn': 'uz-Latn',
  'uz-cyrl': 'uz-Cyrl',
  ru: 'ru',
  en: 'en',
}

/** Every other act in fixtures/ (those added for the blind sets), read by the structure parser. */
function otherActs(): Law[] {
  const known = new Set([...LAWS, ...MORE_WHOLE_ACTS].map((l) => l.file))
  return readdirSync(join(ROOT, 'fixtures'))
    .filter((f) => /\.(?:txt|md)$/.test(f) && f !== 'SOURCES.md' && f !== 'uz-cyrl-seminar-news.txt')
    .filter((f) => !known.has(f))
    .sort()
    .flatMap((file) => {
      const prefix = Object.keys(LANG_OF_PREFIX).find((p) => file.startsWith(`${p}-`))
      return prefix ? [{ file, lang: LANG_OF_PREFIX[prefix], parsed: true }] : []
    })
}

/**
 * Suggestions per article on each real fixture law (the flood check), every act in fixtures/.
 * `pinned`: the whole acts the 1.5 limit is held to; the others are excerpts cut for the blind sets
 * where powers are dense, read beside the coders' own marks per article.
 */
export function floodReport(pack: Methodology) {
  const whole = [...LAWS, ...MORE_WHOLE_ACTS]
  const pinned = new Set(whole.map((l) => l.file))
  return [...whole, ...otherActs()].map(({ file, lang, parsed }) => {
    const body = fixtureBody(file)
    const units = parsed ? parseDraft(body).units : lawUnits(body)
    const articles = parsed
      ? units.filter((u) => u.kind === 'article').length
      : (
          body.match(
            /^(?:#+\s*)?(?:\d+(?:\.\d+)?-(?:modda|модда)|Статья \d+|(?:Sec\.|SEC\.|Section|SECTION) \d+)/gm,
          ) ?? []
        ).length
    const count = detect(units, pack, { language: lang, explainIn: 'en' }).length
    const perArticle = articles ? count / articles : null
    return { file, lang, articles, suggestions: count, perArticle, pinned: pinned.has(file) }
  })
}

/** Median wall-clock and CPU milliseconds to scan 1 MB of each language's fixture text. */
export function benchmark(pack: Methodology, runs = 5) {
  const byLang = new Map<LanguageTag, string>()
  for (const { file, lang } of LAWS) byLang.set(lang, `${byLang.get(lang) ?? ''}\n${fixtureBody(file)}`)
  return [...byLang].map(([lang, seed]) => {
    let text = seed
    while (text.length < 1_000_000) text += `\n${seed}`
    const units = lawUnits(text.slice(0, 1_000_000))
    detect(units, pack, { language: lang, explainIn: 'en' })
    const wall: number[] = []
    const cpu: number[] = []
    for (let i = 0; i < runs; i++) {
      const c0 = process.cpuUsage()
      const t0 = performance.now()
      detect(units, pack, { language: lang, explainIn: 'en' })
      wall.push(performance.now() - t0)
      const c = process.cpuUsage(c0)
      cpu.push((c.user + c.system) / 1000)
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
    return { lang, units: units.length, wallMs: median(wall), cpuMs: median(cpu) }
  })
}

/** CPU milliseconds for one unit of 200,000 characters repeating a phrase that fires at every occurrence. */
export function pathological(pack: Methodology) {
  const cases: [LanguageTag, string][] = [
    ['uz-Latn', 'boshqa hollarda '],
    ['ru', 'в иных случаях '],
    ['en', 'such other matters as '],
  ]
  return cases.map(([lang, phrase]) => {
    const text = phrase.repeat(Math.ceil(200_000 / phrase.length)).slice(0, 200_000)
    const units: Unit[] = [{ id: 'u', kind: 'part', number: null, label: '', parentId: null, text }]
    detect(units, pack, { language: lang, explainIn: 'en' })
    const c0 = process.cpuUsage()
    const n = detect(units, pack, { language: lang, explainIn: 'en' }).length
    const c = process.cpuUsage(c0)
    return { lang, phrase: phrase.trim(), suggestions: n, cpuMs: (c.user + c.system) / 1000 }
  })
}
