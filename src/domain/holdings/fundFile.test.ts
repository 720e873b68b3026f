import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseCsv, detectDelimiter } from './csv'
import {
  cellsToText,
  checkFundFile,
  otherShareClassNote,
  parseIssuerDate,
  pickHoldingsSheet,
  readFundHoldings,
  toFundWeightFile,
  workbookKind,
} from './fundFile'
import { palantirTarget as palantir, position } from './fixtures'
import { parsePortfolio, type Position } from './parse'

// Fixtures follow the issuers' published layouts (iShares' holdings CSV: title, "Fund Holdings
// as of", fund facts, a blank line, the table, cash and futures rows, a disclaimer; Xtrackers'
// German holdings list: "Stand", semicolons, decimal commas, "%" signs; SPDR's daily holdings:
// "Fund Name:", "Ticker Symbol:" or "ISIN:" and "Holdings: As of 29-Nov-2024" label lines, then
// the table with its US DOLLAR (CASH_USD) row and a disclaimer; Invesco's CSV: no preamble, the
// fund's ticker and the date on every row). Their weights are test values, not reported holdings.
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

/**
 * Invesco's holdings CSV for QQQ (invesco.com, "Holdings" tab, export): no preamble, the fund's
 * ticker and the date on every row, the holding's CUSIP as "Security Identifier".
 */
const INVESCO_QQQ = `Fund Ticker,Security Identifier,Holding Ticker,Shares/Par Value,MarketValue,Weight,Name,Class of Shares,Sector,Date
QQQ,037833100,AAPL,"54,113,214","12,826,953,247.02",8.629,Apple Inc,Common Stock,Information Technology,11/28/2024
QQQ,67066G104,NVDA,"89,113,617","12,312,828,458.49",8.283,NVIDIA Corp,Common Stock,Information Technology,11/28/2024
QQQ,594918104,MSFT,"28,413,998","12,032,400,733.06",8.094,Microsoft Corp,Common Stock,Information Technology,11/28/2024
QQQ,69608A108,PLTR,"11,460,322","772,999,719.00",0.52,Palantir Technologies Inc,Common Stock,Information Technology,11/28/2024
`

/** iShares' holdings CSV in its newer layout, with a "Type" column and "Market Weight". */
const ISHARES_WITH_TYPE = `iShares Core S&P 500 ETF
Fund Holdings as of,"Nov 28, 2024"
Inception Date,"May 15, 2000"
 
Ticker,Name,Type,Sector,Asset Class,Market Value,Notional Value,Quantity,Price,Location,Exchange,Currency,FX Rate,Market Currency,Accrual Date,Market Weight,Notional Weight
"AAPL","APPLE INC","EQUITY","Information Technology","Equity","42,038,694,523.86","42,038,694,523.86","177,612,870.00","236.69","United States","NASDAQ","USD","1.00","USD","-","7.03","7.03"
"PLTR","PALANTIR TECHNOLOGIES INC CLASS A","EQUITY","Information Technology","Equity","2,692,000,000.00","2,692,000,000.00","40,000,000.00","67.30","United States","NASDAQ","USD","1.00","USD","-","0.45","0.45"
"XTSLA","BLK CSH FND TREASURY SL AGENCY","STIF","Cash and/or Derivatives","Money Market","1,641,291,282.84","1,641,291,282.84","1,641,291,283.00","1.00","United States","-","USD","1.00","USD","-","0.27","0.27"
"USD","USD CASH","CASH","Cash and/or Derivatives","Cash","299,000,000.00","299,000,000.00","299,000,000.00","100.00","United States","-","USD","1.00","USD","-","0.05","0.05"
 
"The content contained herein is owned or licensed by BlackRock and/or its third-party information providers and is protected by applicable copyrights, trademarks, service marks, and/or other intellectual property rights."
`

const fundPosition = (ticker: string | null, name: string | null) =>
  position({ ticker, name, quantity: 10, valueCents: 2_000_000, securityType: 'ETF' })

/** A holdings file in the Ticker, Name, Asset Class, Weight (%) layout, read for `company`. */
const classedHoldings = (rows: string[][], company = palantir) =>
  readFundHoldings([['Ticker', 'Name', 'Asset Class', 'Weight (%)'], ...rows], 'f.csv', company, ',')

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
      notes: [],
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

  it('reads SPDR’s label lines, its Identifier column as CUSIPs, and its US DOLLAR (CASH_USD) row as cash', () => {
    const { rows, delimiter } = csv(SPDR_SPY)
    expect(readFundHoldings(rows, 'holdings-daily-us-en-spy.csv', palantir, delimiter)).toEqual({
      ok: true,
      fundName: 'SPDR® S&P 500® ETF Trust',
      fundNameStated: true,
      fundTicker: 'SPY',
      fundIsin: null,
      asOf: '2024-11-29',
      weight: 0.00381207,
      found: true,
      matchedBy: 'CUSIP 69608A108',
      holdingsCount: 3,
      cashRows: 1,
      headerLine: 5,
      notes: [],
    })
  })

  it('finds the company by the CUSIP in SPDR’s Identifier column where the row has no ticker', () => {
    const { rows, delimiter } = csv(`Fund Name:,SPDR® S&P 500® ETF Trust
Ticker Symbol:,SPY
Holdings:,As of 29-Nov-2024

Name,Ticker,Identifier,SEDOL,Weight,Sector,Shares Held,Local Currency
APPLE INC,AAPL,037833100,2046251,7.021095,Information Technology,178420000,USD
PALANTIR TECHNOLOGIES INC A,,69608A108,BN78DQ4,0.381207,Information Technology,24580000,USD
US DOLLAR,CASH_USD,,,0.052211,,391122000,USD
`)
    expect(readFundHoldings(rows, 'holdings-daily-us-en-spy.csv', palantir, delimiter)).toMatchObject({
      ok: true,
      weight: 0.00381207,
      found: true,
      matchedBy: 'CUSIP 69608A108',
      holdingsCount: 2,
      cashRows: 1,
    })
  })

  it('finds a company by a CUSIP column whose leading zeros a spreadsheet dropped', () => {
    // Apple as the company looked for (its published identifiers); the weights are test values.
    const apple = { id: 'apple', name: 'Apple Inc.', ticker: 'AAPL', isin: 'US0378331005', cusip: '037833100' }
    const { rows, delimiter } = csv(`Name,CUSIP,Weight (%)
MICROSOFT CORP,594918104,6.5
APPLE INC,37833100,7.0
`)
    expect(readFundHoldings(rows, 'holdings.csv', apple, delimiter)).toMatchObject({
      ok: true,
      found: true,
      weight: 0.07,
      matchedBy: 'CUSIP 037833100',
    })
  })

  it('reads an Identifier column holding ISINs as ISINs (by the value’s shape), not as CUSIPs', () => {
    const { rows, delimiter } = csv(`Fund Name:,SPDR® MSCI World UCITS ETF
ISIN:,IE00BFY0GT14
Holdings:,As of 29-Nov-2024

Name,Ticker,Identifier,SEDOL,Weight,Sector,Shares Held,Local Currency
APPLE INC,,US0378331005,2046251,4.95,Information Technology,1420000,USD
PALANTIR TECHNOLOGIES INC A,,US69608A1088,BN78DQ4,0.31,Information Technology,196000,USD
US DOLLAR,CASH_USD,,,0.12,,3910000,USD
`)
    expect(readFundHoldings(rows, 'holdings-daily-emea-en-swrd.csv', palantir, delimiter)).toMatchObject({
      ok: true,
      weight: 0.0031,
      matchedBy: 'ISIN US69608A1088',
      holdingsCount: 2,
      cashRows: 1,
    })
  })

  it('reads Invesco’s holdings CSV: Holding Ticker, Security Identifier, the fund ticker and date on every row', () => {
    const { rows, delimiter } = csv(INVESCO_QQQ)
    expect(readFundHoldings(rows, 'holdings.csv', palantir, delimiter)).toEqual({
      ok: true,
      fundName: 'holdings',
      fundNameStated: false,
      fundTicker: 'QQQ',
      fundIsin: null,
      asOf: '2024-11-28',
      weight: 0.0052,
      found: true,
      matchedBy: 'CUSIP 69608A108',
      holdingsCount: 4,
      cashRows: 0,
      headerLine: 1,
      notes: [],
    })
    // Without the company's CUSIP and ISIN, its ticker comes from "Holding Ticker", not "Fund Ticker".
    const byTicker = readFundHoldings(rows, 'holdings.csv', { ...palantir, isin: null, cusip: null }, delimiter)
    expect(byTicker).toMatchObject({ ok: true, weight: 0.0052, matchedBy: 'ticker PLTR' })
  })

  it('keeps the fund ticker and date of a preamble or file name before the rows’ own', () => {
    const { rows, delimiter } = csv(INVESCO_QQQ)
    expect(readFundHoldings(rows, 'QQQM_holdings.csv', palantir, delimiter)).toMatchObject({ fundTicker: 'QQQM' })
    const withPreamble = readFundHoldings(
      [['Fund Holdings as of', 'Nov 29, 2024'], [], ...rows],
      'holdings.csv',
      palantir,
      delimiter,
    )
    expect(withPreamble).toMatchObject({ fundTicker: 'QQQ', asOf: '2024-11-29', headerLine: 3 })
  })

  it.each([
    // iShares' newer layout: "Type" (STIF) before "Sector" and "Asset Class", which say cash.
    [
      'BlackRock’s cash fund (XTSLA) in iShares’ layout with a Type column',
      ISHARES_WITH_TYPE,
      { holdingsCount: 2, cashRows: 2, weight: 0.0045 },
    ],
    // A top-holdings list with no class column: the name says it is a cash fund.
    [
      'XTSLA by its name where no column classes it',
      'Ticker,Name,Weight (%)\n"NVDA","NVIDIA CORP","7.41"\n"PLTR","PALANTIR TECHNOLOGIES INC CLASS A","0.45"\n"XTSLA","BLK CSH FND TREASURY SL AGENCY","0.31"\n',
      { holdingsCount: 2, cashRows: 1, weight: 0.0045 },
    ],
    // iShares writes "-" in every cell it has no value for, identifiers included.
    [
      'USD and EUR cash rows whose ISIN cell is "-"',
      'Ticker,Name,ISIN,Weight (%)\n"NVDA","NVIDIA CORP","US67066G1040","7.41"\n"PLTR","PALANTIR TECHNOLOGIES INC CLASS A","US69608A1088","0.45"\n"USD","USD CASH","-","0.20"\n"EUR","EUR CASH","-","0.05"\n',
      { holdingsCount: 2, cashRows: 2, weight: 0.0045 },
    ],
  ])('counts %s as cash, not as a holding', (_, text, expected) => {
    const { rows, delimiter } = csv(text)
    expect(readFundHoldings(rows, 'holdings.csv', palantir, delimiter)).toMatchObject({ ok: true, ...expected })
  })

  it('keeps a listed fund whose ticker is a currency code (ProShares’ USD) as a holding', () => {
    const { rows, delimiter } = csv(
      'Ticker,Name,Weight (%)\n"PLTR","PALANTIR TECHNOLOGIES INC CLASS A","0.45"\n"USD","PROSHARES ULTRA SEMICONDUCTORS","0.10"\n',
    )
    expect(readFundHoldings(rows, 'holdings.csv', palantir, delimiter)).toMatchObject({
      ok: true,
      holdingsCount: 2,
      cashRows: 0,
    })
  })

  it('says so when the file lists the company at a negative weight (a short or a swap), and counts zero', () => {
    const { rows, delimiter } = csv(`Fund Name:,SPDR® S&P 500® ETF Trust
Ticker Symbol:,SPY
Holdings:,As of 29-Nov-2024

Name,Ticker,Identifier,SEDOL,Weight,Sector,Shares Held,Local Currency
APPLE INC,AAPL,037833100,2046251,7.021095,Information Technology,178420000,USD
PALANTIR TECHNOLOGIES INC A,PLTR,69608A108,BN78DQ4,-0.120000,Information Technology,-7740000,USD
`)
    expect(readFundHoldings(rows, 'holdings-daily-us-en-spy.csv', palantir, delimiter)).toMatchObject({
      ok: true,
      weight: 0,
      found: true,
      matchedBy: 'CUSIP 69608A108',
      notes: ['The file lists Palantir Technologies at -0.12% (a short position or derivative): counted as zero.'],
    })
  })

  it('names the lines on the company that are not its shares (a swap, a future) and leaves them out of the weight', () => {
    const r = classedHoldings([
      ['PLTR', 'PALANTIR TECHNOLOGIES INC CLASS A', 'Equity', '0.40'],
      ['', 'PALANTIR TECHNOLOGIES INC SWAP', 'Swap', '1.25'],
      ['PLTRZ6', 'PALANTIR TECH FUT DEC26', 'Futures', '0.30'],
      ['AAPL', 'APPLE INC', 'Equity', '7.02'],
      ['', 'ACME TECHNOLOGIES SWAP', 'Swap', '0.10'],
      ['', 'USD CASH', 'Cash', '0.50'],
    ])
    expect(r).toMatchObject({
      ok: true,
      weight: 0.004,
      matchedBy: 'ticker PLTR',
      notes: [
        'The file lists 2 lines naming Palantir Technologies that were not counted as its shares: “PALANTIR TECHNOLOGIES INC SWAP” 1.25%; “PALANTIR TECH FUT DEC26” 0.3%. Check them: a derivative (a swap, future or option), cash, or the shares under a name this app did not recognise. The weight used leaves them out, so the fund’s exposure may differ.',
      ],
    })
    // A fund that holds the company only through a swap: a known zero for its shares, and said.
    const swapOnly = classedHoldings([
      ['', 'PALANTIR TECHNOLOGIES INC SWAP', 'Swap', '1.25'],
      ['AAPL', 'APPLE INC', 'Equity', '7.02'],
    ])
    expect(swapOnly).toMatchObject({ ok: true, weight: 0, found: false })
    expect(swapOnly.ok && swapOnly.notes).toEqual([
      'The file lists 1 line naming Palantir Technologies that was not counted as its shares: “PALANTIR TECHNOLOGIES INC SWAP” 1.25%. Check it: a derivative (a swap, future or option), cash, or the shares under a name this app did not recognise. The weight used leaves it out, so the fund’s exposure may differ.',
    ])
  })

  it('finds option lines by the ticker they start with, and does not take another company sharing a common first word', () => {
    const options = classedHoldings([
      ['PLTR 01/17/25 C50', 'PLTR US 01/17/25 C50', 'Option', '-0.30'],
      ['PLTRX', 'PLTRX FUND', 'Equity', '0.20'],
      ['AAPL', 'APPLE INC', 'Equity', '7.02'],
    ])
    expect(options.ok && options.notes).toEqual([
      'The file lists 1 line naming Palantir Technologies that was not counted as its shares: “PLTR US 01/17/25 C50” -0.3%. Check it: a derivative (a swap, future or option), cash, or the shares under a name this app did not recognise. The weight used leaves it out, so the fund’s exposure may differ.',
    ])
    const gd = { ...palantir, id: 'gd', name: 'General Dynamics', ticker: 'GD', isin: null, cusip: null }
    const generals = classedHoldings(
      [
        ['GM', 'GENERAL MOTORS CO', 'Equity', '0.40'],
        ['GE', 'GENERAL ELECTRIC CO', 'Equity', '0.50'],
        ['', 'GENERAL DYNAMICS CORP SWAP', 'Swap', '0.10'],
      ],
      gd,
    )
    expect(generals.ok && generals.notes.map((n) => n.split(':')[1])).toEqual([
      ' “GENERAL DYNAMICS CORP SWAP” 0.1%. Check it',
    ])
  })

  it('says so when a negative line is netted against the company’s long line', () => {
    const r = classedHoldings([
      ['PLTR', 'PALANTIR TECHNOLOGIES INC CLASS A', 'Equity', '0.50'],
      ['PLTR', 'PALANTIR TECHNOLOGIES INC CLASS A', 'Equity', '-0.12'],
      ['AAPL', 'APPLE INC', 'Equity', '7.02'],
    ])
    expect(r).toMatchObject({
      ok: true,
      weight: 0.0038,
      notes: [
        'The file lists Palantir Technologies at 0.5% and -0.12% (a short position or derivative): the net 0.38% is used.',
      ],
    })
    const netShort = classedHoldings([
      ['PLTR', 'PALANTIR TECHNOLOGIES INC CLASS A', 'Equity', '0.10'],
      ['PLTR', 'PALANTIR TECHNOLOGIES INC CLASS A', 'Equity', '-0.25'],
      ['AAPL', 'APPLE INC', 'Equity', '7.02'],
    ])
    expect(netShort).toMatchObject({
      ok: true,
      weight: 0,
      notes: [
        'The file lists Palantir Technologies at 0.1% and -0.25% (a short position or derivative): -0.15% net, counted as zero.',
      ],
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
      otherClass: false,
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
      otherClass: false,
      error:
        'This file is for SPDR® S&P 500® ETF Trust (SPY), not for VOO (VANGUARD S&P 500 ETF). Choose that fund’s own holdings file.',
    })
    expect(checkFundFile(spy, fundPosition('SPY', 'SPDR S&P 500 ETF TRUST'))).toMatchObject({ checkedBy: 'ticker' })
  })

  it('refuses a file for another fund than a position identified only by its ISIN', () => {
    const vanguard = position({ isin: 'IE00BFMXXD54', name: 'VANGUARD S&P 500 UCITS ETF', valueCents: 2_000_000 })
    expect(checkFundFile(spy5, vanguard)).toEqual({
      ok: false,
      otherClass: false,
      error:
        'This file is for SPDR® S&P 500 UCITS ETF (Acc) (ISIN IE00B6YX5C33), not for ISIN IE00BFMXXD54 (VANGUARD S&P 500 UCITS ETF). Choose that fund’s own holdings file.',
    })
    const own = position({ isin: 'IE00B6YX5C33', name: null, valueCents: 2_000_000 })
    expect(checkFundFile(spy5, own)).toEqual({ ok: true, checkedBy: 'ISIN', note: null })
  })

  it('refuses a file of another share class of the same issuer’s fund, and lets the user use it as such, with a note', () => {
    // Vanguard's ETF class (VTI) and its Admiral class (VTSAX) hold one portfolio; weights are test values.
    const vti = spdr(
      'Fund Name:,Vanguard Total Stock Market ETF\nTicker Symbol:,VTI\n\nName,Ticker,Weight\nPALANTIR TECHNOLOGIES INC A,PLTR,0.50\nAPPLE INC,AAPL,6.00\n',
      'vti.csv',
    )
    const vtsax = fundPosition('VTSAX', 'VANGUARD TOTAL STOCK MARKET INDEX FUND ADMIRAL SHARES')
    expect(checkFundFile(vti, vtsax)).toEqual({
      ok: false,
      otherClass: true,
      error:
        'This file is for Vanguard Total Stock Market ETF (VTI), not for VTSAX (VANGUARD TOTAL STOCK MARKET INDEX FUND ADMIRAL SHARES). Choose that fund’s own holdings file.',
    })
    expect(otherShareClassNote(vti, vtsax)).toBe(
      'Used for VTSAX (VANGUARD TOTAL STOCK MARKET INDEX FUND ADMIRAL SHARES) although the file is for Vanguard Total Stock Market ETF (VTI): you said it is another share class of the same fund, with the same holdings. Check that the two classes hold one portfolio.',
    )
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
      otherClass: true,
      error:
        'This file is for SPDR® S&P 500® ETF Trust (ISIN US78462F1030), not for CUSIP 922908363. Choose that fund’s own holdings file.',
    })
  })

  it('matches a position whose CUSIP lost its leading zeros in a spreadsheet with the US ISIN a file states', () => {
    // A made-up fund with a real US ISIN shape (test values): before, "37833100" was refused.
    const r = readFundHoldings(
      [
        ['Fund Name:', 'Test Fund'],
        ['ISIN:', 'US0378331005'],
        [],
        ['Name', 'Ticker', 'Weight'],
        ['PALANTIR', 'PLTR', '0.5'],
      ],
      'holdings.csv',
      palantir,
      ',',
    )
    if (!r.ok) throw new Error(r.error)
    const parsed = parsePortfolio('Symbol,CUSIP,Description,Market Value\n,37833100,TEST FUND,"$1,000.00"\n')
    if (!parsed.ok) throw new Error('not parsed')
    const held = parsed.portfolio.positions[0] as Position
    expect(held.cusip).toBe('037833100')
    expect(checkFundFile(r, held)).toEqual({ ok: true, checkedBy: 'CUSIP', note: null })
  })

  it('compares names where neither side has an identifier the other has', () => {
    // Two issuers' funds, by name only: refused, and not as another share class (no override).
    expect(checkFundFile(spy, fundPosition(null, 'VANGUARD S&P 500 ETF'))).toEqual({
      ok: false,
      otherClass: false,
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

  it('keeps what the user was told about the weight with the file: its notes and a check that could not be made', () => {
    const nameless = readFundHoldings(
      [
        ['Ticker', 'Name', 'Weight (%)'],
        ['PLTR', 'PALANTIR TECHNOLOGIES INC CLASS A', '0.45'],
        ['PLTR', 'PALANTIR TECHNOLOGIES INC CLASS A', '-0.05'],
      ],
      'holdings.csv',
      palantir,
      ',',
    )
    if (!nameless.ok) throw new Error(nameless.error)
    const position = fundPosition('VOO', 'VANGUARD S&P 500 ETF')
    const check = checkFundFile(nameless, position)
    if (!check.ok) throw new Error(check.error)
    const f = toFundWeightFile(nameless, position, {
      fileName: 'holdings.csv',
      companyId: 'palantir',
      loadedAt: '2026-12-02T08:00:00.000Z',
      sheet: null,
      checkNote: check.note,
    })
    expect(f.notes).toEqual([
      'The file lists Palantir Technologies at 0.45% and -0.05% (a short position or derivative): the net 0.4% is used.',
      'Not checked: the file does not name its fund (no fund name, ticker or ISIN in it), so make sure this is the holdings file of VOO (VANGUARD S&P 500 ETF).',
    ])
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
