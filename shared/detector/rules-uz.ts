import type { RuleSpec } from './rules.js'

/**
 * Uzbek rules, written in Latin; Uzbek Cyrillic text is folded to Latin before matching and
 * apostrophes are dropped on both sides. Suffix chains are matched, not listed: `haqli*` covers
 * haqli, haqlidir, haqlidirlar; `%(?:ishi|shi) mumkin` covers any active verb before "mumkin".
 */
/** Verbs of optional cooperation, participation or proposals before "haqli" / "huquqiga ega". */
const COOPERATION_VERB =
  '(?:hamkorlik qilish|ishtirok etish|qatnashish|taklif(?:lar)? (?:kiritish|berish)|maslahatlashish)(?:ga|ni)? '
/** A clause about foreign partners: requests to and answers from them are cooperation, not power. */
const FOREIGN_PARTNER = '(?:chet (?:el|davlat)|xorijiy (?:davlat|tashkilot)|xalqaro tashkilot)*'

/** A body's own composition, staff, structure or work plan: internal organisation, never a risk. */
export const INTERNAL_ORGANISATION =
  'tarkib(?:i|ini)? |shtat|tuzilma|ish rejas|ichki tartib|lavozim yoriqnoma'

/**
 * A size, boundary or amount a body fixes case by case ("oʻlchami investitsiya hajmiga qarab", "kon ajratmasi
 * chegaralari … tasdiqlanadi"): an individual decision, not rule-making, unless a procedure is set with it.
 */
export const CASE_BY_CASE =
  '^(?![\\s\\S]{0,300}tartib)[\\s\\S]{0,300}(?:olchami|olchamlari|chegaralari|chegarasi) |(?:hajmi|miqdori)(?:ga|ni) qarab'

/** A purpose stated for an extension ("qoʻshimcha oʻrganish oʻtkazish uchun … uzaytirilishi mumkin"): its grounds are in the norm. */
/**
 * The form of an application or a document a body sets ("arizaning shakli … qoʻmitasi tomonidan belgilanadi",
 * "… belgilangan shaklda beriladi"): a form is no rule-making (CONVENTION.md), unless a procedure is set with it.
 */
export const FORM_ONLY = '^(?![\\s\\S]{0,300}tartib)[\\s\\S]{0,300}shakl(?:i|lari|da|ida|ini)(?![\\p{L}])'

/** An unnamed sub-body of a named one ("… vazirligining tegishli organlari"): the body is named (CONVENTION.md Precedents). */
export const OF_A_NAMED_BODY =
  '(?:vazirligi|qomitasi|agentligi|inspeksiyasi|hokimligi|xizmati|departamenti|boshqarmasi|markazi|palatasi)ning '

export const STATED_PURPOSE = '(?:organish|tekshirish|ekspertiza|otkazish|aniqlash) uchun'

export const UZ_RULES: RuleSpec[] = [
  // "may / is entitled" given to a public body or official
  // Optional cooperation, participation or proposals (also with foreign bodies) are no power over
  // others (CONVENTION.md, may-formula "not"), so those verbs and clauses are left out.
  {
    id: 'uz.may.haqli',
    key: 'may-formula',
    pattern: 'haqli(?:dir|dirlar|lar)?',
    subject: 'authority',
    notPreceded: COOPERATION_VERB,
    clauseLacks: FOREIGN_PARTNER,
  },
  {
    id: 'uz.may.huquqiga-ega',
    key: 'may-formula',
    pattern: 'huquqi(?:ga|ni)? (?:ega|bor)(?:dir|lar)?',
    subject: 'authority',
    notPreceded: COOPERATION_VERB,
    clauseLacks: FOREIGN_PARTNER,
  },
  {
    id: 'uz.may.mumkin',
    key: 'may-formula',
    pattern: '%(?:ishi|shi|ishlari|shlari) mumkin',
    subject: 'authority',
    // passives ("berilishi mumkin"), "olib kelishi mumkin" (may lead to) and appeal rights are not discretion
    except: '(?:[^q]il|in|lin|lan)(?:ishi|ishlari) mumkin$|^(?:kelishi|bolishi) mumkin|shikoyat',
    // ... and "qonunchilikka muvofiq boshqa vakolatlarni ham amalga oshirishi mumkin" (residual powers bounded by law) is a closing formula
    notPreceded:
      '(?:olib|shikoyat|sudga murojaat|boshqa vakolat* (?:ham )?amalga|hamkorlik|ishtirok|taklif(?:lar)?) ',
    clauseLacks: FOREIGN_PARTNER,
  },
  {
    id: 'uz.may.own-will',
    key: 'may-formula',
    pattern: 'oz (?:xohishi|ixtiyori)(?:ga|ni)? (?:kora|bilan)',
    subject: 'authority',
  },
  // breadth of discretion
  {
    id: 'uz.discretion.if-needed',
    key: 'broad-discretion',
    pattern:
      '(?:zarur|lozim) (?:deb )?(?:topilgan )?hollarda|(?:zarur|lozim) (?:deb )?topilganda|zarurat (?:bolganda|tugilganda)',
  },
  {
    id: 'uz.discretion.extend',
    key: 'broad-discretion',
    pattern: '(?:uzaytirilishi|chozilishi) mumkin',
    // an extension for a stated purpose and capped ("qoʻshimcha oʻrganish oʻtkazish uchun … ikki oydan
    // koʻp boʻlmagan muddatga") has its grounds in the norm
    clauseLacks: STATED_PURPOSE,
    priority: 2,
  },
  {
    id: 'uz.discretion.grounds',
    key: 'broad-discretion',
    pattern: '(?:yetarli )?asos(?:lar)? mavjud bolganda',
  },
  // a body decides by its own decision, with no grounds named ("roʻyxatdan oʻtkazuvchi organning qaroriga koʻra")
  {
    id: 'uz.discretion.body-decision',
    key: 'broad-discretion',
    pattern:
      '(?:organ|organi|organning|organining|organlari(?:ning)?|vazirlig*|qomitasi(?:ning)?|inspeksiya*|hokimlig*|hokimi(?:ning)?|komissiya*|agentlig*|boshqarma*) qarori(?:ga|ni)? (?:kora|binoan|asosan|asosida|bilan)',
  },
  {
    id: 'uz.discretion.official-decision',
    key: 'broad-discretion',
    pattern: 'mansabdor shaxs(?:ning|lari(?:ning)?)? qarori(?:da|ga (?:kora|binoan))',
  },
  // vague or missing deadlines
  {
    id: 'uz.deadline.vague',
    key: 'no-deadline',
    pattern: '(?:oqilona|qisqa|eng qisqa|maqbul) muddat*|imkon qadar tez*',
    priority: 2,
  },
  // "oʻz vaqtida" (in good time) is a deadline only before an action owed to someone, not in statements of aims
  {
    id: 'uz.deadline.timely',
    key: 'no-deadline',
    pattern:
      'oz vaqtida (?:% )?(?:korib chiq*|xabardor*|taqdim*|tola*|beril*|berish*|qaytar*|hisob-kitob*|rasmiylashtir*|javob*|yubor*|kirit*|ijro*)',
    // a goal statement ("… oʻz vaqtida koʻrib chiqilishini taʼminlash") sets no duty with a term
    clauseLacks: 'taminla(?:sh|nishi)(?![\\p{L}])',
    // a citizen's or a company's duty "in good time" is not a public actor's missing term (CONVENTION.md no-deadline "not")
    subject: 'not-private',
    priority: 2,
  },
  // blanket norms: a body's own rules decide the substance
  {
    id: 'uz.bylaw.by-body',
    key: 'excessive-bylaw-rulemaking',
    pattern:
      '(?:vazirlar mahkamasi|hukumat|vakolatli (?:davlat )?organ(?:i|lar|lari)?|vazirligi|qomitasi|agentligi|hokimligi|rahbari) tomonidan (?:belgila*|tasdiqla*|aniqla*)(?: tartib(?:da|ga))?',
    // a body's own composition, staff or work plan is internal organisation (CONVENTION.md: never marked)
    // a size or amount fixed case by case ("oʻlchami investitsiya hajmiga qarab … belgilanadi") is an
    // individual decision, not rule-making
    clauseLacks: `${INTERNAL_ORGANISATION}|${CASE_BY_CASE}|${FORM_ONLY}`,
    priority: 3,
  },
  // the body itself sets the criteria, procedure or list the norm depends on
  {
    id: 'uz.bylaw.body-sets',
    key: 'excessive-bylaw-rulemaking',
    pattern:
      '(?:vazirligi|qomitasi|agentligi|hokimligi|vakolatli organ(?:i|lar|lari)?|vazirlar mahkamasi)(?: %){0,12} (?:mezon|tartib|talab|qoida|royxat|shart)(?:lar)?(?:i|lari)?(?:ni|ini) (?:belgilab beradi|belgilaydi|tasdiqlaydi|aniqlaydi)',
    priority: 3,
  },
  // references to acts not yet adopted
  {
    id: 'uz.gap.to-be-set',
    key: 'legal-gap',
    pattern:
      'belgilanadigan tartib(?:da|ga)|keyinchalik belgilan*|qabul qilinadigan (?:qonun|hujjat|normativ)*',
    priority: 2,
  },
  {
    id: 'uz.gap.pending-law',
    key: 'gap-filling-by-bylaw',
    pattern: 'qonun qabul qilingunga qadar',
    priority: 2,
  },
  // exceptions at an official's choice
  {
    id: 'uz.exceptions.markers',
    key: 'selective-rights-exceptions',
    // "istisno tariqasida" / "alohida hollarda" (in exceptional cases) are broad discretion under
    // CONVENTION.md ("в исключительных случаях"): see uz.discretion.exceptional in rules-round5-uz.ts
    pattern: 'qoida tariqasida',
    priority: 2,
  },
  {
    id: 'uz.exceptions.head-decision',
    key: 'selective-rights-exceptions',
    pattern: 'rahbari(?:ning)? (?:qarori|ruxsati)(?:ga|bilan)(?: (?:kora|binoan|asosan))?',
    priority: 2,
  },
  {
    id: 'uz.preferences',
    key: 'unjustified-preferences',
    pattern:
      // up to six words between: "Imtiyozlar Vazirlar Mahkamasi qaroriga koʻra alohida korxonalarga berilishi mumkin"
      '(?:imtiyoz|preferensiya|afzallik)*(?: %){0,6} (?:berilishi|belgilanishi|taqdim etilishi) mumkin',
    priority: 3,
  },
  // benefits granted as a means of policy, with no criteria in the norm ("imtiyozlar va preferensiyalar belgilash")
  {
    id: 'uz.preferences.grant',
    key: 'unjustified-preferences',
    pattern:
      '(?:imtiyoz|preferensiya)(?:lar)?(?:ni)? (?:va|hamda|yoki) (?:imtiyoz|preferensiya)(?:lar)?(?:ni)? (?:berish|belgilash|taqdim etish|joriy etish|ajratish)(?:ni|ga|i)?',
    priority: 3,
  },
  // requirements and open lists
  {
    id: 'uz.requirements.additional',
    // CONVENTION.md has no "excessive requirements": documents demanded beyond a closed list are an open list
    key: 'open-list',
    pattern: 'qoshimcha (?:hujjat|malumot|talab|malumotnoma)*',
  },
  {
    id: 'uz.open-list.other',
    key: 'open-list',
    pattern:
      '(?:va|hamda|yoki|shuningdek) boshqa (?:zarur )?(?:hujjat|asos|malumot|talab|sabab|holat|material|shart)*|boshqa hollarda',
    // … nor the other terms of a document already named ("ruxsatnomada koʻrsatilgan … maqsadi va boshqa shartlari")
    notPreceded: '(?:nazarda tutilgan|belgilangan|korsatilgan|koʻrsatilgan) (?:[\\p{L}-]+,? ){0,6}',
    // an open list is a risk where it widens what a body may demand or act on; not a list of what a
    // person may see ("… bilan tanishish"), sanctions ruled out ("… qoʻllanilmaydi") or what a court settles
    clauseLacks: 'tanishish|qollanilmaydi|sud tomonidan',
    priority: 2,
  },
  // open grounds for restricting a right: "... va boshqa haqiqiy xavf", "boshqa sabablarga koʻra" ("asos" is left to
  // uz.open-list.other: "boshqa dasturlar asosida" is "on the basis of other programmes", not a ground)
  {
    id: 'uz.open-list.grounds',
    key: 'open-list',
    pattern:
      'boshqa (?:% )?(?:xavf|tahdid|sabab|vaziyat|omil)(?:lar)?(?:i|lari)?(?:ga|da|ni|dan)?(?: (?:kora|sababli|yuzaga))?',
    notPreceded: '(?:nazarda tutilgan|belgilangan|korsatilgan) ',
    priority: 2,
  },
  // several unnamed bodies share a power: "... va boshqa vakolatli organlar tomonidan"
  {
    id: 'uz.duplicated.other-bodies',
    key: 'duplicated-powers',
    pattern: '(?:va|yoki|hamda) boshqa (?:vakolatli |davlat |tegishli )*organ(?:lar|lari)? tomonidan',
    priority: 2,
  },
  {
    id: 'uz.open-list.such-as',
    key: 'open-list',
    pattern:
      'kabi (?:mezon|talab|hujjat|asos|shart|holat|hol|sabab|qoidabuzarlik|huquqbuzarlik|malumot)(?:lar)?(?:ga|ni|i|lari|da)?',
    priority: 2,
  },
  {
    id: 'uz.open-list.etc',
    key: 'open-list',
    pattern: 'va hokazo|va boshqalar*',
    clauseHas: 'hujjat|asos|malumot|talab|sabab|shart',
    priority: 2,
  },
  {
    id: 'uz.refusal.may',
    // a body "may refuse" is the may formula of CONVENTION.md (a power over others); a private
    // party's refusal is its right, and a passive "rad etilishi mumkin" is uz.may.passive-power's
    key: 'may-formula',
    subject: 'authority',
    pattern: 'rad et(?:ishga|ish|ilishi|ishi) (?:haqli*|mumkin)',
    priority: 3,
  },
  {
    id: 'uz.no-competition',
    key: 'no-competitive-procedures',
    pattern:
      '(?:tanlov|auksion|savdo)(?:siz| otkazmasdan| otkazilmasdan)|tendersiz|togridan-togri (?:shartnoma|tartib|xarid)*|yagona yetkazib beruvchi*',
    priority: 2,
  },
  {
    id: 'uz.transparency',
    key: 'lack-of-transparency',
    pattern: 'elon qilinmaydi|elon qilinmasligi|xizmat doirasida foydalanish uchun',
    keepIfProhibited: true,
  },
  {
    id: 'uz.no-appeal',
    key: 'no-appeal-route',
    pattern:
      'shikoyat qilin(?:ishi|ish) mumkin emas|shikoyat qilinmaydi|(?:qarori?|hal qiluv qarori) (?:qatiy|uzil-kesil) (?:hisoblanadi|boladi)',
    keepIfProhibited: true,
    priority: 3,
  },
  {
    id: 'uz.vague-terms',
    key: 'legal-linguistic-uncertainty',
    pattern:
      'maqsadga muvofiq|(?:asosli|uzrli|jiddiy) sabab*|yetarli (?:asos|dalil)*(?! mavjud)|jiddiy (?:zarar|buzilish|xavf)*',
  },
]
