import { describe, expect, it } from 'vitest'
import { parseCsv } from '../holdings/csv'
import { escapeCsvCell, fileSlug, toCsv } from './csv'

describe('escapeCsvCell', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', `"'\r=1"`],
  ])('neutralises the formula %j', (input, expected) => {
    expect(escapeCsvCell(input)).toBe(expected)
  })

  it('writes numbers as numbers, negative ones included', () => {
    expect(escapeCsvCell(49874018.14)).toBe('49874018.14')
    expect(escapeCsvCell(-1353)).toBe('-1353')
    expect(escapeCsvCell(Number.NaN)).toBe('')
  })

  it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
    expect(escapeCsvCell('FALCON, renewal')).toBe('"FALCON, renewal"')
    expect(escapeCsvCell('"up to $42M"')).toBe('"""up to $42M"""')
    expect(escapeCsvCell('a\nb')).toBe('"a\nb"')
    expect(escapeCsvCell('ICM')).toBe('ICM')
    expect(escapeCsvCell(null)).toBe('')
  })
})

describe('toCsv', () => {
  const columns = [
    { header: 'Award', value: (r: { title: string; usd: number | null }) => r.title },
    { header: 'Value (USD)', value: (r: { title: string; usd: number | null }) => r.usd },
  ]

  it('writes a header and one CRLF line per row', () => {
    const csv = toCsv(columns, [
      { title: 'ICM, 2014', usd: 41000000 },
      { title: 'FALCON 2013', usd: null },
    ])
    expect(csv).toBe('Award,Value (USD)\r\n"ICM, 2014",41000000\r\nFALCON 2013,\r\n')
  })

  it('round-trips through the CSV reader portfolios go through, escaped formulas kept as text', () => {
    const rows = [
      { title: '=1+1', usd: 5 },
      { title: 'say "hi",\nthen go', usd: -3 },
    ]
    expect(parseCsv(toCsv(columns, rows), ',').map((r) => r.fields)).toEqual([
      ['Award', 'Value (USD)'],
      ["'=1+1", '5'],
      ['say "hi",\nthen go', '-3'],
    ])
  })

  it('writes only the header for no rows', () => {
    expect(toCsv(columns, [])).toBe('Award,Value (USD)\r\n')
  })
})

describe('fileSlug', () => {
  it('makes a safe file name from a title', () => {
    expect(fileSlug('Contract awards, FY2014–FY2019')).toBe('contract-awards-fy2014-fy2019')
    expect(fileSlug('***')).toBe('chart')
  })
})
