import type { Unit } from '../domain/draft.js'
import type { MatchLang } from './normalize.js'
import { compileMatcher, type DetectorKey, expand, type MatcherPart, matchAll } from './rules.js'

/**
 * Checks for what is MISSING, which no marker word can show: a procedure with no time limit, or a
 * power to refuse or sanction with no appeal route. A trigger in a unit raises a suggestion when
 * the whole article around it (the unit's article and all its parts and points) lacks the element.
 * A cross-reference to another article counts as the element: the time limit may be set there (the
 * forms are oblique, "статьей 88", "5-moddasi", "under section 4", so the article's own heading is no reference).
 */
/** `*` and `%` are the rule notation (see rules.ts); write regex repetition as `{0,n}`. */
type CheckSpec = { id: string; key: DetectorKey; trigger: string; element: string }

const NUMBER_UZ =
  '(?:\\d+|bir|ikki|uch|tort|besh|olti|yetti|sakkiz|toqqiz|on|yigirma|ottiz|qirq|ellik|oltmish|yetmish|sakson|toqson|yuz)'
const NUMBER_RU =
  '(?:\\d+|одн|дв|тр[её]х|три|четыр|пят|шест|сем|восем|девят|десят|пятнадцат|двадцат|тридцат|сорок|шестидесят|девяност)'
const NUMBER_EN =
  '(?:\\d+|one|two|three|four|five|six|seven|ten|fifteen|twenty|thirty|forty|forty-five|sixty|ninety|hundred)'

const CHECKS: Record<MatchLang, CheckSpec[]> = {
  uz: [
    {
      // "ruxsat beriladi" alone is "is allowed" (a rule, no act owed to anyone); a permit document is one
      // (a conclusion only as a state expertise's: a private specialist's report to the client owes no term)
      id: 'uz.structure.no-time-limit',
      key: 'no-deadline',
      trigger:
        '(?:ariza|murojaat|shikoyat|hujjat|taklif)(?:lar)?(?:ni|i|lari)? (?:% ){0,3}korib chiq(?:adi|iladi|ilishi (?:kerak|lozim|shart))|(?:ruxsatnoma|litsenziya|guvohnoma|sertifikat)(?:lar)?(?:ni|i|si)? (?:% ){0,2}(?:beradi|beriladi|rasmiylashtiriladi|rasmiylashtiradi)|ekspertiza(?:si|sining)? xulosa(?:si|sini|ni)? (?:% ){0,2}(?:beradi|beriladi)|royxatdan otkaz(?:adi|iladi)|(?:togrisida )?qaror qabul qil(?:adi|inadi)|(?:arizachi|murojaatchi|fuqaro|tadbirkor)(?:ni|ga|lar(?:ni|ga))? (?:% ){0,5}(?:xabardor qil(?:adi|inadi)|malum qil(?:adi|inadi))|javob (?:beradi|yuboradi|xati yuboradi)|(?:ariza|hujjat)(?:lar)?(?:ni|i)? (?:% ){0,2}qaytar(?:adi|iladi)',
      element: `${NUMBER_UZ}[\\p{L}-]{0,12} (?:[\\p{L}-]+ )?(?:ish )?(?:kun|oy|yil|hafta|soat|daqiqa)|muddat|kechiktirmay|kechiktirmasdan|darhol|zudlik|\\d+-moddas`,
    },
    // No uz no-appeal absence check: under CONVENTION.md a decision whose appeal the article does not
    // mention is not marked (the act may provide it elsewhere); only finality wording is (uz.no-appeal,
    // uz.no-appeal.cannot).
  ],
  ru: [
    {
      id: 'ru.structure.no-time-limit',
      key: 'no-deadline',
      trigger:
        'рассматрива(?:ет|ют|ется|ются) (?:% ){0,2}(?:заявлени|обращени|жалоб|документ|ходатайств)*|(?:заявлени|обращени|жалоб|ходатайств)(?:е|я|а|ы)? (?:% ){0,3}рассматрива(?:ется|ются)|выда(?:ет|ют|ется|ются) (?:% ){0,2}(?:разрешени|лицензи|свидетельств|заключени|справк)*|принима(?:ет|ют|ется) (?:% )?решени* о(?:б)? (?:выдаче|предоставлении|отказе|регистрации|приостановлении|аннулировании|возврате|назначении|включении|исключении|продлении|переоформлении|прекращении|отзыве|возобновлении)|решени[ея] о(?:б)? (?:выдаче|предоставлении|отказе|регистрации|приостановлении|аннулировании|продлении|переоформлении) (?:% ){0,4}принима(?:ется|ются)|регистриру(?:ет|ется|ются)|(?:информиру|уведомля|извеща)(?:ет|ют) (?:об этом |о (?:принятом |своем )?решении )?(?:сторон|заявител|лицензиат|услугополучател|лиц|гражданин|граждан|орган)*|направля(?:ет|ют) (?:% ){0,2}(?:ответ|уведомлени|решени)*|возвраща(?:ет|ют|ется|ются) (?:% ){0,1}(?:заявлени|документ)*',
      element: `${NUMBER_RU}[\\p{L}-]{0,12}(?: [\\p{L}-]+)? (?:рабоч[\\p{L}]{0,4} |календарн[\\p{L}]{0,4} )?(?:дн|день|недел|месяц|год|лет|час|сут)|срок|не позднее|в течение|незамедлительно|немедленно|стать(?:ей|и|е) \\d+`,
    },
    // CONVENTION.md broad-discretion: a body grants or refuses with no grounds or criteria anywhere in the article
    {
      id: 'ru.structure.no-criteria',
      key: 'broad-discretion',
      trigger:
        'принима(?:ет|ют|ется) (?:% )?решени* о(?:б)? (?:выдаче|предоставлении|регистрации|назначении|включении|согласовании) (?:% ){0,4}(?:либо|или) об отказе|принима(?:ет|ют|ется) (?:% )?решени* об отказе|решени[ея] о(?:б)? (?:выдаче|предоставлении|отказе|приостановлении|аннулировании|изъятии|отзыве) (?:% ){0,4}принима(?:ется|ются)',
      element:
        'основани|критери|если |в случае|при условии|при наличии|при отсутствии|соответстви|требовани|стать(?:ей|и|е) \\d|пункт[\\p{L}]{0,3} \\d|подпункт|настоящ[\\p{L}]{2,3} (?:закон|кодекс|правил|положени|регламент|стать|пункт)',
    },
    // No ru no-appeal absence check: under CONVENTION.md a decision whose appeal the article does not
    // mention is not marked (the act may provide it elsewhere); only finality wording is (ru5.no-appeal.final).
  ],
  en: [
    {
      id: 'en.structure.no-time-limit',
      key: 'no-deadline',
      trigger:
        '(?:shall|may|must|will) (?:review|consider|approve|process|act on|decide on) (?:an?|the|each|such|any) (?:application|request|petition|claim|complaint)s?|(?:shall|may|must|will) (?:issue|grant) (?:a |an |the )?(?:license|licence|permit|certificate|registration|waiver|approval)|(?:shall|must) (?:notify|inform) (?:the |an? |each |such )?(?:applicant|claimant|complainant|registrant|person concerned)s?|(?:shall|must) (?:respond|reply) to (?:the |an? |each |such |any )?(?:application|request|petition|complaint|inquiry|enquiry)s?|(?:shall|must) (?:decide|determine) (?:the |an? |each |such |any )?(?:application|request|appeal|claim|complaint)s?',
      // a vague term counts as present here: the lexical rules flag it themselves (one risk, one span)
      element: `${NUMBER_EN}(?:-| )(?:[\\p{L}-]+ )?(?:business |calendar )?(?:days?|weeks?|months?|years?|hours?)|not later than|deadline|promptly|expeditiously|without delay|as soon as|reasonable (?:time|period)|in due course|such (?:period|time) as|(?:under|in|of|by|with|to) section \\d+|§ ?\\d+`,
    },
    // CONVENTION.md marks no-appeal-route only where a decision is declared final (en.r5.no-appeal.final):
    // "absence alone is not marked: the act may provide it elsewhere". A fee, though, is marked when
    // the article gives it no amount, ceiling or basis, which only the whole article can show.
    {
      id: 'en.structure.fee-no-amount',
      key: 'tax-fee-procedure',
      trigger:
        '(?:shall|may|must|will|to) (?:also )?(?:charge|levy|impose|recover|demand) (?:% ){0,2}(?:a |an |such |any )?(?:fee|fees|charge|charges|levy)|(?:the |a |such )?prescribed (?:fee|fees|charge|charges)|(?:fee|charge)s? of such amount|on a (?:paid|fee|fee-paying|reimbursable|chargeable) basis|for a fee|against payment|such fees? as may be (?:determined|specified|prescribed|set|fixed)|such fees? as (?:the (?:% ){0,3}%|it|he|she) (?:may )?(?:determines?|specif(?:y|ies)|thinks? fit|considers? (?:appropriate|reasonable)|sets?|fix(?:es)?|decides?)|(?:on|upon|against|subject to) (?:the )?payment of (?:a |an |the |such )?(?:fee|fees|charge|charges)',
      element:
        '(?:£|\\$) ?\\d|\\d+ (?:pounds|dollars|percent|per cent)|not (?:to )?exceed|maximum|ceiling|(?:reasonable |actual |full |administrative )?costs? (?:of|incurred)|free of charge|without charge|no fee',
    },
  ],
}

/** An absence check compiled for one matching language. */
export type Check = { id: string; key: DetectorKey; trigger: MatcherPart[]; element: RegExp }
const compiled = new Map<MatchLang, Check[]>()

/** The compiled absence checks of one matching language (compiled once). */
export function checksFor(lang: MatchLang): Check[] {
  let list = compiled.get(lang)
  if (!list) {
    list = CHECKS[lang].map((c) => ({
      id: c.id,
      key: c.key,
      trigger: compileMatcher(c.trigger, lang),
      element: new RegExp(`(?<![\\p{L}\\p{N}])(?:${expand(c.element, lang)})`, 'u'),
    }))
    compiled.set(lang, list)
  }
  return list
}

/** A raw hit in folded coordinates of the joined text, with the unit it lies in. */
export type Hit = { unit: number; a: number; b: number; key: DetectorKey; ruleId: string; priority: number }

/** The unit index whose article (or, failing that, top non-division ancestor) scopes each unit. */
export function scopeRoots(units: Unit[]): number[] {
  const index = new Map(units.map((u, i) => [u.id, i]))
  return units.map((_, i) => {
    let top = i
    let cur: number | undefined = i
    for (let guard = 0; cur !== undefined && guard < 50; guard++) {
      const unit: Unit = units[cur]
      if (unit.kind === 'article') return cur
      if (unit.kind !== 'division') top = cur
      cur = unit.parentId ? index.get(unit.parentId) : undefined
    }
    return top
  })
}

/** A folded, joined text of all units and where each unit lies in it. */
export type Joined = { text: string; from: number[]; to: number[] }

/** Runs the absence checks over the joined text; at most one hit per check and article. */
export function structuralHits(
  units: Unit[],
  joined: Joined,
  lang: MatchLang,
  unitAt: (pos: number) => number,
): Hit[] {
  const roots = scopeRoots(units)
  const members = new Map<number, number[]>()
  roots.forEach((r, i) => {
    const list = members.get(r)
    if (list) list.push(i)
    else members.set(r, [i])
  })
  const hits: Hit[] = []
  const done = new Set<string>()
  for (const check of checksFor(lang)) {
    const firsts: { unit: number; a: number; b: number }[] = []
    matchAll(
      check.trigger,
      joined.text,
      (a, b) => {
        firsts.push({ unit: unitAt(a), a, b })
      },
      joined,
    )
    firsts.sort((x, y) => x.a - y.a)
    for (const t of firsts) {
      const tag = `${roots[t.unit]}|${check.id}`
      if (done.has(tag)) continue
      done.add(tag)
      const scope = (members.get(roots[t.unit]) ?? [])
        .map((i) => joined.text.slice(joined.from[i], joined.to[i]))
        .join(' ')
      if (check.element.test(scope)) continue
      hits.push({ unit: t.unit, a: t.a, b: t.b, key: check.key, ruleId: check.id, priority: 0 })
    }
  }
  return hits
}
