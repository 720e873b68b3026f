import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCsv, detectDelimiter } from './csv'
import {
  cellsToText,
  checkFundFile,
  parseIssuerDate,
  pickHoldingsSheet,
  readFundHoldings,
  toFundWeightFile,
  workbookKind,
} from './fundFile'
import { palantirTarget as palantir, position } from './fixtures'

// Fixtures follow the issuers' published layouts (iShares' holdings CSV: title, "Fund Holdings
// as of", fund facts, a blank line, the table, cash and futures rows, a disclaimer; Xtrackers'
// German holdings list: "Stand", semicolons, decimal commas, "%" signs; SPDR's daily holdings:
// "Fund Name:", "Ticker Symbol:" or "ISIN:" and "Holdings: As of 29-Nov-2024" label lines, then
// the table and a disclaimer). Their weights are test values, not reported holdings.
const rowsOf = (path: string) => {
  const text = readFileSync(path, 'utf8')
  return parseCsv(text, detectDelimiter(text)).map((r) => r.fields)
}

/** A file's text as the fund-file job reads it: its rows, and the separator it found. */
const csv = (text: string) => {
  const delimiter = detectDelimiter(text)
  return { rows: parseCsv(text, delimiter).map((r) => r.fields), delimiter }
}

/** SPDR's US daily holdings file (holdings-daily-us-en-spy), saved as CSV. */
const SPDR_SPY = `Fund Name:,SPDR® S&P 500® ETF Trust
Ticker Symbol:,SPY
Holdings:,As of 29-Nov-2024

Name,Ticker,Identifier,SEDOL,Weight,Sector,Shares Held,Local Currency
Apple Inc.,AAPL,037833100,2046251,7.021095,Information Technology,178420000,USD
Microsoft Corporation,MSFT,594918104,2588173,6.311421,Information Technology,88520000,USD
Palantir Technologies Inc. Class A,PLTR,69608A108,BN78DQ4,0.381207,Information Technology,24580000,USD
US DOLLAR,CASH_USD,,,0.052211,,391122000,USD

"Past performance is not a reliable indicator of future performance. Holdings are subject to change."
`

/** SPDR's European (UCITS) holdings file: the fund is named by its ISIN, the date as "29-Nov-24". */
const SPDR_UCITS = `Fund Name:,SPDR® S&P 500 UCITS ETF (Acc)
ISIN:,IE00B6YX5C33
Holdings:,As of 29-Nov-24

Name,ISIN,SEDOL,Weight,Sector,Shares Held,Local Currency
Apple Inc.,US0378331005,2046251,7.02,Information Technology,1420000,USD
Palantir Technologies Inc. Class A,US69608A1088,BN78DQ4,0.38,Information Technology,196000,USD
`

const fundPosition = (ticker: string | null, name: string | null) =>
  position({ ticker, name, quantity: 10, valueCents: 2_000_000, securityType: 'ETF' })

describe('readFundHoldings', () => {
  it('reads an iShares holdings CSV: preamble, as-of date, weight in percent, cash and futures apart', () => {
    const r = readFundHoldings(rowsOf('e2e/fixtures/IVV_holdings.csv'), 'IVV_holdings.csv', palantir)
    expect(r).toEqual({
      ok: true,
      fundName: 'iShares Core S&P 500 ETF',
      fundNameStated: true,
      fundTicker: 'IVV',
      fundIsin: null,
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

  it('reads SPDR’s label lines: the fund’s name, ticker and a 29-Nov-2024 date', () => {
    const { rows, delimiter } = csv(SPDR_SPY)
    expect(readFundHoldings(rows, 'holdings-daily-us-en-spy.csv', palantir, delimiter)).toMatchObject({
      ok: true,
      fundName: 'SPDR® S&P 500® ETF Trust',
      fundNameStated: true,
      fundTicker: 'SPY',
      fundIsin: null,
      asOf: '2024-11-29',
      weight: 0.00381207,
      found: true,
      matchedBy: 'ticker PLTR',
      headerLine: 5,
    })
  })

  it('reads the fund’s ISIN and a 29-Nov-24 date from a UCITS file’s label lines', () => {
    const { rows, delimiter } = csv(SPDR_UCITS)
    expect(readFundHoldings(rows, 'holdings-daily-emea-en-spy5.csv', palantir, delimiter)).toMatchObject({
      ok: true,
      fundName: 'SPDR® S&P 500 UCITS ETF (Acc)',
      fundTicker: null,
      fundIsin: 'IE00B6YX5C33',
      asOf: '2024-11-29',
      weight: 0.0038,
      matchedBy: 'ISIN US69608A1088',
    })
  })

  it('reads German label lines: Fondsname, ISIN, Stand', () => {
    const r = readFundHoldings(
      [
        ['Fondsname:', 'Xtrackers MSCI World UCITS ETF 1C'],
        ['ISIN:', 'IE00BJ0KDQ92'],
        ['Stand:', '27.11.2026'],
        [],
        ['Name', 'ISIN', 'Gewichtung'],
        ['PALANTIR TECHNOLOGIES INC', 'US69608A1088', '0,31 %'],
      ],
      'bestand.csv',
      palantir,
      ';',
    )
    expect(r).toMatchObject({
      ok: true,
      fundName: 'Xtrackers MSCI World UCITS ETF 1C',
      fundIsin: 'IE00BJ0KDQ92',
      asOf: '2026-11-27',
      weight: 0.0031,
    })
  })

  it('reads three-decimal weights with decimal commas in a semicolon file (0,310 % is 0.31%, not 310%)', () => {
    const { rows, delimiter } = csv(
      'Name;ISIN;Gewichtung\nPalantir Technologies Inc.;US69608A1088;4,950 %\nApple Inc.;US0378331005;0,310 %\nMicrosoft Corp.;US5949181045;0,620 %\n',
    )
    expect(delimiter).toBe(';')
    const r = readFundHoldings(rows, 'bestand.csv', palantir, delimiter)
    expect(r).toMatchObject({ ok: true, weight: 0.0495, found: true, holdingsCount: 3 })
  })

  it('takes the decimal mark from the file’s separator where the digits leave it open', () => {
    const { rows, delimiter } = csv(
      'Name;ISIN;Gewichtung\nPalantir Technologies Inc.;US69608A1088;4,950 %\nApple Inc.;US0378331005;1,310 %\nMicrosoft Corp.;US5949181045;2,620 %\n',
    )
    expect(readFundHoldings(rows, 'bestand.csv', palantir, delimiter)).toMatchObject({ ok: true, weight: 0.0495 })
    // Without a separator (a workbook's text cells) "4,950" reads as 4950: refused, never cut to 100%.
    expect(readFundHoldings(rows, 'bestand.xlsx', palantir)).toEqual({
      ok: false,
      error:
        'The file’s weights could not be read as percentages of the fund: “4,950 %” on line 2 reads as 4,950% of the fund, more than the whole fund (reading “.” as the decimal mark). Check that this is the issuer’s holdings file as downloaded; nothing you had was changed.',
    })
  })

  it.each([
    ['holdings adding up to 115.5%', ['45.5', '40', '30'], 'its holdings add up to 115.5%'],
    ['fractions adding up to 1.3', ['0.6', '0.4', '0.3'], 'its holdings add up to 130%'],
  ])('refuses %s rather than cutting a weight to 100%%', (_, weights, what) => {
    const r = readFundHoldings(
      [
        ['Ticker', 'Name', 'Weight'],
        ['PLTR', 'PALANTIR TECHNOLOGIES INC CLASS A', weights[0] as string],
        ['AAPL', 'APPLE INC', weights[1] as string],
        ['MSFT', 'MICROSOFT CORP', weights[2] as string],
      ],
      'f.csv',
      palantir,
      ',',
    )
    expect(r).toEqual({
      ok: false,
      error: `The file’s weights could not be read as percentages of the fund: ${what}, more than the whole fund (reading “.” as the decimal mark). Check that this is the issuer’s holdings file as downloaded; nothing you had was changed.`,
    })
  })

  it('keeps a file that lists only part of the holdings, or holdings and cash just past 100%', () => {
    const partial = readFundHoldings(
      [
        ['Ticker', 'Name', 'Weight (%)'],
        ['AAPL', 'APPLE INC', '7.02'],
        ['PLTR', 'PALANTIR TECHNOLOGIES INC CLASS A', '0.45'],
      ],
      'top-holdings.csv',
      palantir,
      ',',
    )
    expect(partial).toMatchObject({ ok: true, weight: 0.0045 })
    const withCash = readFundHoldings(
      [
        ['Ticker', 'Name', 'Asset Class', 'Weight (%)'],
        ['PLTR', 'PALANTIR TECHNOLOGIES INC CLASS A', 'Equity', '4.00'],
        ['OTHA', 'OTHER HOLDINGS A', 'Equity', '52.00'],
        ['OTHB', 'OTHER HOLDINGS B', 'Equity', '52.00'],
        ['USD', 'USD CASH', 'Cash', '-8.00'],
      ],
      'levered.csv',
      palantir,
      ',',
    )
    expect(withCash).toMatchObject({ ok: true, weight: 0.04, cashRows: 1 })
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

  const spdr = (text: string, fileName: string) => {
    const { rows, delimiter } = csv(text)
    const r = readFundHoldings(rows, fileName, palantir, delimiter)
    if (!r.ok) throw new Error(r.error)
    return r
  }
  const spy = spdr(SPDR_SPY, 'holdings-daily-us-en-spy.csv')
  const spy5 = spdr(SPDR_UCITS, 'holdings-daily-emea-en-spy5.csv')

  it('refuses a file for another fund than the position', () => {
    expect(checkFundFile(read, fundPosition('VOO', 'VANGUARD S&P 500 ETF'))).toEqual({
      ok: false,
      error:
        'This file is for iShares Core S&P 500 ETF (IVV), not for VOO (VANGUARD S&P 500 ETF). Choose that fund’s own holdings file.',
    })
    expect(checkFundFile(read, fundPosition('IVV', 'ISHARES CORE S&P 500 ETF'))).toEqual({
      ok: true,
      checkedBy: 'ticker',
      note: null,
    })
  })

  it('refuses a file whose label lines name another fund’s ticker', () => {
    expect(checkFundFile(spy, fundPosition('VOO', 'VANGUARD S&P 500 ETF'))).toEqual({
      ok: false,
      error:
        'This file is for SPDR® S&P 500® ETF Trust (SPY), not for VOO (VANGUARD S&P 500 ETF). Choose that fund’s own holdings file.',
    })
    expect(checkFundFile(spy, fundPosition('SPY', 'SPDR S&P 500 ETF TRUST'))).toMatchObject({ checkedBy: 'ticker' })
  })

  it('refuses a file for another fund than a position identified only by its ISIN', () => {
    const vanguard = position({ isin: 'IE00BFMXXD54', name: 'VANGUARD S&P 500 UCITS ETF', valueCents: 2_000_000 })
    expect(checkFundFile(spy5, vanguard)).toEqual({
      ok: false,
      error:
        'This file is for SPDR® S&P 500 UCITS ETF (Acc) (ISIN IE00B6YX5C33), not for ISIN IE00BFMXXD54 (VANGUARD S&P 500 UCITS ETF). Choose that fund’s own holdings file.',
    })
    const own = position({ isin: 'IE00B6YX5C33', name: null, valueCents: 2_000_000 })
    expect(checkFundFile(spy5, own)).toEqual({ ok: true, checkedBy: 'ISIN', note: null })
  })

  it('compares a position’s CUSIP with the US ISIN a file states', () => {
    const r = readFundHoldings(
      [
        ['Fund Name:', 'SPDR® S&P 500® ETF Trust'],
        ['ISIN:', 'US78462F1030'],
        [],
        ['Name', 'Ticker', 'Weight'],
        ['Palantir Technologies Inc. Class A', 'PLTR', '0.381207'],
      ],
      'holdings.csv',
      palantir,
      ',',
    )
    if (!r.ok) throw new Error(r.error)
    const byCusip = (cusip: string) => position({ cusip, name: null, valueCents: 2_000_000 })
    expect(checkFundFile(r, byCusip('78462F103'))).toEqual({ ok: true, checkedBy: 'CUSIP', note: null })
    expect(checkFundFile(r, byCusip('922908363'))).toEqual({
      ok: false,
      error:
        'This file is for SPDR® S&P 500® ETF Trust (ISIN US78462F1030), not for CUSIP 922908363. Choose that fund’s own holdings file.',
    })
  })

  it('compares names where neither side has an identifier the other has', () => {
    // Two issuers' funds, by name only: refused.
    expect(checkFundFile(spy, fundPosition(null, 'VANGUARD S&P 500 ETF'))).toEqual({
      ok: false,
      error:
        'This file is for SPDR® S&P 500® ETF Trust (SPY), not for VANGUARD S&P 500 ETF. Choose that fund’s own holdings file.',
    })
    expect(checkFundFile(spy, fundPosition(null, 'SPDR S&P 500 ETF TRUST'))).toEqual({
      ok: true,
      checkedBy: 'name',
      note: null,
    })
  })

  it('keeps a file it cannot compare with the position, and says it was not checked', () => {
    const nameless = readFundHoldings(
      [
        ['Ticker', 'Name', 'Weight (%)'],
        ['PLTR', 'PALANTIR TECHNOLOGIES INC CLASS A', '0.45'],
      ],
      'holdings.csv',
      palantir,
      ',',
    )
    if (!nameless.ok) throw new Error(nameless.error)
    expect(checkFundFile(nameless, fundPosition('VOO', 'VANGUARD S&P 500 ETF'))).toEqual({
      ok: true,
      checkedBy: null,
      note: 'Not checked: the file does not name its fund (no fund name, ticker or ISIN in it), so make sure this is the holdings file of VOO (VANGUARD S&P 500 ETF).',
    })
    expect(checkFundFile(spy5, fundPosition('SPY5', null))).toEqual({
      ok: true,
      checkedBy: null,
      note: 'Not checked: the file names SPDR® S&P 500 UCITS ETF (Acc) (ISIN IE00B6YX5C33) and the position is SPY5, with no ticker or ISIN on both sides to compare, so make sure this is the holdings file of SPY5.',
    })
  })

  it('applies a file to the fund’s ISIN from its label lines as well as the position’s ticker', () => {
    const f = toFundWeightFile(spy5, fundPosition('SPY5', null), {
      fileName: 'holdings-daily-emea-en-spy5.csv',
      companyId: 'palantir',
      loadedAt: '2026-12-02T08:00:00.000Z',
      sheet: null,
    })
    expect(f).toMatchObject({
      id: 'fund:SPY5',
      fundName: 'SPDR® S&P 500 UCITS ETF (Acc)',
      asOf: '2024-11-29',
      weight: 0.0038,
      appliesTo: { tickers: ['SPY5'], isins: ['IE00B6YX5C33'], names: [], cusips: [] },
    })
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
    ['As of 29-Nov-2024', '2024-11-29'],
    ['5-Dec-24', '2024-12-05'],
    ['29-NOV-2024', '2024-11-29'],
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
