import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fieldForHeader, mapHeader } from './columns'
import { baseCurrencyFromLine, convertCents, formatMoneyFromCents, headerCurrency } from './currency'
import { parsePortfolio, type ParsedPortfolio } from './parse'
import { lookThrough } from './lookthrough'
import { palantirTarget } from './fixtures'
import { funds } from '../../../mocks/data/funds'

function parsed(text: string): ParsedPortfolio {
  const out = parsePortfolio(text)
  if (!out.ok) throw new Error(out.error)
  return out.portfolio
}

describe('currency in headers, cells and statement lines', () => {
  it.each([
    ['Value (EUR)', 'EUR'],
    ['Market value (USD)', 'USD'],
    ['Marktwert in EUR', 'EUR'],
    ['Price ($)', 'USD'],
    ['Kurswert (€)', 'EUR'],
    ['ISIN', null],
    ['Value', null],
    ['Value (ISN)', null],
  ] as const)('reads the currency of header %j as %s', (header, code) => {
    expect(headerCurrency(header)).toBe(code)
  })

  it.each([
    ['Value (EUR)', 'value'],
    ['Market value (USD)', 'value'],
    ['Kurswert (lokal)', 'localValue'],
    ['Local market value', 'localValue'],
    ['Currency', 'currency'],
    ['Währung', 'currency'],
    ['Asset Category', 'type'],
  ] as const)('maps header %j to %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field)
  })

  it('prefers the value column that names its currency over a bare one', () => {
    const m = mapHeader(['Name', 'Market value', 'Market value (EUR)'])
    expect(m.value).toBe(2)
  })

  it('finds the base currency on an account line', () => {
    expect(baseCurrencyFromLine(['Base currency: GBP'])).toBe('GBP')
    expect(baseCurrencyFromLine(['Account', 'Base Currency', 'CHF'])).toBe('CHF')
    expect(baseCurrencyFromLine(['Account: 1234'])).toBeNull()
  })

  it('shows amounts in their currency, and says when the currency is not stated', () => {
    expect(formatMoneyFromCents(123_456, 'EUR')).toBe('€1,234.56')
    expect(formatMoneyFromCents(-50_000, 'USD')).toBe('-$500.00')
    expect(formatMoneyFromCents(100_000, 'CHF')).toBe('CHF\u00a01,000.00')
    expect(formatMoneyFromCents(123_456, null)).toBe('1,234.56 (currency not stated)')
  })

  it('converts only with a rate, and never adds amounts in another currency without one', () => {
    expect(convertCents(10_000, 'USD', 'EUR', { USD: 0.92 })).toBe(9_200)
    expect(convertCents(10_000, 'USD', 'EUR', {})).toBeNull()
    expect(convertCents(10_000, 'EUR', 'EUR', {})).toBe(10_000)
    expect(convertCents(10_000, null, 'EUR', {})).toBe(10_000)
    // No account currency to convert into: an amount in a named currency is not added to the others.
    expect(convertCents(10_000, 'USD', null, { USD: 0.92 })).toBeNull()
    expect(convertCents(10_000, null, null, {})).toBe(10_000)
  })
})

describe('an Interactive Brokers Flex Query export', () => {
  it('converts each row with its FXRateToBase into the account currency, the one at a rate of 1', () => {
    // The layout of a Flex Query "Open Positions" export; the figures are test values.
    const p =
      parsed(`"ClientAccountID","CurrencyPrimary","FXRateToBase","AssetClass","Symbol","Description","ISIN","Quantity","MarkPrice","PositionValue"
"U1234567","USD","0.92","STK","PLTR","PALANTIR TECHNOLOGIES INC-A","US69608A1088","200","70","14000"
"U1234567","EUR","1","STK","SAP","SAP SE","DE0007164600","50","200","10000"
"U1234567","GBP","1.18","STK","VOD","VODAFONE GROUP PLC","GB00BH4HKS39","1000","0.72","720"
`)
    // Each value converted with its row's FXRateToBase: $14,000 × 0.92, €10,000 × 1, £720 × 1.18.
    expect(p.positions.map((x) => [x.ticker, x.currency, x.valueCents])).toEqual([
      ['PLTR', null, 1_288_000],
      ['SAP', null, 1_000_000],
      ['VOD', null, 84_960],
    ])
    // The account's currency is the one at a rate of 1.
    expect(p.currency).toEqual({ code: 'EUR', source: { kind: 'rate-column', header: 'FXRateToBase' } })
    expect(p.valueNote).toBe(
      'Values from “PositionValue”, in each row’s own currency, converted into EUR with the row’s “FXRateToBase”; a row without a rate keeps its own currency.',
    )
    const r = lookThrough(p.positions, palantirTarget, funds, null, { currency: p.currency.code })
    // €12,880 of €23,729.60.
    expect([r.directCents, r.totalCents, r.missingRates]).toEqual([1_288_000, 2_372_960, []])
  })

  it('reads CurrencyPrimary as each row’s currency where there is no rate, so currencies are never added together', () => {
    const p = parsed(`"CurrencyPrimary","AssetClass","Symbol","Description","Quantity","PositionValue"
"USD","STK","PLTR","PALANTIR TECHNOLOGIES INC-A","200","14000"
"EUR","STK","SAP","SAP SE","50","10000"
`)
    expect(p.positions.map((x) => [x.ticker, x.currency])).toEqual([
      ['PLTR', 'USD'],
      ['SAP', 'EUR'],
    ])
    // Two currencies and no account currency stated: the person is asked, nothing is summed meanwhile.
    expect(p.currency).toEqual({ code: null, source: { kind: 'none' } })
  })

  it('keeps a row without a usable rate in its own currency, and finds no account currency where no row is at 1', () => {
    const p = parsed(`"CurrencyPrimary","FXRateToBase","Symbol","Description","PositionValue"
"USD","0.92","PLTR","PALANTIR TECHNOLOGIES INC-A","14000"
"GBP","","VOD","VODAFONE GROUP PLC","720"
`)
    expect(p.positions.map((x) => [x.ticker, x.currency, x.valueCents])).toEqual([
      ['PLTR', null, 1_288_000],
      ['VOD', 'GBP', 72_000],
    ])
    expect(p.currency.code).toBe(null)
  })
})

describe('a Vanguard export: positions, then transactions under their own header', () => {
  // Vanguard's layout (trailing commas included); the figures are test values.
  const text = `Account Number,Investment Name,Symbol,Shares,Share Price,Total Value,
12345678,PALANTIR TECHNOLOGIES INC CL A,PLTR,30,70.00,2100.00,
12345678,VANGUARD TOTAL STOCK MARKET ETF,VTI,100,290.00,29000.00,
12345678,VANGUARD FEDERAL MONEY MARKET FUND,VMFXX,500,1.00,500.00,



Account Number,Trade Date,Settlement Date,Transaction Type,Transaction Description,Investment Name,Symbol,Shares,Share Price,Principal Amount,Commissions and Fees,Net Amount,Accrued Interest,Account Type,
12345678,2026-11-20,2026-11-21,Buy,Buy,PALANTIR TECHNOLOGIES INC CL A,PLTR,10,65.00,-650.00,0.0,-650.00,0.0,CASH,
12345678,2026-11-01,2026-11-01,Dividend,Dividend Received,VANGUARD TOTAL STOCK MARKET ETF,VTI,0.0,1.0,18.00,0.0,18.00,0.0,CASH,
`

  it('reads the positions and leaves the transactions table out as one, not as rows with problems', () => {
    const p = parsed(text)
    expect(p.positions.map((x) => [x.ticker, x.valueCents])).toEqual([
      ['PLTR', 210_000],
      ['VTI', 2_900_000],
      ['VMFXX', 50_000],
    ])
    expect(p.problems).toEqual([])
    expect(p.skipped).toEqual([
      {
        line: 8,
        reason:
          'Another table in the file (its own header, with dates: transactions, not positions): it and its 2 rows are left out',
        text: expect.stringMatching(/^Account Number \| Trade Date \| Settlement Date/),
      },
    ])
  })

  it('reads positions again where their header comes back after the other table', () => {
    const again = `${text}\nAccount Number,Investment Name,Symbol,Shares,Share Price,Total Value,\n87654321,MICROSOFT CORP,MSFT,10,400.00,4000.00,\n`
    const p = parsed(again)
    expect(p.positions.map((x) => x.ticker)).toEqual(['PLTR', 'VTI', 'VMFXX', 'MSFT'])
    expect(p.problems).toEqual([])
  })
})

describe('an account in euros', () => {
  it('reads "Value (EUR)" as the value column and the account currency', () => {
    const p = parsed(
      'Name,ISIN,Quantity,Value (EUR)\nPalantir Technologies,US69608A1088,10,"1.234,50"\nSAP SE,DE0007164600,5,"900,00"\n',
    )
    expect(p.currency).toEqual({ code: 'EUR', source: { kind: 'value-header', header: 'Value (EUR)' } })
    expect(p.positions.map((x) => [x.isin, x.valueCents, x.currency])).toEqual([
      ['US69608A1088', 123_450, 'EUR'],
      ['DE0007164600', 90_000, 'EUR'],
    ])
  })

  it('uses a European broker’s converted value, not the value in each security’s own currency', () => {
    const p = parsed(
      [
        'Depotauszug;Stand 27.11.2026',
        'Bezeichnung;ISIN;Stück;Währung;Kurswert (lokal);Kurswert (EUR)',
        'PALANTIR TECHNOLOGIES INC;US69608A1088;40;USD;1.080,00;1.000,00',
        'NESTLE SA;CH0038863350;10;CHF;950,00;1.010,00',
        'SAP SE;DE0007164600;5;EUR;900,00;900,00',
      ].join('\n'),
    )
    expect(p.currency.code).toBe('EUR')
    expect(p.positions.map((x) => [x.valueCents, x.currency])).toEqual([
      [100_000, 'EUR'],
      [101_000, 'EUR'],
      [90_000, 'EUR'],
    ])
    expect(p.valueNote).toBe(
      'Values from “Kurswert (EUR)”, converted by the broker into EUR; “Kurswert (lokal)”, in each security’s own currency, was not added.',
    )
  })

  it('keeps each row’s currency where the file has no converted column', () => {
    const p = parsed('Symbol,Currency,Value\nPLTR,USD,100\nSAP,EUR,200\n')
    expect(p.currency.code).toBeNull()
    expect(p.positions.map((x) => x.currency)).toEqual(['USD', 'EUR'])
  })

  it('names an unknown currency code by line and column', () => {
    const p = parsed('Symbol,Currency,Value\nPLTR,XYZ,100\nSAP,EUR,200\n')
    expect(p.problems).toEqual([
      { line: 2, column: 'Currency', message: '"XYZ" is not a currency code this app knows (ISO 4217).' },
    ])
    expect(p.currency).toEqual({ code: 'EUR', source: { kind: 'currency-column', header: 'Currency' } })
  })

  it('takes the currency from a base-currency line above the header', () => {
    const p = parsed('Account 1234\nBase currency,GBP\n\nSymbol,Value\nVOD,100\n')
    expect(p.currency).toEqual({ code: 'GBP', source: { kind: 'base-line', line: 2 } })
  })

  it('reads US dollars from the $ signs in the amounts', () => {
    const p = parsed('Symbol,Current Value\nPLTR,"$1,000.00"\n')
    expect(p.currency).toEqual({ code: 'USD', source: { kind: 'symbols' } })
  })
})

describe('short positions', () => {
  it('keeps a short position with its negative quantity and value', () => {
    const p = parsed('Symbol,Quantity,Value\nPLTR,-10,-250.00\nMSFT,5,1000\n')
    expect(p.problems).toEqual([])
    expect(p.positions.map((x) => [x.ticker, x.quantity, x.valueCents])).toEqual([
      ['PLTR', -10, -25_000],
      ['MSFT', 5, 100_000],
    ])
  })
})

describe('a section-structured statement (Interactive Brokers activity statement layout)', () => {
  const p = parsed(readFileSync('e2e/fixtures/ibkr-activity-statement.csv', 'utf8'))

  it('reads positions from the positions section only, summary rows not lots', () => {
    expect(p.positions.filter((x) => x.kind === 'security').map((x) => [x.ticker, x.quantity, x.valueCents])).toEqual([
      ['PLTR', 100, 250_000],
      ['SAP', 50, 1_000_000],
      ['EXSA', 100, 550_000],
      ['ALV', 10, 300_000],
      ['ADS', -4, -80_000],
    ])
    expect(p.problems).toEqual([])
    expect(p.headerLine).toBe(13)
  })

  it('takes the cash and the account total from the net-asset-value section, and the base currency', () => {
    expect(p.positions.filter((x) => x.kind === 'cash').map((x) => [x.line, x.valueCents, x.currency])).toEqual([
      [10, 150_000, 'EUR'],
    ])
    expect(p.statedTotal).toEqual({ line: 12, label: 'Net asset value total', cents: 2_170_000 })
    expect(p.currency).toEqual({ code: 'EUR', source: { kind: 'base-line', line: 8 } })
  })

  it('takes ISINs and security types from the instrument section', () => {
    const exsa = p.positions.find((x) => x.ticker === 'EXSA')
    expect([exsa?.isin, exsa?.securityType, exsa?.name]).toEqual(['DE0002635307', 'ETF', 'ISHARES STOXX EUROPE 600 DE'])
  })

  it('lets the positions section’s "Stocks" decide nothing where there is no instrument section (it holds ETFs too)', () => {
    const text = readFileSync('e2e/fixtures/ibkr-activity-statement.csv', 'utf8')
      .split('\n')
      .filter((l) => !l.startsWith('Financial Instrument Information'))
      .join('\n')
    const bare = parsed(text)
    expect(bare.positions.filter((x) => x.kind === 'security').map((x) => [x.ticker, x.securityType])).toEqual([
      ['PLTR', null],
      ['SAP', null],
      ['EXSA', null],
      ['ALV', null],
      ['ADS', null],
    ])
    // EXSA, an ETF, is then not looked through rather than counted as another company at zero.
    const r = lookThrough(bare.positions, palantirTarget, funds, bare.statedTotal, { currency: bare.currency.code })
    expect(r.unresolved.find((u) => u.security === 'EXSA')?.reason).toBe(
      'Not in the holdings data, and the file gives no security type that tells a fund from a company’s shares: choose what it is below.',
    )
  })

  it('lists the other sections as ignored, not as problems', () => {
    expect(p.sections).toEqual({
      positions: 'Open Positions',
      ignored: [
        { name: 'Statement', rows: 4 },
        { name: 'Trades', rows: 2 },
        { name: 'Codes', rows: 2 },
      ],
    })
  })
})
