import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { csvCell, writeCsv } from '../../../server/reports/csv.js'
import { HOSTILE, hostileModel, sampleModel } from './inputs.js'

describe('writeCsv', () => {
  it('starts with a BOM, uses CRLF and gives one row per finding', () => {
    const model = sampleModel('uz-Latn', 9)
    const csv = writeCsv(model)
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect(csv.endsWith('\r\n')).toBe(true)
    const rows: Record<string, string>[] = parse(csv, { bom: true, columns: true })
    expect(rows).toHaveLength(model.findings.length)
    expect(rows.map((r) => r.finding_id)).toEqual(model.findings.map((f) => f.id))
    expect(rows.map((r) => r['Matn parchasi'])).toEqual(model.findings.map((f) => f.quote))
    expect(rows[0]['Korrupsiogen omil']).toBe(model.findings[0].factors.map((f) => f.name).join('; '))
  })

  it('survives quotes, commas and newlines, and neutralises formula starts', () => {
    const model = hostileModel()
    const rows: Record<string, string>[] = parse(writeCsv(model), {
      bom: true,
      columns: true,
      relax_column_count: false,
    })
    expect(rows).toHaveLength(2)
    const [first, second] = rows
    expect(first.Text).toBe('<script>alert("x")</script>')
    expect(second.Text).toBe('"as needed",\nby the *ministry*')
    expect(first.Rationale).toBe(`'${HOSTILE.rationale}`)
    expect(first.Proposal).toBe(`'${HOSTILE.proposal}`)
    expect(first.Sources).toBe(`'${HOSTILE.groupName}`)
    expect(second.Rationale).toBe(`'${HOSTILE.tabbed}`)
    expect(second.Proposal).toBe(`'${HOSTILE.reason}`)
    expect(second['Drafting body’s answer']).toBe(`not accepted: ${HOSTILE.reason}`)
    // No parsed cell may begin with a formula trigger.
    for (const row of rows) for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/)
  })

  it('csvCell quotes only when needed', () => {
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('=1+1')).toBe("'=1+1")
    expect(csvCell(12)).toBe('12')
  })
})
