/** Ordinal words that number divisions in Russian and Uzbek: "Часть первая", "BIRINCHI BOʻLIM", "ИККИНЧИ БЎЛИМ". */
const ORDINALS: Record<string, number> = {
  первый: 1,
  первая: 1,
  второй: 2,
  вторая: 2,
  третий: 3,
  третья: 3,
  четвертый: 4,
  четвёртый: 4,
  четвертая: 4,
  пятый: 5,
  пятая: 5,
  шестой: 6,
  шестая: 6,
  седьмой: 7,
  седьмая: 7,
  восьмой: 8,
  восьмая: 8,
  девятый: 9,
  девятая: 9,
  десятый: 10,
  десятая: 10,
  birinchi: 1,
  ikkinchi: 2,
  uchinchi: 3,
  toʻrtinchi: 4,
  beshinchi: 5,
  oltinchi: 6,
  yettinchi: 7,
  sakkizinchi: 8,
  toʻqqizinchi: 9,
  oʻninchi: 10,
  биринчи: 1,
  иккинчи: 2,
  учинчи: 3,
  тўртинчи: 4,
  бешинчи: 5,
  олтинчи: 6,
  еттинчи: 7,
  саккизинчи: 8,
  тўққизинчи: 9,
  ўнинчи: 10,
}

/** A division number with ordinal words as digits ("первая" → "1"); anything else as it is. */
export function divisionNumber(raw: string): string {
  const low = raw.toLowerCase().replace(/[‘’'`ʼ]/g, 'ʻ')
  if (ORDINALS[low]) return String(ORDINALS[low])
  return raw
}
