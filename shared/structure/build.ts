import type { Unit, UnitKind } from '../domain/draft.js'
import type { LanguageTag } from '../domain/language.js'
import type { ClassifiedLine } from './classify.js'
import { assignFrontRoles, titleContinues } from './frontMatter.js'
import { labelWords, textLabel } from './labels.js'
import { endsParagraph } from './lineText.js'
import type { Marker } from './markers.js'
import { type Caption, divisionRank, enumKind, enumLabel, takeCaptionLine } from './placement.js'
import { type EnumEntry, UnitStore } from './unitStore.js'

/**
 * Turns classified lines into units, one pass in document order. It keeps the open division
 * stack, the current article, part and enumeration levels, and whether a list is open (a
 * paragraph ending with ":" makes the following unnumbered paragraphs its items).
 */
export class DraftBuilder extends UnitStore {
  private readonly words
  private front: Unit[] | null = []
  private annex: Unit | null = null
  private divisions: { unit: Unit; rank: number }[] = []
  private readonly enRanks = new Map<string, number>()
  private article: Unit | null = null
  private part: Unit | null = null
  private partExplicit = false
  private partCount = 0
  private point: Unit | null = null
  private enums: EnumEntry[] = []
  private caption: Caption | null = null
  private prefix: string[] = []

  constructor(private readonly language: LanguageTag) {
    super()
    this.words = labelWords(language)
  }

  /** Feeds one classified line. */
  add(line: ClassifiedLine): void {
    if (line.prefix) {
      this.prefix.push(line.text)
      return
    }
    if (line.attach && this.attachToLast(line.text)) return
    const m = line.marker
    if (m) {
      this.caption = null
      if (m.type === 'division') this.division(m, line.text)
      else if (m.type === 'article') this.openArticle(m, line.text)
      else if (m.type === 'annex') this.openAnnex(m, line.text)
      else if (m.type === 'signature') this.signature(line)
      else this.enumerated(m, line.text)
      return
    }
    if (this.captionTakes(line)) return
    if (line.tail && this.enums.length) {
      this.listTail(line.text)
      return
    }
    if (this.continues(line)) return
    this.paragraph(line.text)
  }

  /** Ends the pass; a draft with no structure at all keeps its paragraphs as text units. */
  finish(): Unit[] {
    this.finalizeFront(false)
    return this.units
  }

  private container(): Unit | null {
    return this.divisions.at(-1)?.unit ?? this.annex
  }

  private closeArticle(): void {
    this.article = null
    this.part = null
    this.partExplicit = false
    this.partCount = 0
    this.point = null
    this.enums = []
    this.lastPara = null
  }

  private division(m: Extract<Marker, { type: 'division' }>, text: string): void {
    this.finalizeFront(true)
    this.closeArticle()
    const rank = divisionRank(m.keyword, this.enRanks)
    while (this.divisions.length && (this.divisions.at(-1)?.rank ?? 0) >= rank) this.divisions.pop()
    const unit = this.create(
      'division',
      m.number,
      this.words.division(m.keyword, m.number, m.title),
      this.container(),
      text,
      false,
    )
    this.divisions.push({ unit, rank })
    if (!m.title) this.caption = { unit, count: 0, upperOnly: false }
    else if (text.length >= 60 && !endsParagraph(text)) this.caption = { unit, count: 0, upperOnly: true }
  }

  private openArticle(m: Extract<Marker, { type: 'article' }>, text: string): void {
    this.finalizeFront(true)
    this.closeArticle()
    this.article = this.create(
      'article',
      m.number,
      this.words.article(m.number),
      this.container(),
      text,
      false,
    )
    if (!m.title || (text.length >= 60 && !endsParagraph(text)))
      this.caption = { unit: this.article, count: 0, upperOnly: true }
  }

  private openAnnex(m: Extract<Marker, { type: 'annex' }>, text: string): void {
    this.finalizeFront(true)
    this.closeArticle()
    this.divisions = []
    const full = [...this.prefix, text].join('\n')
    this.prefix = []
    this.annex = this.create('annex', m.number, this.words.annex(m.number), null, full, false)
    this.caption = { unit: this.annex, count: 0, upperOnly: false }
  }

  private signature(line: ClassifiedLine): void {
    const text = line.text
    const prev = this.lastLine
    // "Toshkent sh.," under the signer's name continues the same signature block.
    if (prev && !line.blankBefore && this.meta.get(prev)?.signature) {
      prev.text += `\n${text}`
      return
    }
    this.finalizeFront(true)
    this.closeArticle()
    this.divisions = []
    const unit = this.create(
      'text',
      null,
      textLabel(this.language, 'signature', this.annex?.label ?? null),
      this.annex,
      text,
      true,
    )
    const meta = this.meta.get(unit)
    if (meta) meta.signature = true
    this.lastPara = null
  }

  /** Title lines of a heading that carries only its number ("ГЛАВА 1" / "ОСНОВЫ …"). */
  private captionTakes(line: ClassifiedLine): boolean {
    if (!this.caption) return false
    if (takeCaptionLine(this.caption, line)) return true
    this.caption = null
    return false
  }

  private paragraph(text: string): void {
    if (this.front) {
      const head = this.front.length === 1 ? this.front[0] : null
      if (head && titleContinues(head.text, text)) {
        head.text += `\n${text}`
        const meta = this.meta.get(head)
        if (meta) meta.open = false
        return
      }
      this.front.push(this.create('text', null, '', null, text, true))
      return
    }
    const owner = this.listOwner()
    if (this.article) {
      if (owner && owner !== this.article) this.item(owner, text)
      else if (this.language === 'ru' && this.partExplicit && this.part) this.item(this.part, text)
      else if (this.language === 'en' && this.enums.length)
        this.item(this.enums[this.enums.length - 1].unit, text)
      else this.implicitPart(text)
      return
    }
    if (owner) this.item(owner, text)
    else if (this.point) this.item(this.point, text)
    else {
      const parent = this.container()
      this.create('text', null, textLabel(this.language, 'text', parent?.label ?? null), parent, text, true)
    }
  }

  /** An unnumbered paragraph of an article is its next part ("2-qism", "часть 2"). */
  private implicitPart(text: string): void {
    const article = this.article as Unit
    this.partCount++
    const n = String(this.partCount)
    const en = this.language === 'en'
    const label = en
      ? this.partCount === 1
        ? article.label
        : this.words.item(article.label, this.partCount)
      : this.words.part(article.label, n)
    this.part = this.create('part', en ? null : n, label, article, text, true)
    this.partExplicit = false
    this.enums = []
  }

  /** The words after a list's last item continue its owner: "Section 13(2), para. 2". */
  private listTail(text: string): void {
    this.enums.pop()
    const owner = this.enums.at(-1)?.unit ?? this.part ?? this.article ?? this.container()
    const meta = owner ? this.meta.get(owner) : undefined
    const k = (meta ? ++meta.items : 1) + 1
    this.create('text', null, this.words.item(owner?.label ?? '', k), owner, text, true)
  }

  /** A list item (xatboshi, абзац): the owner's introduction is its first paragraph. */
  private item(owner: Unit, text: string): void {
    const meta = this.meta.get(owner)
    const k = (meta ? ++meta.items : 1) + 1
    const kind: UnitKind =
      owner.kind === 'part'
        ? 'point'
        : owner.kind === 'point' || owner.kind === 'subpoint'
          ? 'subpoint'
          : 'text'
    const unit = this.create(kind, null, this.words.item(owner.label, k), owner, text, true)
    const um = this.meta.get(unit)
    if (um) um.listOwner = owner
  }

  private enumerated(m: Extract<Marker, { type: 'enum' }>, text: string): void {
    this.finalizeFront(true)
    if (this.article) {
      if (this.language === 'ru' && m.style === 'n.') {
        this.part = this.create(
          'part',
          m.number,
          this.words.part(this.article.label, m.number),
          this.article,
          text,
          true,
        )
        this.partExplicit = true
        this.partCount = Number(m.number)
        this.enums = []
      } else this.stacked(m, this.part ?? this.article, text)
      return
    }
    if (m.style === 'n.') {
      const parent = this.container()
      // A schedule's paragraphs are cited from the schedule, whatever cross-heading they sit under.
      const cited = this.annex && parent?.kind === 'division' ? this.annex : parent
      const label =
        this.language === 'en' && cited
          ? `${cited.label}, paragraph ${m.number}`
          : this.words.point(parent?.label ?? null, m.number, m.style)
      this.point = this.create('point', m.number, label, parent, text, true)
      this.enums = [{ style: 'n.', unit: this.point, number: m.number }]
      return
    }
    this.stacked(m, this.point ?? this.container(), text)
  }

  /** Places an item by its numbering style: a style seen before is a sibling, a new one a child. */
  private stacked(m: Extract<Marker, { type: 'enum' }>, base: Unit | null, text: string): void {
    let { style, number } = m
    if (m.alt) {
      const alpha = this.enums.find((e) => e.style === m.alt?.style)
      if (alpha && String.fromCodePoint((alpha.number.codePointAt(0) ?? 0) + 1) === m.alt.number)
        ({ style, number } = m.alt)
    }
    const idx = this.enums.findIndex((e) => e.style === style)
    if (idx >= 0) this.enums.length = idx
    const parent = this.enums.at(-1)?.unit ?? base
    const kind = enumKind(parent, this.language)
    const label = enumLabel(this.words, this.language, kind, parent, number, style)
    const unit = this.create(kind, number, label, parent, text, true)
    const um = this.meta.get(unit)
    if (um && parent && (parent.kind === 'part' || parent.kind === 'point' || parent.kind === 'subpoint'))
      um.listOwner = parent
    this.enums.push({ style, unit, number })
    if (kind === 'point' && !this.article) this.point = unit
  }

  /** Decides what the paragraphs before the first heading are: title lines, then the preamble. */
  private finalizeFront(structureFollows: boolean): void {
    const units = this.front
    if (!units) return
    this.front = null
    assignFrontRoles(units, structureFollows, this.language)
    this.lastPara = null
  }
}
