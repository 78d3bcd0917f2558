import type { RuleSpec } from './rules.js'

/**
 * Round 6 of the rules for uz (issue 21): families that the second blind set showed the earlier
 * rounds had no word for, written to fixtures/detector/CONVENTION.md and its Precedents. Each rule
 * covers the family (case endings, active and passive, synonyms), not the phrase it was found on.
 * Uzbek Cyrillic is folded to Latin and apostrophes dropped before matching.
 */

/** A named or unnamed public body as the agent of a passive ("… palatasi tomonidan"). */
const BODY_AGENT =
  '(?:organ|organi|organlari|vazirlik|vazirligi|qomita|qomitasi|agentlik|agentligi|inspeksiya|inspeksiyasi|inspeksiyalari|hokim|hokimi|hokimlari|hokimlik|hokimligi|boshqarmasi|palatasi|markazi|xizmati|idorasi|komissiyasi|mahkamasi|hukumati|rahbari)'

/** A term, a date or a number: the act does say when. */
const WHEN =
  '\\d|(?:bir|ikki|uch|tort|besh|olti|yetti|sakkiz|toqqiz|on|yigirma|ottiz) (?:% )?(?:kun|oy|hafta|yil|soat)|muddat|kechiktirmay|kechiktirmasdan|darhol'

export const ROUND6_UZ_RULES: RuleSpec[] = [
  // A person's right or duty waits until a body has acted, and nothing says by when: "… palatasi
  // tomonidan naturada belgilanguniga qadar … taqiqlanadi", "… organi tomonidan roʻyxatdan
  // oʻtkazilgunga qadar". The "until" forms -guniga / -gunga / -guncha (and -kuniga, -qunga after k/q).
  {
    id: 'uz6.deadline.until-body-acts',
    key: 'no-deadline',
    pattern: `${BODY_AGENT} tomonidan (?:[\\p{L}()-]+ ){0,5}[\\p{L}-]+(?:guniga|gunga|guncha|kuniga|kunga|kuncha|quniga|qunga|quncha)(?![\\p{L}])`,
    clauseLacks: WHEN,
    // the hit itself names the waiting, a ban that follows is its consequence, not a prohibition of the body
    keepIfProhibited: true,
    priority: 2,
  },
  // The body acts once something has come in, and nothing says by when: "… xulosa olinganidan keyin
  // ruxsatnomani bergan organ tomonidan besh yilga uzaytiriladi" (CONVENTION.md Precedents: a decision
  // after a recommendation with no term). A term of the permit itself ("besh yilga") is no term for the act.
  {
    id: 'uz6.deadline.after-input',
    key: 'no-deadline',
    pattern: `(?:keyin|song) (?:[\\p{L}()-]+ ){0,6}${BODY_AGENT} tomonidan (?:[\\p{L}-]+ ){0,3}(?:uzaytiriladi|qayta rasmiylashtiriladi|rasmiylashtiriladi|royxatdan otkaziladi|beriladi|tasdiqlanadi)(?![\\p{L}])`,
    clauseLacks: 'kechiktirmay|kechiktirmasdan|ichida|mobaynida|davomida|darhol|\\d+ (?:ish )?kun',
    priority: 2,
  },
  // A public body hands out land, subsoil, water or forest directly, outside an auction or tender:
  // "… Vazirlar Mahkamasi tomonidan ijaraga beriladi", "hokim tomonidan doimiy foydalanishga beriladi".
  {
    id: 'uz6.competition.direct-grant',
    key: 'no-competitive-procedures',
    pattern: `${BODY_AGENT} tomonidan (?:ijaraga|mulk qilib|doimiy foydalanishga|muddatli foydalanishga|foydalanishga|konsessiyaga) (?:beriladi|berilishi mumkin|ajratiladi|ajratilishi mumkin)`,
    clauseLacks: 'auksion|tanlov|savdo|kim oshdi',
    priority: 2,
  },
  // Control or inspection the body runs on subjects it picks itself: "tanlab oʻtkaziladigan davlat
  // nazorati", "tanlab tekshiradi", "tanlov asosida tekshiruv oʻtkaziladi" (who is picked, by what
  // criteria, is left to the body). Picking the best offer ("eng yaxshi taklifni tanlab olish") is not.
  {
    id: 'uz6.discretion.selective-control',
    key: 'broad-discretion',
    pattern:
      'tanlab (?:otkaziladigan|otkaziluvchi|amalga oshiriladigan|otkazil*|tekshir*|nazorat qil*)(?: (?:davlat |idoraviy )?(?:nazorat|tekshiruv|tekshirish|monitoring)*)?|tanlov (?:asosida|tartibida) (?:otkaziladigan |amalga oshiriladigan )?(?:tekshir|nazorat)*',
    priority: 2,
  },
  // An exemption a named head of state or government grants case by case: the rule does not apply to
  // "… Prezidentining qaroriga binoan amalga oshirilgan hollarga", "… Vazirlar Mahkamasining qarori
  // bilan belgilangan hollarda". A law's own cases ("qonunda nazarda tutilgan hollar") are not.
  {
    id: 'uz6.exceptions.by-decree',
    key: 'selective-rights-exceptions',
    pattern:
      '(?:prezidenti|prezidentining|vazirlar mahkamasi|vazirlar mahkamasining|hukumatning|hukumati) (?:% ){0,1}(?:qarori|qaroriga|qarorlari|farmoni|farmoniga|farmoyishi|farmoyishiga|qarori bilan|qaroriga binoan|farmoniga binoan|qaroriga muvofiq|farmoniga muvofiq)(?: (?:binoan|asosida|muvofiq|bilan))? (?:% ){0,3}(?:hollar|hollarga|hollarda|holda)(?![\\p{L}])',
    priority: 2,
  },
  // "Other grounds" for restricting, stopping or refusing: "… boshqa asoslarga koʻra ham cheklanishi mumkin",
  // "boshqa asoslar boʻyicha rad etiladi". Land held "on other grounds" (a title) restricts nothing.
  {
    id: 'uz6.open-list.other-grounds',
    key: 'open-list',
    pattern: 'boshqa asos(?:lar)?(?:ga|da)? (?:kora|binoan|boyicha)',
    notPreceded: '(?:nazarda tutilgan|belgilangan|korsatilgan) ',
    clauseHas: 'cheklan|toxtat|rad et|bekor qil|olib qoy|mahrum|tugatil',
    priority: 2,
  },
  // The body acts when and as it sees fit: "oʻz tashabbusi bilan tekshiruv oʻtkazadi", "istalgan vaqtda
  // tekshirishi mumkin", "zarur deb hisoblagan koʻrsatmalarni beradi", "kvotalar uning ixtiyoriga koʻra
  // taqsimlanadi" (CONVENTION.md Precedents: "in his judgment", "as in his opinion are warranted").
  {
    id: 'uz6.discretion.as-it-sees-fit',
    key: 'broad-discretion',
    pattern:
      'oz tashabbusi(?:ga)? (?:bilan|kora)|istalgan vaqtda|(?:zarur|lozim|maqsadga muvofiq|kerakli) deb (?:hisoblagan|topgan|bilgan)(?![\\p{L}])|(?:uning|ularning) ixtiyori(?:ga)? (?:kora|bilan)',
    subject: 'authority',
    priority: 2,
  },
  // Evaluative degree words that decide an outcome: "isteʼmolchilarga sezilarli tarzda naf keltirishi",
  // "jiddiy darajada zarar yetkazsa", "salmoqli ravishda oshsa" (CONVENTION.md Precedents: "significant"
  // deciding whether a right may be changed is legal-linguistic-uncertainty).
  {
    id: 'uz6.vague.degree',
    key: 'legal-linguistic-uncertainty',
    pattern: '(?:sezilarli|salmoqli|jiddiy|ahamiyatli) (?:tarzda|darajada|ravishda)',
    clauseLacks: '\\d|foiz|baravar',
  },
]
