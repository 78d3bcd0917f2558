/** lex.uz labels and amendment notes in the room's draft view are drawn muted, exactly over their text. */
import { getSchema } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { buildDraftContent, draftSchemaExtensions } from '../../../client/editor/draftSchema'
import { editorialDecorations } from '../../../client/editor/editorialNotes'
import type { Unit } from '../../../shared/domain/draft'
import { parseDraft } from '../../../shared/structure/index.js'

const pasted = [
  '1-модда. Маҳаллий ҳокимият',
  'Олдинги таҳрирга қаранг.',
  'Вилоятларда халқ депутатлари Кенгашлари вакиллик органларидир.',
  '(1-модданинг биринчи қисми Ўзбекистон Республикасининг 2017 йил 29 августдаги ЎРҚ-439-сонли Қонуни таҳририда — ЎР ҚҲТ, 2017 й., 35-сон, 914-модда)',
  'Ҳоким ҳисобдордир.',
].join('\n')

describe('editorial notes in the draft view', () => {
  it('decorate the label and the note, not the norm, at the right document positions', () => {
    const units: Unit[] = parseDraft(pasted, 'uz-Cyrl').units
    const doc = getSchema(draftSchemaExtensions).nodeFromJSON(buildDraftContent(units))
    const muted = editorialDecorations(doc)
      .find()
      .map((d) => doc.textBetween(d.from, d.to))
    expect(muted).toEqual([
      'Олдинги таҳрирга қаранг.',
      '(1-модданинг биринчи қисми Ўзбекистон Республикасининг 2017 йил 29 августдаги ЎРҚ-439-сонли Қонуни таҳририда — ЎР ҚҲТ, 2017 й., 35-сон, 914-модда)',
    ])
  })

  it('leave a draft without lex.uz text undecorated', () => {
    const units = parseDraft('1-modda. Maqsad\nUshbu Qonunning maqsadi belgilanadi.', 'uz-Latn').units
    const doc = getSchema(draftSchemaExtensions).nodeFromJSON(buildDraftContent(units))
    expect(editorialDecorations(doc).find()).toEqual([])
  })
})
