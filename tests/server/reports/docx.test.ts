import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { writeDocx } from '../../../server/reports/docx.js'
import { wordText } from '../../helpers/wordText.js'
import { hostileModel, sampleModel } from './inputs.js'

async function open(model: ReturnType<typeof sampleModel>) {
  const files = unzipSync(await writeDocx(model))
  const part = (name: string) => strFromU8(files[name] ?? new Uint8Array())
  return { files, part, document: part('word/document.xml'), comments: part('word/comments.xml') }
}

describe('writeDocx', () => {
  it('has the quotes, factor names in the report language, unit labels and numbering', async () => {
    const model = sampleModel('ru')
    const { document } = await open(model)
    const text = wordText(document)
    for (const f of model.findings) {
      expect(text).toContain(`«${f.quote}»`)
      expect(text).toContain(f.unitLabel)
      for (const factor of f.factors) expect(text).toContain(factor.name)
    }
    expect(text).toContain('Определение компетенции по формуле «вправе»')
    expect(text).not.toContain('Ваколатни «ҳақли» шаклида белгилаш')
    // One block per finding, in order: its heading row names the number and the norm.
    const headings = [...text.matchAll(/№ (\d+)\. ([^\n]+)/g)].map((m) => [m[1], m[2]])
    expect(headings).toEqual(model.findings.map((f) => [String(f.number), f.unitLabel]))
    expect(text).toContain(model.title)
    expect(text).toContain(model.conclusion[1])
  })

  it('anchors one native comment per finding on its quoted span in the annex, overlaps included', async () => {
    // 12 findings over 8 marked parts: findings 9–12 cover exactly the spans of 1–4, so ranges overlap.
    const model = sampleModel('uz-Latn', 12)
    const { document, comments } = await open(model)
    expect(comments).toContain('<w:comments')
    const ids = [...comments.matchAll(/<w:comment [^>]*w:id="(\d+)"/g)].map((m) => Number(m[1]))
    expect(ids).toEqual(model.findings.map((f) => f.number - 1))
    const commentText = wordText(comments)
    for (const f of model.findings) {
      expect(commentText).toContain(`№ ${f.number}.`)
      expect(commentText).toContain(f.rationale)
      // The text between the range start and end is exactly the quoted span.
      const id = f.number - 1
      const range = new RegExp(
        `<w:commentRangeStart w:id="${id}"/>(.*?)<w:commentRangeEnd w:id="${id}"/>`,
      ).exec(document)
      expect(range, `range of comment ${id}`).not.toBeNull()
      expect(wordText(range?.[1] ?? '')).toBe(f.quote)
      expect(document).toContain(`<w:commentReference w:id="${id}"/>`)
    }
  })

  it('puts page numbers in the footer and escapes hostile text as XML', async () => {
    const model = hostileModel()
    const { files, part, document } = await open(model)
    const footers = Object.keys(files).filter((n) => /^word\/footer\d*\.xml$/.test(n))
    expect(footers.length).toBeGreaterThan(0)
    expect(footers.map(part).join('')).toMatch(/PAGE/)
    expect(document).not.toContain('<script>')
    expect(wordText(document)).toContain('<script>alert("x")</script>')
  })
})
