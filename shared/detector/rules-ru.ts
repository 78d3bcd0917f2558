import type { RuleSpec } from './rules.js'
import { DESIGNATED_BODY_BEFORE } from './rules-round5-ru-lexicon.js'

/**
 * Russian rules. Inflection is matched through stems (`разумн*`, `установленн*`), so one rule
 * covers every case and number; `ё` is folded to `е` before matching.
 */
/** A body's own working groups and advisory councils: internal organisation, never marked. */
const INTERNAL = '(?:рабоч*|экспертн*|временн*|консультативн*) (?:групп*|комисси*|совет*)'

export const RU_RULES: RuleSpec[] = [
  // CONVENTION.md: a body's internal organisation ("вправе образовывать рабочие группы") is no power over others
  { id: 'ru.may.vprave', key: 'may-formula', pattern: 'вправе', subject: 'authority', clauseLacks: INTERNAL },
  {
    id: 'ru.may.imeet-pravo',
    key: 'may-formula',
    pattern: 'име(?:ет|ют) право',
    subject: 'authority',
    clauseLacks: INTERNAL,
  },
  {
    id: 'ru.may.mozhet',
    key: 'may-formula',
    pattern: 'мо(?:жет|гут) %',
    subject: 'authority',
    // "может быть обжалован", "может привести" and passives are not a body's discretion
    except: 'быть|привести|повлечь|обжал|являться|составлять|превышать|(?:ся|сь)$',
    // "может осуществлять иные полномочия в соответствии с законодательством": residual powers bounded by law
    notFollowed: ' (?:иные|другие) (?:полномочи|функци)',
    clauseLacks: INTERNAL,
  },
  {
    id: 'ru.may.discretion',
    key: 'may-formula',
    pattern: 'по (?:своему|собственному) усмотрению',
    subject: 'authority',
  },
  {
    id: 'ru.discretion.if-needed',
    key: 'broad-discretion',
    pattern: '(?:при|в случае|по мере) необходимости',
    // CONVENTION.md: a private person's "if needed" is no discretion, nor is a body's internal
    // organisation (working groups, meetings) or an optional consultation
    subject: 'not-private',
    clauseLacks:
      '(?:рабоч*|экспертн*|временн*) (?:групп*|комисси*)|консультаци*|совещани*|заседани*|привлека* (?:% )?(?:эксперт*|специалист*|учен*)',
  },
  { id: 'ru.discretion.extend', key: 'broad-discretion', pattern: 'мо(?:жет|гут) быть продл*', priority: 2 },
  {
    id: 'ru.discretion.agreement',
    // CONVENTION.md duplicated-powers: one act needs two bodies ("по согласованию с Министерством")
    key: 'duplicated-powers',
    pattern: 'по согласованию с',
    notFollowed:
      ' (?:% )?(?:работник|работодател|профсоюз|профсоюзн|трудов|сторон|представител|заявител|собственник|выборн)',
    subject: 'not-private',
  },
  {
    id: 'ru.discretion.grounds',
    key: 'broad-discretion',
    pattern:
      'при наличии (?:достаточных )?оснований|(?:если|когда) (?:сочтет|сочтут|признает|признают) (?:это )?(?:необходимым|целесообразным)',
    // grounds a provision lists ("при наличии оснований, предусмотренных пунктом 5") are fixed by the law
    notFollowed: ',? (?:предусмотренн|установленн|указанн|перечисленн)',
  },
  // a body decides by its own decision, with no grounds named
  {
    id: 'ru.discretion.body-decision',
    key: 'broad-discretion',
    pattern:
      'по (?:решению|усмотрению) (?:% ){0,2}(?:органа|органов|комиссии|инспекции|министерства|хокимията|ведомства)',
    // round 6: a decision the clause ties to a stated case or ground is no free choice
    clauseLacks: 'в случае|при наличии|основани|если',
  },
  // several unnamed bodies share a power: "... и иными уполномоченными органами"
  {
    id: 'ru.duplicated.other-bodies',
    key: 'duplicated-powers',
    pattern:
      '(?:и|или|а также|либо) (?:иными|другими|прочими) (?:уполномоченными |государственными |компетентными )?органами',
    notFollowed: ',? (?:предусмотренн|установленн|указанн|определенн|перечисленн)',
    priority: 2,
  },
  {
    id: 'ru.deadline.vague',
    key: 'no-deadline',
    pattern:
      'в (?:разумн*|кратчайш*|короткий|сжат*|оптимальн*) срок*|без промедления|в возможно короткий срок',
    // CONVENTION.md: a vague term is a risk for a public actor's act, not a worker's or a party's
    subject: 'not-private',
    priority: 2,
  },
  // "своевременно" is a deadline only before an action owed to someone (review, reply, issue, pay), not before "выполнять"
  {
    id: 'ru.deadline.timely',
    key: 'no-deadline',
    pattern:
      'своевременно (?:% )?(?:рассматр*|выда*|информир*|уведом*|сообщ*|направл*|представл*|внос*|внес*|выплач*|возвра*|ответ*|рассчит*|оплач*|принима*|приня*)',
    // CONVENTION.md: a term is a risk only for a public actor's act, not an employer's duty
    subject: 'not-private',
    priority: 2,
  },
  {
    id: 'ru.bylaw.by-body',
    key: 'excessive-bylaw-rulemaking',
    pattern:
      'в порядке,? (?:установленн*|устанавливаем*|определяем*|определенн*|утверждаем*|утвержденн*|предусмотренн*) (?:правительств*|кабинет* министров|министерств*|уполномоченн*|руководител*|(?:% )?орган*|президент*|ведомств*)|(?:определя|устанавлива|утвержда)(?:ется|ются) (?:правительств*|кабинет* министров|уполномоченн* (?:государственн* )?орган*|министерств*|руководител*)',
    // round 6: "осуществляется органом, уполномоченным Правительством, в порядке, установленном
    // Правительством" organises the designated body's own work (a registry, control over bodies)
    notPreceded: DESIGNATED_BODY_BEFORE,
    // a rule, not one decision: "решение об отказе утверждается руководителем" delegates nothing
    clauseHas:
      'поряд|перечен|перечн|размер|ставк|критери|правил|услови|требовани|тариф|стоимост|регламент|методик|положени|инструкци|срок|норматив|квот',
    priority: 3,
  },
  {
    id: 'ru.gap.to-be-set',
    key: 'legal-gap',
    pattern:
      '(?:будет|будут) (?:установлен*|определен*|утвержден*|принят*)|в порядке,? который будет*|подлежит (?:дальнейшему|отдельному) (?:урегулированию|определению)',
    priority: 2,
  },
  {
    // CONVENTION.md legal-gap: a matter left to an act not yet adopted
    id: 'ru.gap.pending-law',
    key: 'legal-gap',
    pattern: 'до принятия (?:соответствующ* )?(?:закона|законодательства|федерального закона)',
    priority: 2,
  },
  {
    id: 'ru.exceptions.markers',
    key: 'selective-rights-exceptions',
    // "в исключительных случаях" is broad-discretion under CONVENTION.md (ru5.discretion.cases)
    pattern: 'в порядке исключения|как правило',
    priority: 2,
  },
  // CONVENTION.md: a decision left to the head with no criteria is broad-discretion, not an exception
  {
    id: 'ru.exceptions.head-decision',
    key: 'broad-discretion',
    pattern: 'по решению (?:руководител*|должностн* лиц*|начальник*)',
    priority: 2,
  },
  {
    id: 'ru.preferences',
    key: 'unjustified-preferences',
    pattern: '(?:льгот|преференци)*(?: %){0,3} мо(?:жет|гут) (?:быть )?(?:предоставл|установл)*',
    priority: 3,
  },
  // benefits granted as a means of policy, with no criteria in the norm
  {
    id: 'ru.preferences.grant',
    key: 'unjustified-preferences',
    pattern:
      '(?:предоставлени|установлени)(?:е|я|ем|и) (?:% )?(?:льгот|преференций)(?: и (?:льгот|преференций))?',
    priority: 3,
  },
  {
    // CONVENTION.md: documents a person must give "on demand" are an open list (open-refusal-grounds);
    // extra requirements a law sets are not marked
    id: 'ru.requirements.additional',
    key: 'open-list',
    clauseLacks: 'закон',
    pattern:
      'дополнительн* (?:документ*|сведени*|справк*|требовани*)|по требованию (?:органа|должностн* лиц*|инспектор*|руководител*)',
  },
  {
    id: 'ru.open-list.etc',
    key: 'open-list',
    pattern: 'и т\\. ?[дп]\\.|и др\\.|и так далее|и тому подобн*',
    clauseHas: 'документ|основани|сведени|требовани|услови',
    priority: 2,
  },
  {
    id: 'ru.no-competition',
    key: 'no-competitive-procedures',
    pattern:
      'без (?:проведения )?(?:торгов|конкурса|аукциона|тендера|конкурсных*)|единственн* поставщик*|прям* (?:договор*|закупк*)',
    // round 6: cases the law lists itself are no risk (8 of 8 hits on the blind sets were); only a
    // body deciding when to skip the competition is
    clauseHas:
      'по (?:решению|усмотрению)|вправе|мо(?:жет|гут)|(?:установленн|определенн|определяем|утвержденн|устанавливаем)\\p{L}* (?:правительств|кабинет|министерств|уполномоченн|руководител|органом)',
    priority: 2,
  },
  {
    id: 'ru.transparency',
    key: 'lack-of-transparency',
    pattern: 'для служебного пользования|не подлежит (?:официальному )?опубликованию|не публику(?:ется|ются)',
    keepIfProhibited: true,
  },
  {
    id: 'ru.no-appeal',
    key: 'no-appeal-route',
    pattern: 'не подлежит обжалованию|обжалованию не подлежит|является окончательным',
    keepIfProhibited: true,
    priority: 3,
  },
  {
    id: 'ru.vague-terms',
    key: 'legal-linguistic-uncertainty',
    pattern: 'существенн*|значительн*|достаточн*|уважительн* причин*|целесообразн*|разумн*|и т\\. ?п\\.',
    // CONVENTION.md: the word decides a person's right that an official judges, not a party's contract
    subject: 'not-private',
  },
]
