import type { MatchLang } from './normalize.js'

/**
 * Context rules that keep precision: who the subject of a clause is (a public body, a private
 * party or a court), and whether the clause is a prohibition. All patterns run on folded text.
 */

/** What kind of actor a word names. */
export type Actor = 'authority' | 'private' | 'court'

type Lexicon = {
  /** Nominative forms only, so "organlariga" (to the bodies) is not taken for a subject. */
  authority: RegExp
  private: RegExp
  court: RegExp
  /** Two-word authorities such as "mansabdor shaxs" / "должностное лицо". */
  authorityPair?: RegExp
  /** A prohibition or negation in the clause: "... haqli emas", "не вправе", "may not". */
  prohibition: RegExp
  /** A court acting as the agent ("sud tomonidan", "по решению суда"): courts are not discretion. */
  courtAgent: RegExp
  /** Whether the prohibition check looks only after the hit (verb-final Uzbek) or at the whole clause. */
  prohibitionAfterOnly: boolean
}

const LEXICONS: Record<MatchLang, Lexicon> = {
  uz: {
    authority:
      /^(?:organ|vazirlik|vazirligi|vazirliklar|vazirliklari|qomita|qomitasi|qomitalari|agentlik|agentligi|inspeksiya|inspeksiyasi|inspeksiyalari|hokim|hokimi|hokimlik|hokimligi|hokimliklar|hokimliklari|boshqarma|boshqarmasi|boshqarmalari|departament|departamenti|komissiya|komissiyasi|komissiyalari|rahbar|rahbari|rahbarlari|prokuratura|prokuratura|prokuror|prokurori|inspektor|inspektori|inspektorlari|mahkamasi|hukumat|hukumati|organi|organlar|organlari|idora|idorasi|idoralar|idoralari|xizmati|xizmatlari|vakolatxonasi|kengash|kengashi|prezident|prezidenti|vazir|vaziri|rais|raisi|direktor|direktori|hokimiyat|hokimiyati|markaz|markazi|mamuriyat|mamuriyati|direksiya|direksiyasi|kotibiyat|kotibiyati|palata|palatasi|jamgarma|jamgarmasi|boshqaruv|boshqaruvi|administratsiya|administratsiyasi|tergovchi|surishtiruvchi|bolim|bolimi|boshliq|boshligi|mudir|mudiri|vakil|vakili)$/,
    authorityPair: /^(?:mansabdor (?:shaxs|shaxsi|shaxslar|shaxslari)|markaziy (?:bank|banki))$/,
    private:
      /^(?:fuqaro|fuqarolar|fuqarolari|tadbirkor|tadbirkorlar|subyekt|subyekti|subyektlar|subyektlari|shaxs|shaxslar|shaxsi|xodim|xodimlar|xodimi|ishchi|ishchilar|arizachi|istemolchi|istemolchilar|investor|investorlar|investori|mulkdor|mulkdori|muassis|muassislar|muassislari|ishtirokchi|ishtirokchilari|azo|azolari|fermer|dehqon|korxona|korxonalar|tashkilot|tashkilotlar|bank|banklar|ish beruvchi|xojaligi|xojaliklari|jamiyat|jamiyati|taraflar|tomonlar|ota-onalar|bola|yoshlar|nogironlar|litsenziat|litsenziatlar|arizachilar|talabgor|talabgorlar|ijarachi|ijarachilar|pudratchi|pudratchilar|foydalanuvchi|foydalanuvchilar|murojaatchi|murojaatchilar)$/,
    court: /^(?:sud|sudlar|sudi|sudya|sudyasi)$/,
    prohibition:
      /(?:^| )(?:haqli emas|mumkin emas|yol qoyilmaydi|yol qoyilmasligi|taqiqlanadi|man etiladi|ta?qiqlanishi|huquqiga ega emas|huquqi yoq)(?![\p{L}])/u,
    courtAgent: /(?:^| )sud(?:ning)? (?:tomonidan|qarori|hal qiluv)|(?:^| )sud tartibida/u,
    prohibitionAfterOnly: true,
  },
  ru: {
    authority:
      /^(?:орган|органы|министерство|комитет|комитеты|инспекция|инспекции|служба|службы|агентство|администрация|хокимият|хоким|хокимы|правительство|руководитель|руководители|начальник|комиссия|комиссии|инспектор|инспекторы|прокурор|министр|ведомство|ведомства|учреждение|палата|кабинет|центр|совет|казначейство|президент|председатель|губернатор|мэр|глава|прокуратура|управление|департамент|отдел|аппарат|регистратор|лицензиар|специалист|услугодатель|акимат|аким|акимы|госкорпорация|подразделение)$/,
    authorityPair:
      /^(?:должностное лицо|должностные лица|уполномоченный орган|уполномоченные органы|центральный банк|национальный банк|государственная корпорация|ответственный исполнитель|ответственный специалист|ответственное лицо)$/,
    private:
      /^(?:работник|работники|гражданин|граждане|заявитель|заявители|лицо|лица|каждый|работодатель|работодатели|сторона|стороны|собственник|собственники|профсоюз|профсоюзы|профсоюзный|представители|член|члены|предприниматель|предприниматели|субъект|субъекты|физическое|юридическое|иностранцы|родители|ребенок|дети|организация|организации|инициатором|участник|участники|наниматель|лицензиат|лицензиаты|получатель|получатели|услугополучатель|услугополучатели|владелец|владельцы|пользователь|пользователи|арендатор|арендаторы|недропользователь|недропользователи|поставщик|поставщики|потребитель|потребители|предприятие|налогоплательщик|налогоплательщики|плательщик|плательщики|инвестор|инвесторы|застройщик|застройщики|перевозчик|перевозчики|соискатель|соискатели|кандидат|кандидаты)$/,
    court: /^(?:суд|суды|судья)$/,
    prohibition:
      /(?:^| )(?:не вправе|не может|не могут|не допускается|не допускаются|запрещается|запрещаются|не имеет права|не имеют права|не подлежит|недопустим[\p{L}]*)(?![\p{L}])/u,
    courtAgent:
      /(?:^| )(?:судом|по решению суда|в судебном порядке|решением суда|суд (?:вправе|может))(?![\p{L}])/u,
    prohibitionAfterOnly: false,
  },
  en: {
    authority:
      /^(?:secretary|chief|administrator|commission|commissioner|commissioners|agency|agencies|department|departments|director|attorney|board|official|officials|officer|officers|authority|authorities|government|minister|ministers|ministry|inspector|inspectors|inspectorate|head|chairman|chair|comptroller|office|bureau|council|councils|president|administration|librarian|clerk|registrar|regulator|treasury|executive|constable|mayor|governor|ombudsman|examiner|assessor|controller|auditor|panel)$/,
    private:
      /^(?:individual|individuals|person|persons|applicant|applicants|employee|employees|citizen|citizens|entity|entities|taxpayer|taxpayers|member|members|candidate|candidates|recipient|recipients|owner|owners|organization|organizations|corporation|corporations|worker|workers|participant|participants|student|students|state|states|grantee|grantees|employer|employers|contractor|contractors|party|parties|committee|registrant|filer|licensee|licensees|holder|holders|operator|operators|company|companies|landlord|landlords|tenant|tenants|occupier|occupiers|supplier|suppliers|provider|providers|firm|firms|trader|traders|dealer|dealers|claimant|claimants|appellant|appellants|complainant|complainants|user|users|consumer|consumers|beneficiary|beneficiaries|purchaser|purchasers|lessee|lessees|proprietor|proprietors|manufacturer|manufacturers|importer|importers|exporter|exporters|bidder|bidders|tenderer|tenderers|charity|charities|partnership|partnerships|undertaker|undertakers|trustee|trustees|farmer|farmers|patient|patients|parent|parents|child|children|landowner|landowners|licence|licences|license|licenses|permit|permits|certificate|certificates|registration|scheme|schemes|agreement|contract|application|applications)$/,
    court: /^(?:court|courts|judge|judges|tribunal)$/,
    authorityPair:
      /^(?:(?:administrative|public|state|government|governmental|regulatory|licensing|supervisory|inspection|enforcement|competent|authori[sz]ed|relevant|appropriate|higher|local) (?:body|bodies|organ|organs)|police officer|police officers)$/,
    prohibition:
      /(?:^| )(?:may not|shall not|must not|is prohibited|are prohibited|no [\p{L}]+ (?:may|shall))(?![\p{L}])/u,
    courtAgent: /(?:^| )(?:the court|a court|by the court|court order)(?![\p{L}])/u,
    prohibitionAfterOnly: false,
  },
}

/** Unit separator in the joined text (see index.ts), so no clause crosses a unit. */
const UNIT_SEPARATOR = String.fromCharCode(1)

function isClauseEnd(ch: string): boolean {
  return ch === '.' || ch === ';' || ch === ':' || ch === '!' || ch === '?' || ch === UNIT_SEPARATOR
}

/**
 * How far a clause reaches from a hit, at most, on either side. Real clauses are far shorter; the
 * bound keeps the context checks constant-time per hit, so a 200,000-character unit without a
 * full stop is still scanned in linear time.
 */
export const CLAUSE_REACH = 400

/** The clause around `[a, b)` in folded text: from the previous to the next `.;:!?`, within reach. */
export function clauseAround(text: string, a: number, b: number): { start: number; end: number } {
  let start = a
  const low = Math.max(0, a - CLAUSE_REACH)
  while (start > low && !isClauseEnd(text[start - 1])) start--
  let end = b
  const high = Math.min(text.length, b + CLAUSE_REACH)
  while (end < high && !isClauseEnd(text[end])) end++
  return { start, end }
}

/** Where the sentence before `start` begins (within reach, never across a unit). */
export function sentenceBefore(text: string, start: number): number {
  let i = Math.max(0, start - 1)
  const low = Math.max(0, start - CLAUSE_REACH)
  while (i > low && text[i - 1] !== UNIT_SEPARATOR && !(text[i - 1] === '.' && i < start - 1)) i--
  return i
}

const WORDS = /[\p{L}\p{N}'-]+/gu

/** The first actor named in the clause before the hit; in all three languages it is usually the subject. */
export function subjectBefore(prefix: string, lang: MatchLang): Actor | null {
  const lex = LEXICONS[lang]
  const words = prefix.match(WORDS) ?? []
  // "Davlat" (the State) opens a clause as its subject unless it is part of a compound ("davlat roʻyxatidan…").
  if (
    lang === 'uz' &&
    words[0] === 'davlat' &&
    !/^(?:royxat|tili|mulk|budjet|ehtiyoj|xarid|boj|soliq|ahamiyat|dastur|siyosat|tomonidan)/.test(
      words[1] ?? '',
    )
  )
    return 'authority'
  for (let i = 0; i < words.length; i++) {
    const w = words[i]
    const pair = i + 1 < words.length ? `${w} ${words[i + 1]}` : ''
    if (lex.authorityPair && pair && lex.authorityPair.test(pair)) return 'authority'
    if (lex.court.test(w)) return 'court'
    if (lex.authority.test(w)) {
      if (lang === 'uz' && notTheActingBody(words, i)) continue
      return 'authority'
    }
    if (lex.private.test(w)) return 'private'
  }
  return null
}

/**
 * Uzbek bodies that do not act in the clause: non-state ones ("nodavlat notijorat tashkilotlari",
 * citizens' self-government bodies "fuqarolarning oʻzini oʻzi boshqarish organlari") and bodies
 * named as the partner of the action ("davlat organlari … bilan hamkorlik qilishi mumkin").
 */
function notTheActingBody(words: string[], i: number): boolean {
  const before = words.slice(Math.max(0, i - 3), i).join(' ')
  if (/nodavlat|ozini ozi boshqarish|oʻzini oʻzi boshqarish/.test(before)) return true
  return words.slice(i + 1, i + 6).includes('bilan')
}

/** Whether the clause forbids rather than grants ("... haqli emas", "не вправе", "may not"). */
export function isProhibited(
  text: string,
  clause: { start: number; end: number },
  a: number,
  b: number,
  lang: MatchLang,
): boolean {
  const lex = LEXICONS[lang]
  if (lex.prohibitionAfterOnly) {
    const after = text.slice(b, clause.end)
    return /^ ?emas(?![\p{L}])/u.test(after) || lex.prohibition.test(after)
  }
  const before = text.slice(Math.max(clause.start, a - 4), a)
  if (/(?:^| )(?:не|not) $/.test(before)) return true
  return lex.prohibition.test(text.slice(clause.start, clause.end))
}

/** Whether a court, not an administrative body, is the one deciding in this clause. */
export function isCourtClause(clauseText: string, lang: MatchLang): boolean {
  return LEXICONS[lang].courtAgent.test(clauseText)
}
