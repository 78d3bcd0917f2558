import { describe, expect, it } from 'vitest'
import { EXPORT_FORMATS, writeReport } from '../../../server/reports/index.js'
import { writeJson } from '../../../server/reports/json.js'
import { buildW3c } from '../../../server/reports/w3c.js'
import { ReportModelSchema } from '../../../shared/reports/model.js'
import { hostileModel, sampleModel } from './inputs.js'

describe('writeJson', () => {
  it('round-trips a model that validates against the schema', () => {
    const model = hostileModel('uz-Cyrl')
    const parsed = ReportModelSchema.parse(JSON.parse(writeJson(model)))
    expect(parsed).toEqual(model)
  })

  it('refuses to write a model that breaks the schema', () => {
    const broken = { ...sampleModel('en'), lang: 'fr' } as unknown as ReturnType<typeof sampleModel>
    expect(() => writeJson(broken)).toThrow()
  })
})

/** The parts of an annotation the test reads. */
type W3cAnnotation = {
  type: string
  target: {
    selector: [
      Record<string, unknown>,
      { type: string; exact: string; prefix: string; suffix: string },
      { start: number; end: number },
    ]
  }
  body: { purpose: string; value: string }[]
}

describe('buildW3c', () => {
  it('gives each finding quote, position and unit selectors consistent with the unit text', () => {
    const model = sampleModel('en', 9)
    const doc = buildW3c(model) as {
      '@context': string
      type: string
      total: number
      first: { items: W3cAnnotation[] }
    }
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    expect(doc.type).toBe('AnnotationCollection')
    expect(doc.total).toBe(model.findings.length)
    const units = new Map(model.units.map((u) => [u.id, u.text]))
    doc.first.items.forEach((a, i) => {
      const f = model.findings[i]
      const text = units.get(f.unitId) ?? ''
      expect(a.type).toBe('Annotation')
      const [fragment, quote, position] = a.target.selector
      expect(fragment).toMatchObject({
        type: 'FragmentSelector',
        value: `unit=${f.unitId}`,
        refinedBy: { type: 'TextPositionSelector', start: f.start, end: f.end },
      })
      expect(position).toEqual({ type: 'TextPositionSelector', start: f.start, end: f.end, unit: f.unitId })
      expect(quote.type).toBe('TextQuoteSelector')
      expect(text.slice(position.start, position.end)).toBe(quote.exact)
      expect(text.slice(0, position.start).endsWith(quote.prefix)).toBe(true)
      expect(text.slice(position.end).startsWith(quote.suffix)).toBe(true)
      expect(quote.exact).toBe(f.quote)
      const purposes = a.body.map((b: { purpose: string }) => b.purpose)
      expect(purposes).toEqual([...f.factors.map(() => 'classifying'), 'assessing', 'commenting', 'editing'])
      expect(
        a.body
          .filter((b: { purpose: string }) => b.purpose === 'classifying')
          .map((b: { value: string }) => b.value),
      ).toEqual(f.factors.map((x) => x.name))
    })
  })
})

describe('writeReport', () => {
  it('writes every format with its content type and an ASCII file name', async () => {
    const model = hostileModel('uz-Latn')
    for (const format of EXPORT_FORMATS) {
      const file = await writeReport(model, format)
      expect(file.fileName).toMatch(/^shaffof-[a-z0-9-]+-consolidated-uz-Latn\.[a-z]+$/)
      expect(file.body.length).toBeGreaterThan(0)
      expect(file.contentType).toMatch(/^[a-z]+\/[a-z0-9.+-]+/)
    }
    expect((await writeReport(model, 'w3c')).contentType).toMatch(/^application\/ld\+json/)
    const group = {
      ...sampleModel('uz-Cyrl'),
      scope: { kind: 'group' as const, name: 'Гуруҳ №1', label: '' },
    }
    expect((await writeReport(group, 'docx')).fileName).toBe(
      'shaffof-ruxsatnomalar-togrisidagi-qonun-loyihasi-group-guruh-no1-uz-Cyrl.docx',
    )
  })
})
