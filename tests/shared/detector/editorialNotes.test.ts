import { describe, expect, it } from 'vitest'
import { detect } from '../../../shared/detector/index.js'
import { parseDraft } from '../../../shared/structure/index.js'
import { hits, pack } from './hits.js'

/**
 * lex.uz's own words inside a unit (a "LexUZ шарҳи" comment, an amendment note) are not norms: the
 * detector raises nothing there, and the same words in a norm are still read.
 */
describe('the detector skips lex.uz comments and notes', () => {
  it('raises nothing in a "Қўшимча маълумот учун қаранг" comment', () => {
    const pasted = [
      '97-модда. Қасддан одам ўлдириш',
      'Қасддан одам ўлдириш — ўн йилдан ўн беш йилгача озодликдан маҳрум қилиш билан жазоланади.',
      ' LexUZ шарҳи',
      'Қўшимча маълумот учун қаранг: Олий суди Пленумининг 2004 йил 24 сентябрдаги 13-сонли қарори.',
    ].join('\n')
    const units = parseDraft(pasted, 'uz-Cyrl').units
    expect(units.some((u) => u.text.includes('Қўшимча маълумот учун қаранг'))).toBe(true)
    expect(detect(units, pack, { language: 'uz-Cyrl', explainIn: 'en' })).toEqual([])
  })

  it('still reads the same words where they are a norm', () => {
    const norm = 'Қўшимча маълумот ваколатли орган томонидан белгиланадиган тартибда тақдим этилади.'
    expect(hits('uz-Cyrl', norm).length).toBeGreaterThan(0)
    expect(hits('uz-Cyrl', `${norm}\nLexUZ шарҳи\n${norm}`)).toEqual(hits('uz-Cyrl', norm))
  })
})
