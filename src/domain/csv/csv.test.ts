import { describe, expect, it } from 'vitest'
import { parseCsv } from '../holdings/csv'
import { csvSources, escapeCsvCell, fileSlug, toCsv, toCsvDocument, UTF8_BOM } from './csv'

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

describe('toCsvDocument', () => {
  const columns = [{ header: 'Fiscal year', value: (r: { year: string }) => r.year }]
  const rows = [{ year: 'FY2014' }]
  const sources = [
    { citation: 'Nextgov, “Palantir Snags ICE Deal”, Sep 2014', url: 'https://www.nextgov.com/x' },
    { citation: 'ICE, “Worksite enforcement”', url: null },
  ]

  it('starts with the UTF-8 byte-order mark, so a spreadsheet reads accents and dashes right', () => {
    const csv = toCsvDocument(columns, rows, { sources, asOf: '2025-09' })
    expect(csv.startsWith(UTF8_BOM)).toBe(true)
    expect(csv.charCodeAt(0)).toBe(0xfeff)
    expect([...new TextEncoder().encode(csv).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csv.indexOf(UTF8_BOM, 1)).toBe(-1)
  })

  it('puts the table first, then an empty line, one Source line per source and the data date last', () => {
    const csv = toCsvDocument(columns, rows, { sources, asOf: '2025-09' })
    expect(csv.slice(1).split('\r\n')).toEqual([
      'Fiscal year',
      'FY2014',
      '',
      'Source,"Nextgov, “Palantir Snags ICE Deal”, Sep 2014",https://www.nextgov.com/x',
      'Source,"ICE, “Worksite enforcement”"',
      'Data as of,2025-09',
      '',
    ])
  })

  it('says the data date is unknown when there is none, and still ends every line with CRLF', () => {
    const csv = toCsvDocument(columns, [], { sources: [], asOf: null })
    expect(csv).toBe(`${UTF8_BOM}Fiscal year\r\n\r\nData as of,unknown\r\n`)
  })

  it('escapes a citation that looks like a formula', () => {
    const csv = toCsvDocument(columns, [], { sources: [{ citation: '=cmd()', url: null }], asOf: null })
    expect(csv).toContain("Source,'=cmd()\r\n")
  })
})

describe('csvSources', () => {
  const list = [
    { id: 'a', url: 'https://a.example/1', name: 'A' },
    { id: 'b', url: null, name: 'B' },
  ]

  it('cites each source once, in the order the figure lists them', () => {
    expect(csvSources(['b', 'a', 'b'], list, (s) => s.name)).toEqual([
      { citation: 'B', url: null },
      { citation: 'A', url: 'https://a.example/1' },
    ])
  })

  it('keeps an unknown source, or one not loaded yet, by its id', () => {
    expect(csvSources(['a', 'zz'], list, (s) => s.name)).toEqual([
      { citation: 'A', url: 'https://a.example/1' },
      { citation: 'zz', url: null },
    ])
    expect(csvSources(['a'], undefined, (s: (typeof list)[number]) => s.name)).toEqual([{ citation: 'a', url: null }])
  })
})
