// @vitest-environment node
// Node's Blob (jsdom's has no arrayBuffer), as in the browser worker.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { TargetCompany } from '../../domain/holdings/lookthrough'
import { makeXlsx } from '../../test/xlsx'
import { fundFileKind, MESSAGES, runFundFileJob } from './fundFileJob'

const palantir: TargetCompany = {
  id: 'palantir',
  name: 'Palantir Technologies',
  ticker: 'PLTR',
  isin: 'US69608A1088',
  cusip: '69608A108',
}

const holdingsSheet = {
  name: 'Holdings',
  rows: [
    ['Sample Technology Leaders ETF'],
    ['Fund Holdings as of', 'Nov 27, 2026'],
    [],
    ['Ticker', 'Name', 'Asset Class', 'Weight (%)'],
    ['NVDA', 'NVIDIA CORP', 'Equity', 10],
    ['PLTR', 'PALANTIR TECHNOLOGIES INC CLASS A', 'Equity', 4],
    ['USD', 'USD CASH', 'Cash', 0.5],
    ['OTHR', 'OTHER HOLDINGS', 'Equity', 85.5],
  ],
}

const job = (bytes: Uint8Array | string, fileName = 'STLX_holdings.xlsx') => ({
  id: 7,
  file: new Blob([bytes as BlobPart]),
  fileName,
  company: palantir,
})

describe('reading a fund holdings file (the worker’s job)', () => {
  it('reads the holdings sheet of a workbook with several and says which sheets it left', async () => {
    const bytes = makeXlsx([
      { name: 'Overview', rows: [['Fund', 'Sample Technology Leaders ETF']] },
      holdingsSheet,
      { name: 'Disclaimer', rows: [['For illustration only.']] },
    ])
    expect(await fundFileKind(new Blob([bytes as BlobPart]))).toBe('xlsx')
    const a = await runFundFileJob(job(bytes))
    expect(a).toMatchObject({
      id: 7,
      sheet: 'Holdings',
      note: 'Read the sheet “Holdings”; the other sheets (“Overview”, “Disclaimer”) were not needed.',
      read: {
        ok: true,
        fundName: 'Sample Technology Leaders ETF',
        fundTicker: 'STLX',
        asOf: '2026-11-27',
        weight: 0.04,
        found: true,
        matchedBy: 'ticker PLTR',
        holdingsCount: 3,
        cashRows: 1,
      },
    })
  })

  it('names the sheets when none lists holdings with a weight', async () => {
    const a = await runFundFileJob(
      job(
        makeXlsx([
          { name: 'Overview', rows: [['Fund', 'X']] },
          { name: 'Prices', rows: [['Ticker', 'Price']] },
        ]),
      ),
    )
    expect(a.read).toEqual({
      ok: false,
      error: 'No sheet of this workbook lists holdings with a weight (sheets: “Overview”, “Prices”).',
    })
  })

  it('refuses a password-protected workbook (an encrypted container) without opening it', async () => {
    const encrypted = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])
    expect(await fundFileKind(new Blob([encrypted]))).toBe('encrypted-or-xls')
    expect((await runFundFileJob(job(encrypted))).read).toEqual({ ok: false, error: MESSAGES.encrypted })
  })

  it('refuses a damaged workbook (cut short)', async () => {
    const whole = makeXlsx([holdingsSheet])
    const a = await runFundFileJob(job(whole.subarray(0, Math.floor(whole.length / 2))))
    expect(a.read).toEqual({
      ok: false,
      error: 'This .xlsx file could not be read: it may be damaged or not really a workbook. Download it again.',
    })
  })

  it('reads a semicolon CSV’s three-decimal weights with the decimal comma its separator implies', async () => {
    const csv = [
      'Fondsname;Beispiel Technologie UCITS ETF',
      'Stand;29.11.2024',
      '',
      'Name;ISIN;Gewichtung',
      'Palantir Technologies Inc.;US69608A1088;4,950 %',
      'Apple Inc.;US0378331005;1,310 %',
      'Microsoft Corp.;US5949181045;2,620 %',
    ].join('\r\n')
    const a = await runFundFileJob(job(csv, 'bestand.csv'))
    expect(a.read).toMatchObject({
      ok: true,
      fundName: 'Beispiel Technologie UCITS ETF',
      asOf: '2024-11-29',
      weight: 0.0495,
      matchedBy: 'ISIN US69608A1088',
      holdingsCount: 3,
    })
  })

  it('reads a CSV as text, and refuses other binary files', async () => {
    const csv = readFileSync('e2e/fixtures/STLX_holdings.csv', 'utf8')
    expect(await fundFileKind(new Blob([csv]))).toBe('text')
    const a = await runFundFileJob(job(csv, 'STLX_holdings.csv'))
    expect(a).toMatchObject({ sheet: null, note: null, read: { ok: true, weight: 0.04, asOf: '2026-11-27' } })
    const binary = await runFundFileJob(job(new Uint8Array([1, 2, 0, 3]), 'STLX.bin'))
    expect(binary.read).toEqual({ ok: false, error: 'This file is neither a CSV nor an .xlsx workbook.' })
  })
})
