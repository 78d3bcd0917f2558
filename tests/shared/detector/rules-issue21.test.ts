import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { floodReport, loadSet } from '../../../scripts/eval-detector.js'
import { detect } from '../../../shared/detector/index.js'
import type { Unit } from '../../../shared/domain/draft.js'
import { LANGUAGE_TAGS } from '../../../shared/domain/language.js'
import { hits, pack, unit } from './hits.js'

/**
 * Rules of issue 21: the subject of an entitlement decides, blanket references to a procedure no
 * act names, and the factors that had no rule (conflict of interest, oversight, liability, fees,
 * budget, procurement). Sentences are written for the tests; each rule gets a hit and a near miss.
 */
describe('the subject of an entitlement decides', () => {
  it('an official’s “may” is flagged, a citizen’s or a company’s right is not', () => {
    expect(hits('ru', 'Президент вправе приостанавливать действие актов министерств.')).toEqual([
      'may-formula: вправе',
    ])
    expect(hits('ru', 'Работодатель вправе поощрять работников.')).toEqual([])
    expect(
      hits('uz-Latn', 'Tadbirkorlik subyektlari har qanday faoliyatni amalga oshirishga haqli.'),
    ).toEqual([])
    // Non-state bodies and bodies named as partners are not the acting body.
    expect(
      hits('uz-Latn', 'Nodavlat notijorat tashkilotlari davlat organlari bilan hamkorlik qilishi mumkin.'),
    ).toEqual([])
  })

  it('a court named after an official’s “may” does not hide it; a court deciding does', () => {
    expect(
      hits('ru', 'Президент вправе приостанавливать действие актов до решения этого вопроса судом.'),
    ).toEqual(['may-formula: вправе'])
    expect(hits('ru', 'По решению суда орган вправе приостанавливать деятельность.')).toEqual([])
    expect(hits('ru', 'Суд вправе приостанавливать действие актов.')).toEqual([])
  })

  it('a clause with a pronoun takes the subject of the sentence before it', () => {
    expect(
      hits(
        'ru',
        'Президент использует согласительные процедуры. В случае недостижения решения он может передать спор.',
      ),
    ).toContain('may-formula: может передать')
  })
})

describe('a list item takes the subject of its lead-in', () => {
  const list = (lead: string, items: string[]): Unit[] =>
    [lead, ...items].map((text, i) => ({
      id: `u${i}`,
      kind: 'part',
      number: null,
      label: '',
      parentId: null,
      text,
    }))
  it('“вправе” in an item of the President’s powers is flagged; in an item of the employer’s rights it is not', () => {
    const items = [
      'а) назначает выборы;',
      'б) осуществляет руководство; вправе председательствовать на заседаниях;',
    ]
    const got = (lead: string) =>
      detect(list(lead, items), pack, { language: 'ru', explainIn: 'en' }).map(
        (s) => `${s.unitId} ${s.quote}`,
      )
    expect(got('Президент Республики:')).toEqual(['u2 вправе'])
    expect(got('Работодатель:')).toEqual([])
    // A note in brackets after an item does not break the list.
    const noted = ['а) назначает выборы; (В редакции Закона от 01.01.2020)', items[1]]
    expect(
      detect(list('Президент Республики:', noted), pack, { language: 'ru', explainIn: 'en' }).map(
        (s) => s.quote,
      ),
    ).toEqual(['вправе'])
  })
})

describe('blanket references to an unnamed procedure', () => {
  it.each([
    [
      'ru',
      'Регистрация проводится в установленном порядке.',
      'excessive-bylaw-rulemaking: в установленном порядке',
    ],
    [
      'uz-Latn',
      'Tekshiruv belgilangan tartibda oʻtkaziladi.',
      'excessive-bylaw-rulemaking: belgilangan tartibda',
    ],
    [
      'uz-Cyrl',
      'Текширув белгиланган тартибда ўтказилади.',
      'excessive-bylaw-rulemaking: белгиланган тартибда',
    ],
    [
      'en',
      'The report shall be filed in the manner prescribed.',
      'excessive-bylaw-rulemaking: in the manner prescribed',
    ],
  ] as const)('%s: flagged when no act is named', (lang, text, want) => {
    expect(hits(lang, text)).toContain(want)
  })

  it.each([
    ['ru', 'Регистрация проводится в порядке, установленном настоящим Кодексом.'],
    ['ru', 'Регистрация проводится в установленном законодательством порядке.'],
    ['uz-Latn', 'Tekshiruv qonunchilikda belgilangan tartibda oʻtkaziladi.'],
    ['uz-Latn', 'Ekspertiza “Ekspertiza toʻgʻrisida”gi Qonunida belgilangan tartibda oʻtkaziladi.'],
    ['en', 'The report shall be filed in the manner prescribed by section 4.'],
  ] as const)('%s: not flagged when the act is named (%s)', (lang, text) => {
    expect(hits(lang, text).filter((h) => h.startsWith('excessive-bylaw'))).toEqual([])
  })
})

describe('factors that had no rule', () => {
  it.each([
    [
      'ru',
      'Инспектор может работать по совместительству в подведомственной организации.',
      'conflict-of-interest: по совместительству',
    ],
    [
      'en',
      'The Administrator may serve simultaneously as a member of the board.',
      'conflict-of-interest: may serve simultaneously',
    ],
    [
      'uz-Latn',
      'Rahbar bir vaqtning oʻzida kengash aʼzosi boʻlishi mumkin.',
      'conflict-of-interest: bir vaqtning oʻzida kengash aʼzosi boʻlishi mumkin',
    ],
    ['ru', 'Решения комиссии не подлежат проверке.', 'no-oversight: не подлежат проверке'],
    [
      'en',
      'The accounts of the Fund shall not be subject to audit.',
      'no-oversight: shall not be subject to audit',
    ],
    [
      'ru',
      'Инспектор не несет ответственности за причиненный ущерб.',
      'no-liability: не несет ответственности',
    ],
    ['uz-Latn', 'Inspektor yetkazilgan zarar uchun javobgar boʻlmaydi.', 'no-liability: javobgar boʻlmaydi'],
    ['uz-Latn', 'Boshqa axborot uchun haq undirilishi mumkin.', 'tax-fee-procedure: haq undirilishi mumkin'],
    ['ru', 'За выдачу справки взимается плата.', 'tax-fee-procedure: взимается плата'],
    ['en', 'The Secretary may charge a fee for each certificate.', 'tax-fee-procedure: may charge a fee'],
    [
      'uz-Cyrl',
      'Имтиҳон харажатлари республика бюджетидан қоплаб берилади.',
      'budget-funds-procedure: бюджетидан қоплаб берилади',
    ],
    [
      'ru',
      'Расходы возмещаются за счет республиканского бюджета.',
      'budget-funds-procedure: за счет республиканского бюджета',
    ],
    [
      'ru',
      'Закупки товаров осуществляются министерством.',
      'procurement-procedure: Закупки товаров осуществляются',
    ],
  ] as const)('%s: %s', (lang, text, want) => {
    expect(hits(lang, text)).toContain(want)
  })

  it.each([
    ['ru', 'Одно и то же лицо не может одновременно являться членом комиссии и инспектором.'],
    ['uz-Latn', 'Boshqa axborot uchun bazaviy hisoblash miqdorining 10 foizi miqdorida haq undiriladi.'],
    ['ru', 'За выдачу справки взимается плата в размере одной базовой величины.'],
    ['en', 'The Director may not charge a fee for access to the portal.'],
    ['en', 'The Secretary may charge a fee not to exceed $25.'],
    [
      'ru',
      'Расходы возмещаются за счет республиканского бюджета в порядке, установленном Законом о бюджете.',
    ],
    ['ru', 'Закупки осуществляются путем проведения электронного аукциона.'],
  ] as const)('%s: near miss stays quiet: %s', (lang, text) => {
    const risky = [
      'conflict-of-interest',
      'tax-fee-procedure',
      'budget-funds-procedure',
      'procurement-procedure',
    ]
    expect(hits(lang, text).filter((h) => risky.some((r) => h.startsWith(r)))).toEqual([])
  })

  it('an exception for the state’s own needs is flagged; one set by law is not', () => {
    expect(
      hits(
        'uz-Latn',
        'Davlat organlari fermerlarning faoliyatiga aralashishga haqli emas, davlat ehtiyojlari uchun xaridlar bundan mustasno.',
      ),
    ).toContain('selective-rights-exceptions: davlat ehtiyojlari uchun xaridlar bundan mustasno')
    expect(
      hits('uz-Latn', 'Mol-mulk musodara qilinmaydi, qonunda nazarda tutilgan hollar bundan mustasno.'),
    ).toEqual([])
  })

  it('every suggestion says which words triggered it and why, in all four languages', () => {
    for (const explainIn of LANGUAGE_TAGS) {
      const [s] = detect(unit('За выдачу справки взимается плата.'), pack, { language: 'ru', explainIn })
      expect(s.marker).toBe('ru.fee.no-amount')
      expect(s.explanation).toContain('взимается плата')
      expect(s.explanation.length).toBeGreaterThan(40)
    }
    const uz = detect(unit('Inspektor yetkazilgan zarar uchun javobgar boʻlmaydi.'), pack, {
      language: 'uz-Latn',
      explainIn: 'uz-Cyrl',
    })[0]
    expect(uz.explanation).toMatch(/^«javobgar boʻlmaydi»: мансабдор шахслар/)
  })
})

describe('the independent evaluation set (fixtures/detector/independent.json)', () => {
  const set = loadSet('independent.json') as (ReturnType<typeof loadSet>[number] & {
    converted?: unknown
    skipLines?: number[]
  })[]
  const root = join(import.meta.dirname, '../../..')

  it('quotes real fixture lines (or their transliteration) and shares no line with the other sets', () => {
    const used = new Set<string>()
    for (const name of ['eval.json', 'holdout.json'] as const)
      for (const e of loadSet(name) as (ReturnType<typeof loadSet>[number] & { converted?: unknown })[])
        if (!e.converted) for (let n = e.lines[0]; n <= e.lines[1]; n++) used.add(`${e.source}:${n}`)
    for (const e of set) {
      const raw = readFileSync(join(root, 'fixtures', e.source), 'utf8').split('\n')
      const lines: string[] = []
      for (let n = e.lines[0]; n <= e.lines[1]; n++) {
        if (e.skipLines?.includes(n) || !raw[n - 1].trim()) continue
        expect(used.has(`${e.source}:${n}`), `${e.id} reuses ${e.source}:${n}`).toBe(false)
        lines.push(raw[n - 1])
      }
      if (!e.converted) expect(e.text.split(/\n\n?/), e.id).toEqual(lines.flatMap((l) => l.split('\n')))
      for (const x of e.expected) expect(e.text.includes(x.quote), `${e.id}: ${x.quote}`).toBe(true)
    }
  })

  it('holds at least 150 norms, with marked spans in every language', () => {
    const units = set.reduce((n, e) => n + e.text.split('\n\n').length, 0)
    expect(units).toBeGreaterThanOrEqual(150)
    for (const lang of LANGUAGE_TAGS)
      expect(set.some((e) => e.lang === lang && e.expected.length > 0)).toBe(true)
  })

  it('no fixture gets more than 1.5 suggestions per article', () => {
    // excerpts cut for the blind sets are dense in powers by choice: docs/detector.md sets them beside the coders' marks
    for (const f of floodReport(pack).filter((x) => x.pinned))
      if (f.perArticle !== null) expect(f.perArticle, f.file).toBeLessThanOrEqual(1.5)
  })
})
