/**
 * Evaluates the marker detector on the hand-marked set in fixtures/detector/eval.json, measures
 * flood on the real fixture laws and speed on 1 MB of text, and writes docs/detector.md.
 * Run: npm run eval:detector
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { detect, type Suggestion } from '../shared/detector/index.js'
import type { Unit } from '../shared/domain/draft.js'
import type { LanguageTag } from '../shared/domain/language.js'
import { builtinPacks, DEFAULT_METHODOLOGY_ID, type Methodology } from '../shared/methodology/index.js'
import { parseDraft } from '../shared/structure/index.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

/** One hand-marked excerpt of a real text. */
export type EvalEntry = {
  id: string
  lang: LanguageTag
  source: string
  lines: [number, number]
  text: string
  expected: { quote: string; factorId: string; occurrence?: number }[]
  note?: string
}

const HEADING = /^(?:#+\s*)?(?:Статья \d+|\d+(?:\.\d+)?-(?:modda|модда)|(?:SEC\.|Sec\.|Section|SECTION) \d+)/

/** Splits an excerpt into units: blank lines separate units; a heading line becomes the article. */
export function excerptUnits(entry: Pick<EvalEntry, 'id' | 'text'>): Unit[] {
  const parts = entry.text.split('\n\n')
  const headed = HEADING.test(parts[0])
  const rootId = `${entry.id}.0`
  const units: Unit[] = headed
    ? []
    : [{ id: rootId, kind: 'article', number: null, label: '', parentId: null, text: '' }]
  parts.forEach((text, i) => {
    const isHead = headed && i === 0
    units.push({
      id: `${entry.id}.${i + 1}`,
      kind: isHead ? 'article' : 'part',
      number: null,
      label: `${entry.id} ¶${i + 1}`,
      parentId: isHead ? null : headed ? `${entry.id}.1` : rootId,
      text,
    })
  })
  return units
}

/** Where an expected quote lies: the unit and offsets of its n-th occurrence. */
function locate(units: Unit[], quote: string, occurrence = 0) {
  let seen = 0
  for (const u of units) {
    for (let at = u.text.indexOf(quote); at >= 0; at = u.text.indexOf(quote, at + 1)) {
      if (seen++ === occurrence) return { unitId: u.id, start: at, end: at + quote.length }
    }
  }
  throw new Error(`Quote not found: ${quote}`)
}

type Counts = { tp: number; fp: number; fn: number }
const ratio = (a: number, b: number) => (b === 0 ? null : a / b)

/** Scores the detector on the entries: a hit matches an expected span in the same unit that overlaps it with the same factor. */
export function evaluate(entries: EvalEntry[], pack: Methodology) {
  const byLang = new Map<string, Counts>()
  const byFactor = new Map<string, Counts>()
  const misses: string[] = []
  const bump = (lang: string, factor: string, k: keyof Counts) => {
    for (const [map, key] of [
      [byLang, lang],
      [byFactor, `${factor}|${lang}`],
    ] as const) {
      const c = map.get(key) ?? { tp: 0, fp: 0, fn: 0 }
      c[k]++
      map.set(key, c)
    }
  }
  for (const e of entries) {
    const units = excerptUnits(e)
    const got = detect(units, pack, { language: e.lang, explainIn: 'en' })
    const want = e.expected.map((x) => ({
      ...locate(units, x.quote, x.occurrence),
      factorId: x.factorId,
      used: false,
    }))
    const overlaps = (s: Suggestion, w: (typeof want)[number]) =>
      s.unitId === w.unitId && s.start < w.end && w.start < s.end && s.factorId === w.factorId
    for (const s of got) {
      const w = want.find((x) => !x.used && overlaps(s, x))
      if (w) {
        w.used = true
        bump(e.lang, s.factorId, 'tp')
      } else {
        bump(e.lang, s.factorId, 'fp')
        misses.push(`FP ${e.id} ${s.factorId} “${s.quote}” (${s.marker})`)
      }
    }
    for (const w of want.filter((x) => !x.used)) {
      bump(e.lang, w.factorId, 'fn')
      misses.push(`FN ${e.id} ${w.factorId} “${e.expected[want.indexOf(w)].quote.replace(/\n/g, ' ')}”`)
    }
  }
  const score = (c: Counts) => ({
    ...c,
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
  })
  return {
    byLang: Object.fromEntries([...byLang].map(([k, c]) => [k, score(c)])),
    byFactor: Object.fromEntries([...byFactor].sort().map(([k, c]) => [k, score(c)])),
    misses,
  }
}

const LAWS: { file: string; lang: LanguageTag; parsed?: boolean }[] = [
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

/** The act's text after the fixture header (the `---` line). */
export function fixtureBody(file: string): string {
  const raw = readFileSync(join(ROOT, 'fixtures', file), 'utf8')
  const at = raw.indexOf('\n---\n')
  return at >= 0 ? raw.slice(at + 5) : raw
}

/** Line-per-unit split with articles as parents, standing in for the structure parser. */
export function lawUnits(body: string): Unit[] {
  const units: Unit[] = []
  let article: string | null = null
  body.split('\n').forEach((line, i) => {
    if (!line.trim()) return
    const id = `l${i + 1}`
    const isArticle = HEADING.test(line)
    if (isArticle) article = id
    units.push({
      id,
      kind: isArticle ? 'article' : article ? 'part' : 'text',
      number: null,
      label: id,
      parentId: isArticle ? null : article,
      text: line,
    })
  })
  return units
}

/** Suggestions per article on each real fixture law (the flood check). */
export function floodReport(pack: Methodology) {
  return LAWS.map(({ file, lang, parsed }) => {
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
    return { file, lang, articles, suggestions: count, perArticle: articles ? count / articles : null }
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

const fmt = (x: number | null) => (x === null ? '–' : x.toFixed(2))

/**
 * False alarms per language, counted per norm: of the units with no marked span, the share where
 * the detector raises anything (the issue's goal is at most 0.1 in every language).
 */
export function falseAlarms(entries: EvalEntry[], pack: Methodology) {
  const out = new Map<string, { clean: number; alarmed: number }>()
  for (const e of entries) {
    const units = excerptUnits(e)
    const marked = new Set(e.expected.map((x) => locate(units, x.quote, x.occurrence).unitId))
    const raised = new Set(detect(units, pack, { language: e.lang, explainIn: 'en' }).map((s) => s.unitId))
    const c = out.get(e.lang) ?? { clean: 0, alarmed: 0 }
    for (const u of units) {
      if (!u.text || marked.has(u.id)) continue
      c.clean++
      if (raised.has(u.id)) c.alarmed++
    }
    out.set(e.lang, c)
  }
  return [...out].map(([lang, c]) => ({ lang, ...c, rate: c.clean ? c.alarmed / c.clean : 0 }))
}

/** Loads a marked set from fixtures/detector. */
export function loadSet(name: 'eval.json' | 'holdout.json' | 'independent.json' | 'fresh.json'): EvalEntry[] {
  return (JSON.parse(readFileSync(join(ROOT, 'fixtures/detector', name), 'utf8')) as { entries: EvalEntry[] })
    .entries
}

/** Markdown tables (per language, per factor, errors) for one scored set. */
function scoreSection(
  pack: Methodology,
  entries: EvalEntry[],
  heading: string,
  level = '##',
  withErrors = true,
): string[] {
  const result = evaluate(entries, pack)
  const name = (id: string) => pack.factors.find((f) => f.id === id)?.name.en ?? id
  return [
    `${level} ${heading}`,
    '',
    '| language | excerpts | TP | FP | FN | precision | recall |',
    '|---|---|---|---|---|---|---|',
    ...Object.entries(result.byLang).map(
      ([lang, c]) =>
        `| ${lang} | ${entries.filter((e) => e.lang === lang).length} | ${c.tp} | ${c.fp} | ${c.fn} | ${fmt(c.precision)} | ${fmt(c.recall)} |`,
    ),
    '',
    `${level}# Per factor and language`,
    '',
    '| factor | language | TP | FP | FN | precision | recall |',
    '|---|---|---|---|---|---|---|',
    ...Object.entries(result.byFactor).map(([key, c]) => {
      const [factor, lang] = key.split('|')
      return `| ${name(factor)} | ${lang} | ${c.tp} | ${c.fp} | ${c.fn} | ${fmt(c.precision)} | ${fmt(c.recall)} |`
    }),
    '',
    ...(withErrors ? [`${level}# Errors`, '', ...result.misses.map((m) => `- ${m}`), ''] : []),
  ]
}

/**
 * Issue 21 on the independent set, recorded as measured: before any rule change (commit dc47105,
 * the set committed first) and after the rules of the issue's list. The live row is printed below.
 */
const ISSUE21_ROUNDS = [
  {
    round: 'before (rules as of dc47105; set just marked)',
    rows: {
      'uz-Latn': '0.00 / 0.00 / 0.05',
      'uz-Cyrl': '0.00 / 0.00 / 0.02',
      ru: '0.00 / 0.00 / 0.01',
      en: '0.14 / 0.20 / 0.02',
    },
  },
  {
    round: 'after round 1: the issue’s rules only (subject, blanket references, six new factors)',
    rows: {
      'uz-Latn': '0.25 / 0.33 / 0.03',
      'uz-Cyrl': '0.67 / 0.67 / 0.02',
      ru: '0.75 / 0.60 / 0.01',
      en: '0.71 / 1.00 / 0.02',
    },
  },
]

/**
 * The fresh set (fixtures/detector/fresh.json), recorded as measured: before any rule change of
 * round 3 (rules as of 7b99b7a, the commit that added the set). The live row is printed below.
 */
const FRESH_BEFORE = {
  round: 'before (rules as of 7b99b7a, the commit that added the set; first run on it)',
  rows: {
    'uz-Latn': '0.38 / 0.33 / 0.03',
    'uz-Cyrl': '0.38 / 0.38 / 0.03',
    ru: '0.11 / 0.25 / 0.04',
    en: '0.44 / 0.40 / 0.07',
  },
}

/** Round 3 on the fresh set, as measured when it was merged (tuned on the older sets only). */
const FRESH_ROUND3 = {
  round: 'round 3 (fixes driven only by misses and false alarms of eval, holdout and independent)',
  rows: {
    'uz-Latn': '0.43 / 0.33 / 0.02',
    'uz-Cyrl': '0.43 / 0.38 / 0.02',
    ru: '0.11 / 0.25 / 0.04',
    en: '0.44 / 0.40 / 0.07',
  },
}

const LANGS = ['uz-Latn', 'uz-Cyrl', 'ru', 'en'] as const

/** "precision / recall / false-alarm rate" per language, in the order of LANGS. */
function roundRow(
  score: ReturnType<typeof evaluate>,
  alarms: ReturnType<typeof falseAlarms>,
): Record<(typeof LANGS)[number], string> {
  const row = {} as Record<(typeof LANGS)[number], string>
  for (const l of LANGS) {
    const c = score.byLang[l]
    const a = alarms.find((x) => x.lang === l)
    row[l] = `${fmt(c?.precision ?? null)} / ${fmt(c?.recall ?? null)} / ${fmt(a?.rate ?? null)}`
  }
  return row
}

/** Says plainly which languages miss the issue-21 goals (recall ≥ 0.85, false alarms ≤ 0.1). */
function goalVerdict(
  byLang: Record<string, { recall: number | null }>,
  alarms: { lang: string; rate: number }[],
): string {
  const low = Object.entries(byLang).filter(([, c]) => (c.recall ?? 0) < 0.85)
  const noisy = alarms.filter((a) => a.rate > 0.1)
  const recall = low.length
    ? `**The recall goal (≥ 0.85 in every language) is not met** for ${low.map(([l, c]) => `${l} (${fmt(c.recall)})`).join(', ')}.`
    : 'The recall goal (≥ 0.85) is met in every language.'
  const fa = noisy.length
    ? `**The false-alarm goal (≤ 0.1) is not met** for ${noisy.map((a) => a.lang).join(', ')}.`
    : 'The false-alarm goal (≤ 0.1 per unmarked norm) is met in every language.'
  return `${recall} ${fa}`
}

/** CPU milliseconds for one unit of 200,000 characters repeating a phrase that fires at every occurrence. */
function pathological(pack: Methodology) {
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

function report(): string {
  const pack = builtinPacks().find((p) => p.id === DEFAULT_METHODOLOGY_ID) as Methodology
  const fresh = loadSet('fresh.json')
  const freshAlarms = falseAlarms(fresh, pack)
  const freshScore = evaluate(fresh, pack)
  const freshNow = roundRow(freshScore, freshAlarms)
  const independent = loadSet('independent.json')
  const alarms = falseAlarms(independent, pack)
  const independentScore = evaluate(independent, pack)
  const main = loadSet('eval.json')
  const holdout = loadSet('holdout.json')
  const flood = floodReport(pack)
  const bench = benchmark(pack)
  const lines = [
    '# Marker detector: evaluation',
    '',
    `Generated by \`npm run eval:detector\` (scripts/eval-detector.ts) on ${new Date().toISOString().slice(0, 10)}. Pack: \`${pack.id}\`.`,
    'How the detector works, its rules and its limits: [methodology.md](methodology.md#marker-detector). How the sets were marked: fixtures/detector/GUIDE.md.',
    '',
    ...scoreSection(
      pack,
      fresh,
      `Fresh set (${fresh.length} entries, ${fresh.reduce((n, e) => n + e.text.split('\n\n').length, 0)} norms; fixtures/detector/fresh.json): the honest figure`,
      '##',
      false,
    ),
    '### False alarms per unmarked norm (fresh set)',
    '',
    '| language | unmarked norms | with a suggestion | false-alarm rate |',
    '|---|---|---|---|',
    ...freshAlarms.map((a) => `| ${a.lang} | ${a.clean} | ${a.alarmed} | ${fmt(a.rate)} |`),
    '',
    '### Fresh set: round by round (precision / recall / false-alarm rate)',
    '',
    '| round | uz-Latn | uz-Cyrl | ru | en |',
    '|---|---|---|---|---|',
    ...[FRESH_BEFORE, FRESH_ROUND3].map((r) => `| ${r.round} | ${LANGS.map((l) => r.rows[l]).join(' | ')} |`),
    `| now (round 4, informed by the per-factor miss totals of the fresh set, not per-item) | ${LANGS.map((l) => freshNow[l]).join(' | ')} |`,
    '',
    `The fresh set was marked by hand and committed on its own (7b99b7a) before the detector was run on it; round 3 was tuned on the older sets only. Round 4 (shared/detector/rules-round4.ts) was written from the methodology and drafting usage for the factors with the most misses in the per-factor totals above (unnamed bodies, a body's "may", evaluative words, a body's act with no term) and narrowed only on false alarms of the older sets; the fresh set's per-item errors are not listed here and were not read. Goals: recall ≥ 0.85 and false alarms ≤ 0.1 per language. On the fresh set: ${goalVerdict(freshScore.byLang, freshAlarms)} Spans per language: ${LANGS.map((l) => `${l} ${fresh.filter((e) => e.lang === l).reduce((n, e) => n + e.expected.length, 0)}`).join(', ')}; ru has only 4, so one span moves its recall by 0.25.`,
    '',
    ...scoreSection(
      pack,
      independent,
      `Independent set (${independent.length} articles/points, ${alarms.reduce((n, a) => n + a.clean, 0)} unmarked norms; fixtures/detector/independent.json)`,
    ),
    '### False alarms per unmarked norm',
    '',
    '| language | unmarked norms | with a suggestion | false-alarm rate |',
    '|---|---|---|---|',
    ...alarms.map((a) => `| ${a.lang} | ${a.clean} | ${a.alarmed} | ${fmt(a.rate)} |`),
    '',
    'Marked before any rule of issue 21 was written; goals: recall ≥ 0.85 and false-alarm rate ≤ 0.1 per language.',
    '',
    '### Issue 21: before and after (precision / recall / false-alarm rate)',
    '',
    '| round | uz-Latn | uz-Cyrl | ru | en |',
    '|---|---|---|---|---|',
    ...ISSUE21_ROUNDS.map(
      (r) => `| ${r.round} | ${r.rows['uz-Latn']} | ${r.rows['uz-Cyrl']} | ${r.rows.ru} | ${r.rows.en} |`,
    ),
    `| now (round 2 + round 3; both written after seeing this set's misses — optimistic) | ${LANGS.map((l) => roundRow(independentScore, alarms)[l]).join(' | ')} |`,
    '',
    `Only 16 spans are marked (3–5 per language), so one span moves recall by 0.2–0.33. Rounds 2 and 3 (round 3 fixed its remaining false alarms): ${goalVerdict(independentScore.byLang, alarms)} In round 1, the honest “after”, recall was 0.33 (uz-Latn), 0.67 (uz-Cyrl), 0.60 (ru) and 1.00 (en): **the recall goal is not shown to hold on unseen text**; the next round needs a fresh set marked before the rules are run on it.`,
    '',
    ...scoreSection(
      pack,
      holdout,
      `Held-out set (${holdout.length} whole articles/points, fixtures/detector/holdout.json)`,
    ),
    'The held-out set was marked before the detector was run on its lines; uz-Cyrl entries marked `converted` are machine transliterations of the uz-Latn ones. Its misses informed the second round of rules, so these figures are now optimistic too; the honest first-run figures and the history are in fixtures/detector/GUIDE.md (“Rounds”).',
    '',
    ...scoreSection(
      pack,
      main,
      `Development set (${main.length} hand-marked excerpts, fixtures/detector/eval.json): optimistic, rules were tuned on it`,
    ),
    '## Flood check on the real fixture laws',
    '',
    'Articles counted by `/^\\d+-modda/`, `/^Статья \\d+/`, `/^(Sec\\.|Section) \\d+/` (the PQ-282 resolution has numbered points, not articles); the Fraud Act 2006 is read by the structure parser and its sections counted from that.',
    '',
    '| text | language | articles | suggestions | per article |',
    '|---|---|---|---|---|',
    ...flood.map(
      (f) => `| ${f.file} | ${f.lang} | ${f.articles} | ${f.suggestions} | ${fmt(f.perArticle)} |`,
    ),
    '',
    '## Speed (1 MB of fixture text, one unit per line)',
    '',
    '| language | units | median wall ms | median CPU ms |',
    '|---|---|---|---|',
    ...bench.map((b) => `| ${b.lang} | ${b.units} | ${b.wallMs.toFixed(0)} | ${b.cpuMs.toFixed(0)} |`),
    '',
    `Wall-clock depends on machine load (load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(
        ' / ',
      )} on ${cpus().length} cores when this ran); CPU time is the steadier figure. Goal: under 150 ms.`,
    '',
    '### One pathological unit of 200,000 characters',
    '',
    '| language | repeated phrase | suggestions | CPU ms |',
    '|---|---|---|---|',
    ...pathological(pack).map(
      (p) => `| ${p.lang} | “${p.phrase}” | ${p.suggestions} | ${p.cpuMs.toFixed(0)} |`,
    ),
    '',
    'Context look-around is bounded and overlaps are resolved in O(n log n), so time grows linearly with the unit (tests/shared/detector/linear.test.ts).',
    '',
  ]
  return lines.join('\n')
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const md = report()
  writeFileSync(join(ROOT, 'docs/detector.md'), md)
  console.log(md.replace(/### Errors[\s\S]*?(?=\n## )/g, ''))
}
