import type { MatchLang } from './normalize.js'
import type { RuleSpec } from './rules.js'
import { OF_A_NAMED_BODY } from './rules-uz.js'

/**
 * Rules of issue 21, per matching language: blanket references to a procedure no act names, and
 * the factors that had no rule before (conflict of interest, no oversight, no liability, fees with
 * no amount, budget money and procurement with no procedure). Patterns use the rule notation of
 * rules.ts; `clauseLacks` names what, when present in the clause, makes the norm safe.
 */
export const FACTOR_RULES: Record<MatchLang, RuleSpec[]> = {
  uz: [
    // "the relevant state bodies" act, none named: who is responsible is left open
    {
      id: 'uz.duplicated.relevant-bodies',
      key: 'duplicated-powers',
      pattern: 'tegishli (?:davlat )?organ(?:lar)?(?:i)? tomonidan',
      // … not the relevant organs of a body the norm names ("… vazirligining tegishli organlari")
      notPreceded: OF_A_NAMED_BODY,
      priority: 2,
    },
    // an intrusive measure allowed on an open list of grounds: "… va favqulodda xususiyatdagi boshqa holatlar"
    {
      id: 'uz.open-list.grounds-other',
      key: 'open-list',
      pattern: '(?:va|yoki) (?:% ){0,2}boshqa (?:holatlar|hollar)',
      clauseHas: 'mustasno|rad et|olib qoʻy|cheklan|rekvizitsiya|toʻxtatib',
      priority: 2,
    },
    // an exception in favour of the state's own needs lets bodies override the right the norm gives
    {
      id: 'uz.exceptions.state-needs',
      key: 'selective-rights-exceptions',
      pattern: '(?:davlat|jamoat) (?:ehtiyoj|manfaat)* (?:% ){0,4}bundan mustasno',
      priority: 2,
    },
    // an exception carved out for what named bodies issue: "bundan … Markaziy banki tomonidan beriladigan litsenziyalar mustasno"
    {
      id: 'uz.exceptions.issued-by',
      key: 'selective-rights-exceptions',
      pattern: 'bundan (?:% ){1,10}tomonidan (?:\\(?%\\)?,? ){1,5}mustasno',
      priority: 2,
    },
    // "belgilangan tartibda" with nothing saying whose procedure: legislation or a named act is fine
    {
      id: 'uz.bylaw.unnamed-procedure',
      key: 'excessive-bylaw-rulemaking',
      pattern: 'belgilangan tartib(?:i)?da',
      // an appeal or liability "in the established order" is a reference to the law, not a delegation
      // … nor a status the person already has ("belgilangan tartibda davlat roʻyxatidan oʻtgan" in a definition)
      notFollowed:
        ' (?:% )?(?:shikoyat|javobgar|sudga)| (?:% ){0,3}(?:otgan|berilgan|olingan|rasmiylashtirilgan|ochilgan)(?![\\p{L}])',
      notPreceded:
        '(?:qonunchilikda|qonunda|qonun hujjatlarida|qonunchilik hujjatlarida|qonunida|kodeksida|kodeksda|nizomda|nizomida|qarorida|farmonida|moddasida|moddada|qonun bilan|qonunchilik bilan|qonun hujjatlari bilan|kodeks bilan|shartnomada|ustavda|ustavida|hujjatlarida|tomonlar kelishuvida|sudda) ',
      priority: 2,
    },
    // a body may add "other (special) conditions" of its own
    {
      id: 'uz.bylaw.open-conditions',
      key: 'excessive-bylaw-rulemaking',
      pattern: 'boshqa (?:alohida |qoʻshimcha )?(?:shartlar|talablar|mezonlar) belgilanishi mumkin',
      priority: 3,
    },
    {
      id: 'uz.conflict.combining',
      key: 'conflict-of-interest',
      pattern:
        'oʻrindoshlik asosida|bir vaqtning oʻzida (?:% ){0,4}(?:boʻlishi|egallashi|amalga oshirishi|ishlashi) mumkin',
      priority: 2,
    },
    {
      id: 'uz.liability.exempt',
      key: 'no-liability',
      pattern: 'javobgar(?:likka tortilmaydi| boʻlmaydi)|javobgarlikdan ozod (?:etiladi|qilinadi)',
      subject: 'authority',
      keepIfProhibited: true,
      priority: 2,
    },
    {
      id: 'uz.oversight.exempt',
      key: 'no-oversight',
      pattern: '(?:nazorat|tekshiruv|audit)(?:dan)? (?:qilinmaydi|oʻtkazilmaydi)|nazoratdan tashqari',
      keepIfProhibited: true,
      priority: 2,
    },
    {
      id: 'uz.fee.no-amount',
      key: 'tax-fee-procedure',
      pattern:
        '(?:haq|toʻlov|yigʻim|badal)(?:lar)?(?:i|ni)? (?:% ){0,3}(?:undiriladi|undirilishi mumkin|olinadi|olinishi mumkin)|pullik asosda|haq evaziga',
      // … nor a fee the legislation sets ("qonunchilikda belgilangan tartibda yigʻim undiriladi"), nor
      // the price of a lease, a servitude or other contract between the parties ("ijara … haq evaziga")
      clauseLacks:
        '\\d|miqdor|foiz|bazaviy|stavka|oshmasligi|koʻp boʻlmagan|qonunchilik|qonun hujjat|ijara|shartnoma|servitut',
      priority: 2,
    },
    {
      id: 'uz.budget.no-procedure',
      key: 'budget-funds-procedure',
      pattern: 'b(?:y)?udjet* (?:% ){0,3}(?:qoplab beril*|qoplan*|moliyalashtiril*|ajratil*)',
      clauseLacks: 'tartib|miqdor|smeta|limit|qonun',
      priority: 2,
    },
    {
      id: 'uz.procurement.no-procedure',
      key: 'procurement-procedure',
      pattern: 'xarid(?:lar)?(?:i|ni)? (?:% ){0,2}(?:amalga oshiriladi|oʻtkaziladi)',
      clauseLacks: 'tanlov|tender|auksion|elektron|qonun|kodeks|raqobat',
      priority: 2,
    },
  ],
  ru: [
    // «в установленном порядке» with no act named: whose order, set when, by whom?
    {
      id: 'ru.bylaw.unnamed-procedure',
      key: 'excessive-bylaw-rulemaking',
      pattern: 'в установленном порядке|в порядке,? установленном(?= ?(?:\\.|;|,))',
      // an appeal "in the established order" is a route to review, not a delegation
      notPreceded: '(?:обжаловать|обжалованы?|обжаловано|оспорить|обратиться|привлекаются|привлечены) ',
      notFollowed: ' (?:% )?(?:обжалова|в суд|к ответственност)',
      priority: 2,
    },
    {
      id: 'ru.conflict.combining',
      key: 'conflict-of-interest',
      pattern:
        'по совместительству|(?:может|могут|вправе) (?:одновременно )?(?:совмещать|занимать (?:иные|другие) должност*)|одновременно (?:являться|занимать|состоять)',
      priority: 2,
    },
    {
      id: 'ru.liability.exempt',
      key: 'no-liability',
      pattern: 'не нес(?:ет|ут) (?:% )?ответственност*|освобожда(?:ется|ются) от (?:% )?ответственност*',
      subject: 'authority',
      keepIfProhibited: true,
      priority: 2,
    },
    {
      id: 'ru.oversight.exempt',
      key: 'no-oversight',
      pattern: 'не подлеж(?:ит|ат) (?:контролю|проверке|проверкам|аудиту|надзору)|вне (?:контроля|надзора)',
      keepIfProhibited: true,
      priority: 2,
    },
    {
      id: 'ru.fee.no-amount',
      key: 'tax-fee-procedure',
      pattern:
        '(?:плат[аы]|сбор|сборы|пошлин[аы]|взнос|взносы)(?: %){0,3} (?:взима(?:ется|ются)|уплачива(?:ется|ются))|(?:взима(?:ется|ются)|уплачива(?:ется|ются)) (?:% ){0,2}(?:плат[аы]|сбор|сборы|пошлин[аы]|взнос|взносы)',
      // "за плату" is ru5.fee.paid-service, which asks for a service ("работа за плату" is a wage)
      clauseLacks: '\\d|размер|ставк|процент|базов|минимальн|не более|не превыша|бесплатн',
      priority: 2,
    },
    {
      id: 'ru.budget.no-procedure',
      key: 'budget-funds-procedure',
      pattern:
        'за сч[её]т (?:средств )?(?:государственного |республиканского |местного |федерального )?бюджет*|из (?:государственного |республиканского |местного |федерального )?бюджета (?:% ){0,2}(?:финансиру*|выделя*|возмеща*|компенсиру*)',
      clauseLacks: 'порядк|размер|смет|закон',
      // "строительство которых планируется осуществлять полностью или частично за счет средств бюджета"
      // describes the objects; it grants no funds
      notPreceded: '(?:полностью|частично) ',
      priority: 2,
    },
    {
      id: 'ru.procurement.no-procedure',
      key: 'procurement-procedure',
      pattern: 'закупк* (?:% ){0,3}(?:осуществля(?:ется|ются)|производ(?:ится|ятся)|провод(?:ится|ятся))',
      clauseLacks: 'конкурс|аукцион|тендер|закон|кодекс|электрон|торг',
      priority: 2,
    },
  ],
  en: [
    {
      id: 'en.bylaw.unnamed-procedure',
      key: 'excessive-bylaw-rulemaking',
      pattern:
        // CONVENTION.md: "in the prescribed form" (a form or template) is not marked; a manner or procedure is
        'in (?:the )?(?:form and )?manner prescribed(?! (?:by|in|under))|in accordance with (?:the )?(?:established|applicable) procedures?',
      priority: 2,
    },
    // a condition on when the official acts at all, which the official judges alone
    {
      id: 'en.discretion.extent',
      key: 'broad-discretion',
      pattern:
        'to the extent (?:reasonably )?(?:possible|practicable|feasible)|(?:if|where) (?:feasible|practicable)|(?:provided|if|where|when|unless) (?:that )?(?:enough|sufficient|adequate) (?:information|evidence|grounds) (?:is|are|exists?)',
      priority: 2,
    },
    {
      id: 'en.conflict.combining',
      key: 'conflict-of-interest',
      pattern:
        '(?:may|shall) (?:also )?(?:serve|act) (?:simultaneously|concurrently)|notwithstanding (?:any|a) (?:financial |personal )?(?:interest|conflict of interest)',
      priority: 2,
    },
    {
      id: 'en.liability.exempt',
      key: 'no-liability',
      pattern:
        'shall not be (?:held )?(?:personally )?liable|(?:is|are|shall be) immune from (?:civil )?liability',
      subject: 'authority',
      keepIfProhibited: true,
      priority: 2,
    },
    {
      id: 'en.oversight.exempt',
      key: 'no-oversight',
      pattern:
        '(?:shall|is|are) not (?:be )?subject to (?:audit|review|oversight|judicial review)|exempt from (?:audit|review|oversight)',
      keepIfProhibited: true,
      priority: 2,
    },
    {
      id: 'en.fee.no-amount',
      key: 'tax-fee-procedure',
      pattern:
        '(?:may|shall) (?:charge|collect|impose|assess|establish) (?:a |an |such |reasonable )?(?:fee|fees|charge|charges|levy|levies)',
      clauseLacks: '\\$|\\d|not (?:to )?exceed|amount of|percent|schedule of fees',
      priority: 2,
    },
    {
      id: 'en.budget.no-procedure',
      key: 'budget-funds-procedure',
      pattern: 'for such (?:purposes|activities|projects) as the % (?:determines|considers|deems)',
      priority: 2,
    },
    {
      id: 'en.procurement.no-procedure',
      key: 'procurement-procedure',
      pattern: 'procure* (?:% ){0,3}(?:in such manner as|as the % (?:determines|considers))',
      priority: 2,
    },
  ],
}
