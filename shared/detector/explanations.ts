import type { LanguageTag, LocalizedText } from '../domain/language.js'
import type { DetectorKey } from './rules.js'

/**
 * Why a marker was suggested, in every UI language. `{q}` is replaced by the quoted text. Kept
 * short: a suggestion is a hint for the group, the expert decides.
 */
const BY_KEY: Record<DetectorKey, LocalizedText> = {
  'may-formula': {
    en: '“{q}”: a public body or official gets an option, not a duty. Check that the act says when it must act and on what criteria.',
    ru: '«{q}»: органу или должностному лицу дано право, а не обязанность. Проверьте, определено ли, когда и по каким критериям он обязан действовать.',
    'uz-Latn':
      '“{q}”: organ yoki mansabdor shaxsga majburiyat emas, balki huquq berilgan. U qachon va qanday mezonlar asosida harakat qilishi shartligi belgilanganini tekshiring.',
    'uz-Cyrl':
      '«{q}»: орган ёки мансабдор шахсга мажбурият эмас, балки ҳуқуқ берилган. У қачон ва қандай мезонлар асосида ҳаракат қилиши шартлиги белгиланганини текширинг.',
  },
  'broad-discretion': {
    en: '“{q}”: the decision depends on an open condition the official judges alone. Check for criteria, grounds and limits.',
    ru: '«{q}»: решение зависит от открытого условия, которое оценивает само должностное лицо. Проверьте наличие критериев, оснований и пределов.',
    'uz-Latn':
      '“{q}”: qaror mansabdor shaxsning oʻzi baholaydigan ochiq shartga bogʻliq. Mezonlar, asoslar va chegaralar bor-yoʻqligini tekshiring.',
    'uz-Cyrl':
      '«{q}»: қарор мансабдор шахснинг ўзи баҳолайдиган очиқ шартга боғлиқ. Мезонлар, асослар ва чегаралар бор-йўқлигини текширинг.',
  },
  'duplicated-powers': {
    en: '“{q}”: the same step may need several bodies. Check for duplicated powers.',
    ru: '«{q}»: один шаг может требовать участия нескольких органов. Проверьте дублирование полномочий.',
    'uz-Latn':
      '“{q}”: bitta bosqich bir necha organ ishtirokini talab qilishi mumkin. Vakolatlar takrorlanishini tekshiring.',
    'uz-Cyrl':
      '«{q}»: битта босқич бир неча орган иштирокини талаб қилиши мумкин. Ваколатлар такрорланишини текширинг.',
  },
  'no-deadline': {
    en: '“{q}”: the time limit is vague. Delay can be traded; ask for a fixed number of days.',
    ru: '«{q}»: срок размыт. Затягивание может стать предметом торга; нужен конкретный срок в днях.',
    'uz-Latn':
      '“{q}”: muddat noaniq. Kechiktirish savdo predmetiga aylanishi mumkin; aniq kunlar soni kerak.',
    'uz-Cyrl': '«{q}»: муддат ноаниқ. Кечиктириш савдо предметига айланиши мумкин; аниқ кунлар сони керак.',
  },
  'excessive-bylaw-rulemaking': {
    en: '“{q}”: the substance is left to rules the executive body writes itself (blanket norm). Check what the act itself should fix.',
    ru: '«{q}»: существо регулирования передано правилам, которые орган пишет сам (бланкетная норма). Проверьте, что должен установить сам акт.',
    'uz-Latn':
      '“{q}”: tartibga solish mazmuni organ oʻzi yozadigan qoidalarga qoldirilgan (blanket norma). Hujjatning oʻzi nimani belgilashi kerakligini tekshiring.',
    'uz-Cyrl':
      '«{q}»: тартибга солиш мазмуни орган ўзи ёзадиган қоидаларга қолдирилган (бланкет норма). Ҳужжатнинг ўзи нимани белгилаши кераклигини текширинг.',
  },
  'legal-gap': {
    en: '“{q}”: refers to rules that do not exist yet. Until they do, officials fill the gap themselves.',
    ru: '«{q}»: отсылка к ещё не принятым правилам. Пока их нет, пробел восполняют сами должностные лица.',
    'uz-Latn':
      '“{q}”: hali qabul qilinmagan qoidalarga havola. Ular boʻlmaguncha boʻshliqni mansabdor shaxslarning oʻzi toʻldiradi.',
    'uz-Cyrl':
      '«{q}»: ҳали қабул қилинмаган қоидаларга ҳавола. Улар бўлмагунча бўшлиқни мансабдор шахсларнинг ўзи тўлдиради.',
  },
  'gap-filling-by-bylaw': {
    en: '“{q}”: a by-law rules where a statute should. Check for a legislative delegation.',
    ru: '«{q}»: подзаконный акт регулирует вместо закона. Проверьте наличие законодательной делегации.',
    'uz-Latn':
      '“{q}”: qonun oʻrniga qonunosti hujjati tartibga soladi. Qonun bilan vakolat berilganini tekshiring.',
    'uz-Cyrl':
      '«{q}»: қонун ўрнига қонуности ҳужжати тартибга солади. Қонун билан ваколат берилганини текширинг.',
  },
  'selective-rights-exceptions': {
    en: '“{q}”: allows exceptions from the general rule without a closed list. Check who decides the exceptions and on what grounds.',
    ru: '«{q}»: допускает исключения из общего правила без закрытого перечня. Проверьте, кто и на каком основании решает об исключениях.',
    'uz-Latn':
      '“{q}”: umumiy qoidadan yopiq roʻyxatsiz istisnolarga yoʻl qoʻyadi. Istisnolarni kim va qanday asosda hal qilishini tekshiring.',
    'uz-Cyrl':
      '«{q}»: умумий қоидадан ёпиқ рўйхатсиз истисноларга йўл қўяди. Истисноларни ким ва қандай асосда ҳал қилишини текширинг.',
  },
  'unjustified-preferences': {
    en: '“{q}”: a benefit may be granted without stated criteria. Check who gets it and why.',
    ru: '«{q}»: льгота может предоставляться без установленных критериев. Проверьте, кому и почему.',
    'uz-Latn':
      '“{q}”: imtiyoz belgilangan mezonlarsiz berilishi mumkin. Kimga va nima uchun berilishini tekshiring.',
    'uz-Cyrl':
      '«{q}»: имтиёз белгиланган мезонларсиз берилиши мумкин. Кимга ва нима учун берилишини текширинг.',
  },
  'excessive-requirements': {
    en: '“{q}”: extra requirements on the person. Check that each is necessary and listed.',
    ru: '«{q}»: дополнительные требования к лицу. Проверьте, что каждое необходимо и перечислено.',
    'uz-Latn': '“{q}”: shaxsga qoʻshimcha talablar. Har biri zarur va sanab oʻtilganini tekshiring.',
    'uz-Cyrl': '«{q}»: шахсга қўшимча талаблар. Ҳар бири зарур ва санаб ўтилганини текширинг.',
  },
  'open-list': {
    en: '“{q}”: the list is open, so officials can add documents or grounds. Ask for a closed list.',
    ru: '«{q}»: перечень открыт, и должностные лица могут добавлять документы или основания. Нужен закрытый перечень.',
    'uz-Latn':
      '“{q}”: roʻyxat ochiq, mansabdor shaxslar hujjat yoki asos qoʻshishi mumkin. Yopiq roʻyxat kerak.',
    'uz-Cyrl': '«{q}»: рўйхат очиқ, мансабдор шахслар ҳужжат ёки асос қўшиши мумкин. Ёпиқ рўйхат керак.',
  },
  'applicant-right-abuse': {
    en: '“{q}”: the body may refuse. Check that the grounds for refusal are exhaustive.',
    ru: '«{q}»: орган вправе отказать. Проверьте, исчерпывающи ли основания отказа.',
    'uz-Latn': '“{q}”: organ rad etishi mumkin. Rad etish asoslari toʻliq sanab oʻtilganini tekshiring.',
    'uz-Cyrl': '«{q}»: орган рад этиши мумкин. Рад этиш асослари тўлиқ санаб ўтилганини текширинг.',
  },
  'missing-admin-procedures': {
    en: '“{q}”: a procedure element may be missing (who, steps, form, time).',
    ru: '«{q}»: в процедуре может не хватать элемента (кто, этапы, форма, срок).',
    'uz-Latn': '“{q}”: tartib-taomilda element yetishmasligi mumkin (kim, bosqichlar, shakl, muddat).',
    'uz-Cyrl': '«{q}»: тартиб-таомилда элемент етишмаслиги мумкин (ким, босқичлар, шакл, муддат).',
  },
  'no-competitive-procedures': {
    en: '“{q}”: allocation without open competition. Check why no tender or auction is used.',
    ru: '«{q}»: распределение без открытого конкурса. Проверьте, почему не проводятся торги.',
    'uz-Latn':
      '“{q}”: ochiq tanlovsiz taqsimlash. Nima uchun tanlov yoki auksion oʻtkazilmasligini tekshiring.',
    'uz-Cyrl': '«{q}»: очиқ танловсиз тақсимлаш. Нима учун танлов ёки аукцион ўтказилмаслигини текширинг.',
  },
  'normative-collision': {
    en: '“{q}”: may conflict with another norm. Compare the rules it refers to.',
    ru: '«{q}»: возможна коллизия с другой нормой. Сравните нормы, на которые она ссылается.',
    'uz-Latn': '“{q}”: boshqa norma bilan ziddiyat boʻlishi mumkin. Havola qilingan normalarni solishtiring.',
    'uz-Cyrl': '«{q}»: бошқа норма билан зиддият бўлиши мумкин. Ҳавола қилинган нормаларни солиштиринг.',
  },
  'lack-of-transparency': {
    en: '“{q}”: information is kept from the public. Check whether decisions and criteria should be published.',
    ru: '«{q}»: информация закрыта от общества. Проверьте, должны ли решения и критерии публиковаться.',
    'uz-Latn':
      '“{q}”: axborot jamoatchilikdan yopiq. Qarorlar va mezonlar eʼlon qilinishi kerakligini tekshiring.',
    'uz-Cyrl':
      '«{q}»: ахборот жамоатчиликдан ёпиқ. Қарорлар ва мезонлар эълон қилиниши кераклигини текширинг.',
  },
  'no-appeal-route': {
    en: '“{q}”: the decision cannot be challenged. Ask for an appeal route.',
    ru: '«{q}»: решение нельзя обжаловать. Нужен порядок обжалования.',
    'uz-Latn': '“{q}”: qaror ustidan shikoyat qilib boʻlmaydi. Shikoyat qilish tartibi kerak.',
    'uz-Cyrl': '«{q}»: қарор устидан шикоят қилиб бўлмайди. Шикоят қилиш тартиби керак.',
  },
  'legal-linguistic-uncertainty': {
    en: '“{q}”: an evaluative word without criteria; the official decides what it means.',
    ru: '«{q}»: оценочное понятие без критериев; его смысл определяет должностное лицо.',
    'uz-Latn': '“{q}”: mezonsiz baholovchi tushuncha; uning maʼnosini mansabdor shaxs belgilaydi.',
    'uz-Cyrl': '«{q}»: мезонсиз баҳоловчи тушунча; унинг маъносини мансабдор шахс белгилайди.',
  },
  'conflict-of-interest': {
    en: '“{q}”: one person may hold both roles, so a private interest can sway an official decision. Check for a duty to declare the interest and to step aside.',
    ru: '«{q}»: одно лицо может совмещать обе роли, и личный интерес может повлиять на служебное решение. Проверьте, есть ли обязанность заявить о конфликте интересов и устраниться.',
    'uz-Latn':
      '«{q}»: bir shaxs ikkala vazifani qoʻshib olib borishi mumkin, shaxsiy manfaat xizmat qaroriga taʼsir qilishi mumkin. Manfaatlar toʻqnashuvini maʼlum qilish va qaror qabul qilishdan chetlanish majburiyati bor-yoʻqligini tekshiring.',
    'uz-Cyrl':
      '«{q}»: бир шахс иккала вазифани қўшиб олиб бориши мумкин, шахсий манфаат хизмат қарорига таъсир қилиши мумкин. Манфаатлар тўқнашувини маълум қилиш ва қарор қабул қилишдан четланиш мажбурияти бор-йўқлигини текширинг.',
  },
  'no-oversight': {
    en: '“{q}”: the decision or the body is put beyond control or audit. Check who oversees it.',
    ru: '«{q}»: решение или орган выведены из-под контроля или проверки. Проверьте, кто их контролирует.',
    'uz-Latn':
      '«{q}»: qaror yoki organ nazorat va tekshiruvdan tashqarida qoldirilgan. Kim nazorat qilishini tekshiring.',
    'uz-Cyrl':
      '«{q}»: қарор ёки орган назорат ва текширувдан ташқарида қолдирилган. Ким назорат қилишини текширинг.',
  },
  'no-liability': {
    en: '“{q}”: officials are exempted from liability for how they use the power. Check that a breach has a consequence.',
    ru: '«{q}»: должностные лица освобождены от ответственности за то, как используют полномочие. Проверьте, что за нарушение предусмотрена ответственность.',
    'uz-Latn':
      '«{q}»: mansabdor shaxslar vakolatdan qanday foydalangani uchun javobgarlikdan ozod qilingan. Qoidabuzarlik uchun javobgarlik belgilanganini tekshiring.',
    'uz-Cyrl':
      '«{q}»: мансабдор шахслар ваколатдан қандай фойдалангани учун жавобгарликдан озод қилинган. Қоидабузарлик учун жавобгарлик белгиланганини текширинг.',
  },
  'tax-fee-procedure': {
    en: '“{q}”: a fee or charge with no amount, rate or ceiling in the clause; the official sets the price. Ask for the amount or a maximum.',
    ru: '«{q}»: плата или сбор без размера, ставки или предельной суммы; цену определяет должностное лицо. Нужен размер или верхний предел.',
    'uz-Latn':
      '«{q}»: miqdori, stavkasi yoki eng yuqori chegarasi koʻrsatilmagan toʻlov yoki yigʻim; narxni mansabdor shaxs belgilaydi. Miqdor yoki yuqori chegara kerak.',
    'uz-Cyrl':
      '«{q}»: миқдори, ставкаси ёки энг юқори чегараси кўрсатилмаган тўлов ёки йиғим; нархни мансабдор шахс белгилайди. Миқдор ёки юқори чегара керак.',
  },
  'budget-funds-procedure': {
    en: '“{q}”: public money is spent with no procedure, amount or recipient criteria in the norm. Check how the funds are allocated and accounted for.',
    ru: '«{q}»: бюджетные средства расходуются без порядка, размера и критериев получателей. Проверьте, как средства распределяются и как отчитываются.',
    'uz-Latn':
      '«{q}»: budjet mablagʻlari tartib, miqdor va oluvchilar mezonlarisiz sarflanadi. Mablagʻlar qanday taqsimlanishi va hisobot berilishini tekshiring.',
    'uz-Cyrl':
      '«{q}»: бюджет маблағлари тартиб, миқдор ва олувчилар мезонларисиз сарфланади. Маблағлар қандай тақсимланиши ва ҳисобот берилишини текширинг.',
  },
  'procurement-procedure': {
    en: '“{q}”: a purchase with no competitive or transparent procedure named. Check how the supplier is chosen.',
    ru: '«{q}»: закупка без указания конкурентной и прозрачной процедуры. Проверьте, как выбирается поставщик.',
    'uz-Latn':
      '«{q}»: raqobatli va shaffof tartib koʻrsatilmagan xarid. Yetkazib beruvchi qanday tanlanishini tekshiring.',
    'uz-Cyrl':
      '«{q}»: рақобатли ва шаффоф тартиб кўрсатилмаган харид. Етказиб берувчи қандай танланишини текширинг.',
  },
}

/** Texts for the absence checks, which explain what is missing rather than what is there. */
const BY_CHECK: Record<string, LocalizedText> = {
  'no-time-limit': {
    en: '“{q}”: this procedure sets no time limit anywhere in the article. Ask for a fixed deadline.',
    ru: '«{q}»: в статье не установлен срок для этой процедуры. Нужен конкретный срок.',
    'uz-Latn': '“{q}”: moddada ushbu tartib-taomil uchun muddat belgilanmagan. Aniq muddat kerak.',
    'uz-Cyrl': '«{q}»: моддада ушбу тартиб-таомил учун муддат белгиланмаган. Аниқ муддат керак.',
  },
  'no-criteria': {
    en: '“{q}”: the body grants or refuses, and the article names no grounds or criteria for the choice.',
    ru: '«{q}»: орган выдаёт или отказывает, а оснований и критериев выбора в статье нет.',
    'uz-Latn': '“{q}”: organ beradi yoki rad etadi, moddada esa tanlov asoslari va mezonlari yoʻq.',
    'uz-Cyrl': '«{q}»: орган беради ёки рад этади, моддада эса танлов асослари ва мезонлари йўқ.',
  },
  'no-appeal': {
    en: '“{q}”: a power to refuse or sanction with no appeal route in the article.',
    ru: '«{q}»: полномочие отказать или применить санкцию, а порядка обжалования в статье нет.',
    'uz-Latn': '“{q}”: rad etish yoki chora qoʻllash vakolati bor, moddada esa shikoyat qilish tartibi yoʻq.',
    'uz-Cyrl': '«{q}»: рад этиш ёки чора қўллаш ваколати бор, моддада эса шикоят қилиш тартиби йўқ.',
  },
}

/** The explanation of a hit of `ruleId` (structural ids end in the check name) in `lang`. */
export function explain(key: DetectorKey, ruleId: string, quote: string, lang: LanguageTag): string {
  const check = ruleId.includes('.structure.') ? BY_CHECK[ruleId.split('.structure.')[1]] : undefined
  const text = (check ?? BY_KEY[key])[lang]
  const q = quote.length > 80 ? `${quote.slice(0, 77)}…` : quote
  return text.replace('{q}', q.replace(/\s+/g, ' '))
}
