import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { Document, Packer, Paragraph, TextRun } from 'docx'
import PDFDocument from 'pdfkit'
import { markdownToText } from '../../../server/importers/markdown.js'
import { normalizeText } from '../../../server/importers/normalizeText.js'

/** Builders of real DOCX and PDF files from fixture texts, shared by the importer tests and the benchmark. */

const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url))
const DEJAVU = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
const DEJAVU_BOLD = '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'

/**
 * The fixture files that hold legal acts: every text in fixtures/ except the news item (not an act),
 * so an act added to fixtures/ is parsed, imported as DOCX and PDF, and accepted as legal text.
 */
export const ACT_FIXTURES: readonly string[] = readdirSync(FIXTURES)
  .filter((n) => /\.(?:txt|md)$/.test(n) && n !== 'SOURCES.md' && n !== 'uz-cyrl-seminar-news.txt')
  .sort()

/** A fixture's act text without its SOURCE/NOTE header. */
export function fixtureBody(name: string): string {
  const raw = readFileSync(FIXTURES + name, 'utf8')
  const cut = raw.indexOf('\n---\n')
  return cut >= 0 ? raw.slice(cut + 5) : raw
}

/** The plain text a .txt import of the fixture yields (Markdown fixtures reduced to text first). */
export function fixtureText(name: string): string {
  const body = fixtureBody(name)
  return normalizeText(name.endsWith('.md') ? markdownToText(body).text : body)
}

const HEADING =
  /^(?:\d+[¹²³⁴⁵⁶⁷⁸⁹]*-(?:modda|bob|boʻlim|bo‘lim|модда|боб|бўлим|ИЛОВА|илова)|Статья|ГЛАВА|Глава|РАЗДЕЛ|Раздел|§|SEC\.|SECTION|TITLE|DIVISION|Subtitle)/u
const ITEM = /^(?:\(?\d{1,3}[.)]|\(?\p{Ll}{1,3}\))\s/u

/** A Word document with one paragraph per line: bold headings, indented items, empty paragraphs for blank lines. */
export async function buildDocx(text: string): Promise<Uint8Array> {
  const children = text.split('\n').map((line) => {
    if (!line.trim()) return new Paragraph({ children: [] })
    const bold = HEADING.test(line)
    return new Paragraph({
      indent: ITEM.test(line) ? { left: 720 } : undefined,
      children: [new TextRun({ text: line, bold })],
    })
  })
  const doc = new Document({ sections: [{ children }] })
  return new Uint8Array(await Packer.toBuffer(doc))
}

/**
 * A PDF typeset with pdfkit in DejaVu Sans, like a Word export: one paragraph per line with a
 * first-line indent and a little space after, bold headings, an empty line for blank lines.
 */
export function buildPdf(
  text: string,
  align: 'justify' | 'left' = 'justify',
  title?: string,
): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 60, info: title ? { Title: title } : undefined })
  const chunks: Uint8Array[] = []
  doc.on('data', (c) => chunks.push(c))
  const done = new Promise<Uint8Array>((resolve) =>
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks)))),
  )
  doc.registerFont('body', DEJAVU).registerFont('bold', DEJAVU_BOLD).fontSize(10)
  for (const line of text.split('\n')) {
    if (!line.trim()) {
      doc.moveDown(1)
      continue
    }
    const heading = HEADING.test(line)
    doc
      .font(heading ? 'bold' : 'body')
      .text(line, { align, indent: heading ? 0 : ITEM.test(line) ? 28 : 18, paragraphGap: 3 })
  }
  doc.end()
  return done
}
