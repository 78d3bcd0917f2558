import type { Unit, UnitKind } from '../domain/draft.js'
import type { ClassifiedLine } from './classify.js'
import { type CaseClass, caseClass, closingMark, endsParagraph, sameCase } from './lineText.js'
import type { EnumStyle } from './markers.js'

/** What the builder remembers about a unit while later lines may still join it. */
export interface Meta {
  paragraph: boolean
  open: boolean
  lastCase: CaseClass
  items: number
  listOwner: Unit | null
  signature: boolean
  /** How the unit's own words end, kept when editorial notes are attached after them. */
  closing?: string
}

/** One open level of numbered items ("1)", "a)", "(i)"). */
export interface EnumEntry {
  style: EnumStyle
  unit: Unit
  number: string
}

/**
 * The units built so far in document order, with their builder-only meta and the last line and
 * paragraph a continuation may join. The draft builder extends it with the structure rules.
 */
export class UnitStore {
  readonly units: Unit[] = []
  protected readonly meta = new Map<Unit, Meta>()
  protected lastPara: Unit | null = null
  protected lastLine: Unit | null = null

  protected create(
    kind: UnitKind,
    number: string | null,
    label: string,
    parent: Unit | null,
    text: string,
    paragraph: boolean,
  ): Unit {
    const unit: Unit = {
      id: `u${this.units.length + 1}`,
      kind,
      number,
      label,
      parentId: parent?.id ?? null,
      text,
    }
    this.units.push(unit)
    this.meta.set(unit, {
      paragraph,
      open: !endsParagraph(text),
      lastCase: caseClass(text),
      items: 0,
      listOwner: null,
      signature: false,
    })
    this.lastLine = unit
    if (paragraph) this.lastPara = unit
    return unit
  }

  /**
   * Adds a line that belongs to the unit above without being part of its wording (a note); the
   * unit still ends, for lists and wrapping, the way its own words end.
   */
  protected attachToLast(text: string): boolean {
    const last = this.lastLine
    if (!last) return false
    // The paragraph may go on after the note: "… жалб қилиш —" / note / "базавий ҳисоблаш …".
    const meta = this.meta.get(last)
    if (meta) meta.closing ??= closingMark(last.text)
    last.text += `\n${text}`
    return true
  }

  /** Joins a wrapped line to the paragraph it continues. */
  protected continues(line: ClassifiedLine): boolean {
    const prev = this.lastLine
    const meta = prev ? this.meta.get(prev) : undefined
    if (!prev || !meta || line.blankBefore || !meta.paragraph) return false
    if (meta.signature) {
      if (line.text.length > 80) return false
      prev.text += `\n${line.text}`
      return true
    }
    const cls = caseClass(line.text)
    if (!meta.open || !sameCase(meta.lastCase, cls)) return false
    prev.text += ` ${line.text}`
    if (meta.closing !== undefined) meta.closing = closingMark(line.text)
    meta.open = !endsParagraph(line.text)
    meta.lastCase = cls
    return true
  }

  protected listOwner(): Unit | null {
    const last = this.lastPara
    if (!last) return null
    const mark = this.meta.get(last)?.closing ?? closingMark(last.text)
    if (mark === ':') return last
    if (mark === ';' || mark === ',') return this.meta.get(last)?.listOwner ?? null
    return null
  }
}
