import type { RuleSpec } from './rules.js'
import { BODY, PARTICIPLE } from './rules-round5-ru-lexicon.js'

/** Round 5, Russian: fees, public money, competition, exceptions, preferences, conflict of interest, finality, secrecy, evaluative words (CONVENTION.md). */
export const ROUND5_RU_MONEY_RULES: RuleSpec[] = [
  // --- fees, public money, competition
  {
    id: 'ru5.fee.left-to-body',
    key: 'tax-fee-procedure',
    pattern: `(?:в|и) размер(?:е|ах),? ${PARTICIPLE} ${BODY}`,
    clauseHas: 'плат|сбор|пошлин|взнос|тариф|стоимост|вознагражден',
    priority: 4,
  },
  {
    id: 'ru5.fee.paid-service',
    key: 'tax-fee-procedure',
    pattern: 'за (?:отдельную |дополнительную )?плату|на платной основе|на возмездной основе|платн* услуг*',
    clauseHas:
      'услуг|выда|предоставл|оказ|оформл|справк|копи|выписк|экспертиз|регистрац|информаци|сведени|обучени|проверк|испытани|доступ|дубликат',
    clauseLacks:
      '\\d|размер|ставк|тариф|не более|не превыша|бесплатн|безвозмездн|являются|понимается|прейскурант|стоимост',
    priority: 2,
  },
  {
    id: 'ru5.budget.grants',
    key: 'budget-funds-procedure',
    pattern:
      '(?:субсиди*|грант*|дотаци*|бюджетн* (?:средств*|ассигновани*|кредит*)|финансов* (?:помощ*|поддержк*)) (?:% ){0,3}(?:предоставл|выдел|выплачив|распредел|перечисл)(?:яется|яются|ается|аются)',
    subject: 'not-private',
    clauseLacks:
      'поряд|размер|критери|закон|кодекс|конкурс|\\d|правил|положени|в соответствии с|процент|ставк|при условии|если',
    priority: 2,
  },
  // fund or budget money spent "на цели" with no procedure or criteria in the clause
  {
    id: 'ru5.budget.spent',
    key: 'budget-funds-procedure',
    pattern:
      'средств* (?:% ){0,3}(?:расходу|направля|использу)(?:ется|ются) (?:% ){0,2}на (?:цели|мероприятия|нужды)',
    clauseLacks: 'поряд|закон|кодекс|перечн|перечен|\\d|настоящ|указанн|смет|программ',
    priority: 2,
  },
  {
    id: 'ru5.no-competition.direct',
    key: 'no-competitive-procedures',
    pattern:
      'вне(?:конкурсн* порядк*| конкурса)|минуя (?:конкурс*|торг*|аукцион*)|без (?:проведения )?(?:конкурсного отбора|конкурентн* (?:отбор*|процедур*|способ*))|(?:путем|посредством|по|на основании) прям* (?:переговор*|договор*|заключени*)|у единственного (?:поставщика|исполнителя|подрядчика)',
    priority: 2,
  },

  // --- exceptions, preferences, conflict of interest, finality, secrecy
  {
    id: 'ru5.exceptions.body-set',
    key: 'selective-rights-exceptions',
    pattern: `(?:за исключением|кроме) случаев,? (?:установленн*|определенн*|предусмотренн*) ${BODY}|если иное не (?:установлено|определено|предусмотрено) (?:${BODY}|решением (?:% ){0,2}(?:органа|руководител*|комисси*))`,
    priority: 3,
  },
  {
    id: 'ru5.preferences.exempt',
    key: 'unjustified-preferences',
    pattern:
      '(?:мо(?:жет|гут)|вправе) (?:быть )?(?:полностью |частично )?(?:освобо(?:жден*|дить) (?:% ){0,2}от (?:уплат*|плат*|сбор*|пошлин*|проверк*|обязанност*|требовани*)|предостав(?:лен*|ить) (?:% ){0,2}(?:отсрочк*|рассрочк*|льгот*|преференци*|преимуществ*))',
    subject: 'not-private',
    priority: 3,
  },
  // a body that regulates also sells services or runs a business
  {
    id: 'ru5.conflict.paid-services',
    key: 'conflict-of-interest',
    pattern:
      '(?:ок|осущ|пред)[\\p{L}]{0,8}(?:ть|ет|ют) (?:% ){0,2}(?:платн* услуг*|предпринимательск* деятельност*|приносящ* доход* деятельност*)',
    subject: 'authority',
    priority: 3,
  },
  {
    id: 'ru5.no-appeal.final',
    key: 'no-appeal-route',
    pattern:
      'не подлежит (?:пересмотру|оспариванию)|не подлежат (?:обжалованию|пересмотру|оспариванию)|не (?:может|могут) (?:быть) (?:обжалован*|оспорен*)|(?:являются|считается|считаются) окончательн*',
    keepIfProhibited: true,
    clauseLacks: 'суд',
    priority: 3,
  },
  {
    id: 'ru5.transparency.withheld',
    key: 'lack-of-transparency',
    pattern:
      'не подлеж(?:ит|ат) (?:разглашению|размещению|опубликованию|огласке|публикации)|носит закрытый характер|ограниченного (?:доступа|распространения)',
    clauseLacks:
      'персональн|государственн* (?:секрет*|тайн*)|коммерческ* тайн*|банковск* тайн*|охраняем* (?:% )?тайн*|тайн* (?:% ){0,2}охраняем*|частн* жизн*|врачебн*',
    keepIfProhibited: true,
    priority: 2,
  },
  {
    id: 'ru5.vague.evaluative',
    key: 'legal-linguistic-uncertainty',
    pattern:
      'обоснованн* (?:сомнени*|подозрени*|жалоб*|возражени*)|груб* нарушени*|систематическ* (?:нарушени*|неисполнени*|невыполнени*)|объективн* причин*|неполн* (?:сведени*|информаци*|документ*)|недостаточн* (?:сведени*|информаци*|обосновани*)',
    // round 6: "перечень грубых нарушений", "отнесено к грубым нарушениям": a classification another act makes
    notPreceded: '(?:переч[\\p{L}]*|отнесен[\\p{L}]* к|являю?т?ся|призна[\\p{L}]*) ',
    subject: 'not-private',
  },
]
