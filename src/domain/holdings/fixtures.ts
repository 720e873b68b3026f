import type { FundWeightFile } from './fundFile'
import type { TargetCompany } from './lookthrough'
import type { Position } from './parse'

/**
 * Builders for the holdings tests (look-through, coverage, fund files, the portfolio store): the
 * company as the look-through sees it, positions as the parser gives them, and an issuer's fund
 * holdings file as read. Weights and values are test values, not reported holdings.
 */

/** Palantir as the data layer identifies it (mocks/data/companies.ts). */
export const palantirTarget: TargetCompany = {
  id: 'palantir',
  name: 'Palantir Technologies',
  ticker: 'PLTR',
  isin: 'US69608A1088',
  cusip: '69608A108',
}

let nextLine = 2

/**
 * A position as the parser gives it: a security with no identifiers, quantity, currency or type
 * unless the test names them, each on a line of its own (so two unnamed positions stay apart).
 */
export function position(p: Partial<Position> & { valueCents: number | null }): Position {
  return {
    line: nextLine++,
    kind: 'security',
    ticker: null,
    isin: null,
    cusip: null,
    name: null,
    quantity: null,
    currency: null,
    securityType: null,
    ...p,
  }
}

/** The iShares Core S&P 500 ETF's holdings file as read: Palantir at 0.45%, applying to the IVV position. */
/** PLTR $1,000 (line 2) and SAP €9,000 (line 3): an account whose currency decides what can be added. */
export function dollarsAndEuros(): Position[] {
  return [
    position({ line: 2, ticker: 'PLTR', valueCents: 100_000, currency: 'USD' }),
    position({ line: 3, ticker: 'SAP', valueCents: 900_000, currency: 'EUR', securityType: 'Stock' }),
  ]
}

export function ivvWeightFile(overrides: Partial<FundWeightFile> = {}): FundWeightFile {
  return {
    id: 'fund:IVV',
    fileName: 'IVV_holdings.csv',
    fundName: 'iShares Core S&P 500 ETF',
    fundTicker: 'IVV',
    asOf: '2026-11-28',
    companyId: 'palantir',
    weight: 0.0045,
    found: true,
    matchedBy: 'ticker PLTR',
    holdingsCount: 4,
    appliesTo: { isins: [], cusips: [], tickers: ['IVV'], names: [] },
    loadedAt: '2026-12-02T08:00:00.000Z',
    sheet: null,
    ...overrides,
  }
}
