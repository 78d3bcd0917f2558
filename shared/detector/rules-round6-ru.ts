import type { RuleSpec } from './rules.js'
import { BODY, COOPERATION, ORGAN_TAIL } from './rules-round5-ru-lexicon.js'

/**
 * Round 6 of the rules for ru: families the two blind sets showed round 5 missing, written to the
 * Precedents of CONVENTION.md (a designated or acting "уполномоченный орган", "executive or
 * local self-government bodies" given one power, consent and refusal with no grounds, fee rates left
 * to a body, evaluative words on a person's duty). Each family covers the case forms and word orders
 * Russian codes use for it, not the blind items' phrases.
 */

/** What a body does to a person's application, right or licence (the acting body is the risk). */
const ACTS =
  '(?:возвраща|рассматрива|принима|выда|отказыва|направля|провод|выносит|выносят|отменя|прекраща|приостанавлива|аннулиру|вносит|вносят|утвержда|устанавлива|определя|согласовыва)\\p{L}*'

/** A state body of a federal subject or the Federation, in any case ("исполнительного органа государственной власти"). */
const STATE_BODY = `(?:исполнительн* |федеральн* )?${ORGAN_TAIL} (?:исполнительной |государственной )?власти(?: субъект* российской федерации)?`
const LOCAL_BODY = `${ORGAN_TAIL} местного самоуправления`

/** A term the clause sets for the body: days, months, "не позднее", "в течение", "незамедлительно". */
const UNIT = '(?:дн(?:я|ей)|день|недел\\p{L}*|месяц\\p{L}*|час(?:а|ов)?(?!\\p{L})|суток)'
const DAYS = `\\d+ (?:рабоч\\p{L}* |календарн\\p{L}* )?${UNIT}|(?<!\\p{L})(?:одн|дв|тр|четыр|пят|шест|сем|восем|девят|десят|пятнадцат|двадцат|тридцат)\\p{L}* (?:\\p{L}+ )?${UNIT}|срок|не позднее|в течение|незамедлительно|немедленно|в день|одновременно`

export const ROUND6_RU_RULES: RuleSpec[] = [
  // --- duplicated-powers (Precedents: a designated or acting "уполномоченный орган" is marked)
  {
    id: 'ru6.duplicated.designated-body',
    key: 'duplicated-powers',
    pattern: `(?:федеральн* |региональн* )?${ORGAN_TAIL} исполнительной власти(?: субъект* российской федерации)?,? уполномоченн* (?:правительств*|президент*)|уполномоченн* (?:федеральн*|региональн*) (?:исполнительн* )?${ORGAN_TAIL}(?: исполнительной власти)?|уполномоченный орган ${ACTS}|(?:соответствующ*|ин(?:ые|ых|ым|ыми)) федеральн* ${ORGAN_TAIL} исполнительной власти`,
    // a definition ("далее - …"), a recipient ("в уполномоченный орган"), a body of a named field
    notPreceded: `${COOPERATION}|(?:^|\\s)(?:в|во|из|от) `,
    notFollowed: ' в (?:сфере|области)| по (?:вопросам|делам)',
    priority: 2,
  },
  // "на основании решений исполнительных органов государственной власти или органов местного
  // самоуправления": one power, two bodies, no split ("соответственно", "в пределах их полномочий")
  {
    id: 'ru6.duplicated.state-or-local',
    key: 'duplicated-powers',
    pattern: `(?:решени*|(?:выда|принима|осуществля|предоставля|утвержда|рассматрива)(?:ется|ются)) ${STATE_BODY} (?:или|либо) ${LOCAL_BODY}`,
    notFollowed: ',? (?:в пределах|соответственно|согласно|в соответствии)',
    priority: 2,
  },

  // --- broad-discretion: consent or refusal with no grounds in the clause
  {
    id: 'ru6.discretion.consent',
    key: 'broad-discretion',
    pattern: `с (?:предварительного )?(?:письменного )?согласия (?:${STATE_BODY}(?: (?:или|либо) ${LOCAL_BODY})?|(?:уполномоченн*|соответствующ*) ${ORGAN_TAIL}|${LOCAL_BODY})`,
    clauseLacks: 'основани|критери|при условии',
    priority: 2,
  },
  {
    id: 'ru6.discretion.or-refuses',
    key: 'broad-discretion',
    pattern:
      '(?:либо|или) (?:принима(?:ет|ют) решение )?(?:об )?отка(?:зывает|зывают|зе) в (?:предоставлении|выдаче|заключении|регистрации|согласовании|продлении|переоформлении|выпуске|допуске|включении)',
    clauseLacks: 'основани|при (?:наличии|несоблюдении|отсутствии|несоответствии)|в случа',
    subject: 'not-private',
    priority: 2,
  },

  // --- tax-fee-procedure (Precedents: on the fee phrase; the delegation is bylaw)
  {
    id: 'ru6.fee.rates-set-by-body',
    key: 'tax-fee-procedure',
    pattern: '(?:ставк*|размер*) (?:платы|сбор*|государственн* пошлин*|пошлин*|тариф*)',
    clauseHas: `(?:устанавлива|определя|утвержда)(?:ется|ются) (?:соответственно )?(?:правительств|${ORGAN_TAIL} |органами|министерств|кабинет)`,
    clauseLacks: 'закон|кодекс',
    priority: 3,
  },

  // --- excessive-bylaw-rulemaking: a right's terms left to a regulation the executive adopts
  {
    id: 'ru6.bylaw.own-regulation',
    key: 'excessive-bylaw-rulemaking',
    pattern:
      '(?:определя|устанавлива|утвержда)(?:ется|ются) (?:положением|положениями|регламентом|инструкцией|методикой) (?:о|об|по)|(?:правительств*|министерств*|уполномоченн* орган*) (?:% ){0,3}утвержда(?:ет|ют) (?:положение|положения|регламент|методику|инструкцию|перечни)',
    clauseHas:
      'поряд|перечен|перечн|размер|критери|правил|услови|требовани|срок|лицензировани|(?:утвержда(?:ет|ют)) (?:положение|регламент)',
    priority: 3,
  },

  // the relative clause: "в случаях и в порядке, которые установлены Правительством"
  {
    id: 'ru6.bylaw.which-body-sets',
    key: 'excessive-bylaw-rulemaking',
    pattern: `котор(?:ые|ый|ая|ое|ых) (?:(?:установлен|определен|утвержден)[\\p{L}]*|(?:устанавлива|определя|утвержда)(?:ет|ют|ется|ются)) ${BODY}`,
    clauseHas: 'поряд|случа|срок|услови|размер|перечен|перечн|критери|требовани|основани',
    priority: 3,
  },

  // --- no-deadline (Precedents: the body's decision after an inspection with no term)
  {
    id: 'ru6.deadline.decision-no-term',
    key: 'no-deadline',
    pattern: 'принима(?:ется|ются) решени* о (?:выдаче|предоставлении|продлении|переоформлении|согласовании)',
    // a term, not any number: codes cite articles and dates ("статьи 57", "от 31 июля 2020 года")
    clauseLacks: DAYS,
    priority: 2,
  },

  // --- legal-linguistic-uncertainty: an evaluative word that decides a person's right
  {
    id: 'ru6.vague.duty-performed',
    key: 'legal-linguistic-uncertainty',
    // "арендаторы, надлежащим образом исполнившие договоры, имеют право …": who judges "properly"?
    pattern: '(?:надлежащим|ненадлежащим) образом (?:исполн|выполн|соблюд|осуществл)\\p{L}*',
    keepIfProhibited: true,
    priority: 2,
  },
  // Precedents: an evaluative requirement the applicant must meet ("достаточный опыт", "надлежащая
  // квалификация", "безупречная деловая репутация") — the official judges whether it is met
  {
    id: 'ru6.vague.applicant-quality',
    key: 'legal-linguistic-uncertainty',
    pattern:
      '(?:достаточн*|надлежащ*|безупречн*|необходим*) (?:(?:деловой|деловую|деловая|профессиональн*|материально-техническ*|финансов*) )?(?:опыт*|квалификаци*|репутаци*|баз*|ресурс*|знани*|навык*|оснащенност*)',
    clauseHas: 'облада|име(?:ет|ть|ющ)|налич|соответств|подтвержд|требовани|соискател|заявител|лицензиат',
    priority: 2,
  },
  {
    id: 'ru6.vague.substantial-change',
    key: 'legal-linguistic-uncertainty',
    // Precedents: "существенный" deciding whether a right may be changed
    pattern: 'существенн* (?:изменени*|нарушени*|ухудшени*|отклонени*|несоответстви*)',
    keepIfProhibited: true,
    priority: 2,
  },
]
