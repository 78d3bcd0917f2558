/** Shared word lists of the round-5 Russian rules (rules-round5-ru.ts, rules-round5-ru-money.ts). */

/** Unnamed bodies in every case: the adjective carries the risk, "орган*" alone would match "организация". */
export const ORGAN = '(?:орган|органа|органу|органом|органе|органы|органов|органам|органами|органах)'

/** ORGAN as one literal ("орган"): one scan anchor instead of ten (each anchor is a pass over the text). */
export const ORGAN_TAIL = 'орган(?:а|у|ом|е|ы|ов|ам|ами|ах)?'

/** An executive body or official whose own act a norm defers to (instrumental after a participle). */
export const BODY = `(?:государственн* )?(?:правительств*|кабинет* министров|уполномоченн* (?:государственн* )?${ORGAN}|(?:центральн*|федеральн*|территориальн*|местн*|лицензирующ*|регистрирующ*|контролирующ*|налогов*|исполнительн*) (?:исполнительн* )?${ORGAN}|министерств*|министр*|ведомств*|руководител*|председател*|президент*|хокими*|акимат*|услугодател*|лицензиар*|корпораци*|комисси*|(?:наблюдательн* |попечительск* )?совет*|комитет*|агентств*|инспекци*|(?:его|ее|их) (?:решени*|приказ*)|приказ* (?:министр*|руководител*)|органом|органами)`

/** What decides a person's rights when left to an executive act (forms and templates are not). */
export const TERMS =
  '(?:порядк*|порядок|случа*|услови*|срок*|размер*|ставк*|перечн*|перечен*|критери*|правил*|тариф*|требовани*|норм*|методик*|положени*)'
export const PARTICIPLE =
  '(?:установленн*|устанавливаем*|определ(?:енн|яем)*|утвержд(?:енн|аем)*|предусмотренн*)'

/** A list closed by the law itself ("…, предусмотренные законодательством"), which the convention never marks. */
export const BOUNDED =
  ',? (?:указанн|перечисленн|(?:предусмотренн*|установленн*|определенн*) (?:% ){0,2}(?:закон|законодательств|настоящ|кодекс|пункт|стать|федеральн|нормативн|международн|частью|подпункт))|,? (?:в соответствии с|согласно) (?:закон|законодательств|настоящ)|,? уполномоченн* (?:на то )?(?:закон|законодательств)'

/** A body named only as a partner ("взаимодействует с соответствующими органами") or defined ("далее -"). */
export const COOPERATION =
  'далее ?[-—]? ?|взаимодейств* с |во взаимодействии с |совместно с |с участием |представител* '

/** A clause where the bodies only take part or cooperate ("участвуют … иные заинтересованные органы"). */
export const PARTNERSHIP = 'участву|взаимодейств|сотруднича'

/** Open lists in a person's favour: grounds of discrimination, lawful differences, valid excuses. */
export const FAVOURABLE =
  'независимо от|в зависимости от|дискриминац|деловыми качествами|обусловлен|равноправ|равенств|уважительн'

/** A term in the clause: a number of days, "не позднее", "в течение", an article cited. */
export const TERM =
  '\\d|(?:одн|дв|тр|четыр|пят|шест|сем|восем|девят|десят|пятнадцат|двадцат|тридцат)\\p{L}* (?:\\p{L}+ )?(?:дн|день|недел|месяц|час|сут|год)|срок|не позднее|в течение|незамедлительно|немедленно|в день|одновременно|стать(?:ей|и|е) '

/**
 * The text just before a procedure reference that only organises a designated body's own work:
 * "осуществляется органом, уполномоченным Правительством Российской Федерации, в порядке, …" (round 6).
 * The start is optional because a rule sees only 60 characters before its hit.
 */
export const DESIGNATED_BODY_BEFORE =
  '(?:уполном)?оченн[\\p{L}]* (?:правительств|президент)[\\p{L}]*(?: российской федерации)?,? (?:в порядке,? )?'
