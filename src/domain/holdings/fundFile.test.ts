import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCsv, detectDelimiter } from './csv'
import {
  cellsToText,
  fundFileMismatch,
  parseIssuerDate,
  pickHoldingsSheet,
  readFundHoldings,
  toFundWeightFile,
  workbookKind,
} from './fundFile'
import { palantirTarget as palantir, position } from './fixtures'

// Fixtures follow the issuers' published layouts (iShares' holdings CSV: title, "Fund Holdings
// as of", fund facts, a blank line, the table, cash and futures rows, a disclaimer; Xtrackers'
// German holdings list: "Stand", semicolons, decimal commas, "%" signs). Their weights are test
// values, not reported holdings.
const rowsOf = (path: string) => {
  const text = readFileSync(path, 'utf8')
  return parseCsv(text, detectDelimiter(text)).map((r) => r.fields)
}

const fundPosition = (ticker: string | null, name: string | null) =>
  position({ ticker, name, quantity: 10, valueCents: 2_000_000, securityType: 'ETF' })

describe('readFundHoldings', () => {
  it('reads an iShares holdings CSV: preamble, as-of date, weight in percent, cash and futures apart', () => {
    const r = readFundHoldings(rowsOf('e2e/fixtures/IVV_holdings.csv'), 'IVV_holdings.csv', palantir)
    expect(r).toEqual({
      ok: true,
      fundName: 'iShares Core S&P 500 ETF',
      fundTicker: 'IVV',
      asOf: '2026-11-28',
      weight: 0.0045,
      found: true,
      matchedBy: 'ticker PLTR',
      holdingsCount: 4,
      cashRows: 2,
      headerLine: 10,
    })
  })

  it('reads a European issuer’s file: German headers, decimal commas, % signs, a note after the data', () => {
    const r = readFundHoldings(
      rowsOf('e2e/fixtures/xtrackers-msci-world-bestand.csv'),
      'xtrackers-msci-world-bestand.csv',
      palantir,
    )
    expect(r).toMatchObject({
      ok: true,
      fundName: 'Xtrackers MSCI World UCITS ETF 1C',
      asOf: '2026-11-27',
      found: true,
      matchedBy: 'ISIN US69608A1088',
      holdingsCount: 3,
      cashRows: 1,
    })
    expect(r.ok && r.weight).toBeCloseTo(0.0031, 10)
  })

  it('states a known zero when the fund does not hold the company', () => {
    const r = readFundHoldings(
      [
        ['Fund Holdings as of', '2026-11-28'],
        ['Ticker', 'Name', 'Weight (%)'],
        ['AAPL', 'APPLE INC', '100'],
      ],
      'XYZ_holdings.csv',
      palantir,
    )
    expect(r).toMatchObject({ ok: true, weight: 0, found: false, matchedBy: null, asOf: '2026-11-28' })
  })

  it('reads weights written as fractions when they add up to one', () => {
    const r = readFundHoldings(
      [
        ['Name', 'ISIN', 'Weight'],
        ['Palantir', 'US69608A1088', '0.02'],
        ['Other', 'US0378331005', '0.98'],
      ],
      'f.xlsx',
      palantir,
    )
    expect(r.ok && r.weight).toBe(0.02)
  })

  it('refuses a file that is not a holdings list', () => {
    const r = readFundHoldings(
      [
        ['Symbol', 'Quantity', 'Value'],
        ['PLTR', '1', '2'],
      ],
      'positions.csv',
      palantir,
    )
    expect(r.ok).toBe(false)
  })
})

describe('which position a holdings file is for', () => {
  const read = readFundHoldings(rowsOf('e2e/fixtures/IVV_holdings.csv'), 'IVV_holdings.csv', palantir)
  if (!read.ok) throw new Error(read.error)

  it('refuses a file for another fund than the position', () => {
    expect(fundFileMismatch(read, fundPosition('VOO', 'VANGUARD S&P 500 ETF'))).toBe(
      'This file is for iShares Core S&P 500 ETF (IVV), not for VOO (VANGUARD S&P 500 ETF). Choose that fund’s own holdings file.',
    )
    expect(fundFileMismatch(read, fundPosition('IVV', 'ISHARES CORE S&P 500 ETF'))).toBeNull()
  })

  it('keeps the weight, date and the identifiers of the position it applies to', () => {
    const f = toFundWeightFile(read, fundPosition('IVV', 'ISHARES CORE S&P 500 ETF'), {
      fileName: 'IVV_holdings.csv',
      companyId: 'palantir',
      loadedAt: '2026-12-02T08:00:00.000Z',
      sheet: null,
    })
    expect(f).toMatchObject({
      id: 'fund:IVV',
      weight: 0.0045,
      asOf: '2026-11-28',
      appliesTo: { tickers: ['IVV'], names: ['ISHARES CORE S&P 500 ETF'], isins: [], cusips: [] },
    })
  })
})

describe('workbooks and dates', () => {
  it.each([
    ['Nov 28, 2026', '2026-11-28'],
    ['28 Nov 2026', '2026-11-28'],
    ['27.11.2026', '2026-11-27'],
    ['2026-11-27', '2026-11-27'],
    ['11/27/2026', '2026-11-27'],
    ['27/11/2026', '2026-11-27'],
    ['Stand: 27. Okt. 2026', '2026-10-27'],
    ['no date', null],
  ] as const)('reads %j as %s', (text, iso) => {
    expect(parseIssuerDate(text)).toBe(iso)
  })

  it('picks the holdings sheet of a workbook with several', () => {
    const sheets = [
      {
        sheet: 'Overview',
        rows: [
          ['Fund', 'Sample'],
          ['NAV', '100'],
        ],
      },
      {
        sheet: 'Holdings',
        rows: cellsToText([
          ['Name', 'ISIN', 'Weight (%)'],
          ['Palantir', 'US69608A1088', 0.45],
        ]),
      },
    ]
    expect(pickHoldingsSheet(sheets)?.sheet).toBe('Holdings')
    expect(pickHoldingsSheet([sheets[0] as (typeof sheets)[number]])).toBeNull()
  })

  it('tells an XLSX from a password-protected (encrypted) or old workbook by its first bytes', () => {
    expect(workbookKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04]))).toBe('xlsx')
    expect(workbookKind(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]))).toBe('encrypted-or-xls')
    expect(workbookKind(new TextEncoder().encode('Ticker,Name'))).toBe('text')
  })
})
