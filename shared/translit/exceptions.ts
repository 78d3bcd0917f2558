/**
 * Loanwords whose spelling the letter rules cannot recover (mostly Russian words with ц and ь).
 * Keys are Latin stems, values the Cyrillic stems; a word that starts with a key is converted
 * through this table, so suffixes (-ga, -ning, -lar …) follow unchanged.
 */
export const LOANWORD_STEMS: ReadonlyArray<readonly [string, string]> = [
  ['konsepsiya', 'концепция'],
  ['prinsip', 'принцип'],
  ['sentr', 'центр'],
  ['sement', 'цемент'],
  ['sirk', 'цирк'],
  ['litsenziya', 'лицензия'],
  ['litsenz', 'лиценз'],
  ['litsey', 'лицей'],
  ['ofitser', 'офицер'],
  ['kvitansiya', 'квитанция'],
  ['tendensiya', 'тенденция'],
  ['kompetensiya', 'компетенция'],
  ['instansiya', 'инстанция'],
  ['konferensiya', 'конференция'],
  ['preferensiya', 'преференция'],
  ['distansion', 'дистанцион'],
  ['stansiya', 'станция'],
  ['militsiya', 'милиция'],
  ['politsiya', 'полиция'],
  ['yanvar', 'январь'],
  ['fevral', 'февраль'],
  ['aprel', 'апрель'],
  ['iyun', 'июнь'],
  ['iyul', 'июль'],
  ['sentyabr', 'сентябрь'],
  ['oktyabr', 'октябрь'],
  ['noyabr', 'ноябрь'],
  ['dekabr', 'декабрь'],
  ['rubl', 'рубль'],
  ['avtomobil', 'автомобиль'],
  ['pochtal', 'почтал'],
]

/** Native words where s and h are separate letters (с + ҳ), not the digraph sh (ш). */
export const S_H_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['ishoq', 'исҳоқ'],
  ['ishol', 'исҳол'],
  ['ashob', 'асҳоб'],
  ['mushaf', 'мусҳаф'],
  ['sahhof', 'саҳҳоф'],
]
