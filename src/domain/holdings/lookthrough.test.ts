import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { funds } from '../../../mocks/data/funds'
import { palantirTarget as palantir, position } from './fixtures'
import { lookThrough, lookThroughStream } from './lookthrough'
import { parsePortfolio } from './parse'

describe('lookThrough', () => {
  it('finds the sample portfolio’s exposure, direct and through each fund, to the cent', () => {
    const out = parsePortfolio(readFileSync('src/features/holdings/sample-portfolio.csv', 'utf8'))
    if (!out.ok) throw new Error(out.error)
    const r = lookThrough(out.portfolio.positions, palantir, funds, out.portfolio.statedTotal, {
      currency: out.portfolio.currency.code,
    })
    expect(out.portfolio.currency.code).toBe('USD')
    expect(r.totalCents).toBe(11_775_000)
    expect(r.cashCents).toBe(375_000)
    expect(r.totalExCashCents).toBe(11_400_000)
    expect(r.directCents).toBe(375_000)
    expect(r.indirectCents).toBe(95_000)
    expect(r.exposureCents).toBe(470_000)
    expect(r.exposureShare).toBeCloseTo(470_000 / 11_775_000, 12)
    expect(r.rows.map((x) => [x.security, x.route, x.via?.weight ?? 1, x.effectiveCents])).toEqual([
      ['PLTR', 'direct', 1, 375_000],
      ['STLX', 'fund', 0.025, 50_000],
      ['Alger Sample Growth Fund', 'fund', 0.03, 36_000],
      ['SUTMX', 'fund', 0.0018, 9_000],
    ])
    // BlackRock and Allianz hold the company: routes to engage, never added to the exposure.
    expect(r.holders.map((h) => [h.security, h.name, h.positionCents])).toEqual([
      ['BLK', 'BlackRock, Inc.', 800_000],
      ['DE0008404005', 'Allianz SE', 500_000],
    ])
    expect(r.checkedClean).toBe(1)
    // MSFT is a "Stock" in the broker's type column: another operating company, a known zero.
    expect(r.knownZero).toBe(1)
    expect(r.unresolved).toEqual([])
    expect(r.coverage).toEqual({ coveredCents: 11_825_000, consideredCents: 11_825_000, share: 1 })
    expect(r.reconciliation).toMatchObject({ computedCents: 11_775_000, differenceCents: 0, matches: true })
    expect(r.usesSampleData).toBe(true)
  })

  it('gives the same result looked through in batches as a whole, whatever the batch size', () => {
    const out = parsePortfolio(readFileSync('src/features/holdings/sample-portfolio.csv', 'utf8'))
    if (!out.ok) throw new Error(out.error)
    const { positions, statedTotal } = out.portfolio
    const options = { currency: out.portfolio.currency.code }
    const whole = lookThrough(positions, palantir, funds, statedTotal, options)
    for (const size of [1, 2, 3, positions.length - 1]) {
      const look = lookThroughStream(palantir, funds, options)
      for (let i = 0; i < positions.length; i += size) look.add(positions.slice(i, i + size))
      expect(look.finish(statedTotal)).toEqual(whole)
    }
    expect(whole.exposureCents).toBe(470_000)
  })

  it('reports a mismatch with the file’s own total instead of hiding it', () => {
    const r = lookThrough([position({ ticker: 'PLTR', valueCents: 10_000 })], palantir, funds, {
      line: 9,
      label: 'Account Total',
      cents: 12_000,
    })
    expect(r.reconciliation).toEqual({
      stated: { line: 9, label: 'Account Total', cents: 12_000 },
      computedCents: 10_000,
      differenceCents: -2_000,
      matches: false,
    })
  })

  it('matches the company by CUSIP and by name when the file has no ticker', () => {
    const r = lookThrough(
      [
        position({ line: 2, cusip: '69608A108', valueCents: 100 }),
        position({ line: 3, name: 'PALANTIR TECHNOLOGIES INC', valueCents: 200 }),
      ],
      palantir,
      funds,
    )
    expect(r.directCents).toBe(300)
    expect(r.directShare).toBe(1)
  })

  it('never counts the company’s preferred shares, options or bonds typed as shares as another company’s (a known zero)', () => {
    const typed = (p: Parameters<typeof position>[0]) => position({ currency: 'USD', securityType: 'Preferred', ...p })
    const r = lookThrough(
      [
        typed({ ticker: 'PLTR', name: 'PALANTIR TECHNOLOGIES INC', valueCents: 100_000, securityType: 'Stock' }),
        typed({ ticker: null, name: 'PALANTIR TECHNOLOGIES INC PFD SER A', valueCents: 20_000 }),
        typed({ ticker: 'PLTR.PRA', name: null, valueCents: 30_000 }),
        typed({ ticker: 'PLTRX', name: 'PLTRX HOLDINGS', valueCents: 40_000, securityType: 'Stock' }),
        typed({ ticker: 'MSFT', name: 'MICROSOFT CORP', valueCents: 50_000, securityType: 'Stock' }),
      ],
      palantir,
      [],
      null,
      { currency: 'USD' },
    )
    expect(r.directCents).toBe(100_000)
    // PLTRX and MSFT are other companies' shares; the two Palantir lines are not decided.
    expect(r.knownZero).toBe(2)
    expect(r.unresolved.map((u) => [u.security, u.reason])).toEqual([
      [
        'PALANTIR TECHNOLOGIES INC PFD SER A',
        'Names Palantir Technologies but is not recognised as its shares (the file calls it “Preferred”): a preferred share, an option or a bond of the company is neither its shares nor a known zero. Choose what it is below.',
      ],
      [
        'PLTR.PRA',
        'Names Palantir Technologies but is not recognised as its shares (the file calls it “Preferred”): a preferred share, an option or a bond of the company is neither its shares nor a known zero. Choose what it is below.',
      ],
    ])
    expect(r.coverage.coveredCents).toBe(190_000)
  })

  it('names the company in the reason for an option on it, whatever its type says', () => {
    const r = lookThrough(
      [position({ ticker: '-PLTR270115C80', valueCents: 10_000, currency: 'USD', securityType: 'Option' })],
      palantir,
      [],
      null,
      { currency: 'USD' },
    )
    expect(r.unresolved.map((u) => u.reason)).toEqual([
      'Names Palantir Technologies but is not recognised as its shares (the file calls it “Option”): a preferred share, an option or a bond of the company is neither its shares nor a known zero. Choose what it is below.',
    ])
    expect(r.directCents).toBe(0)
  })

  it('says which type the file gave when that type does not decide the class', () => {
    const r = lookThrough(
      [position({ ticker: 'XYZ 01/17/25 C50', valueCents: 10_000, currency: 'USD', securityType: 'Option' })],
      palantir,
      [],
      null,
      { currency: 'USD' },
    )
    expect(r.unresolved.map((u) => u.reason)).toEqual([
      'Not in the holdings data, and the file’s type “Option” does not say whether it is a fund or a company’s shares: choose what it is below.',
    ])
  })

  it('rounds each look-through value to the cent', () => {
    const r = lookThrough([position({ ticker: 'SUTMX', valueCents: 12_345 })], palantir, funds)
    // 12,345 × 0.0018 = 22.221 cents
    expect(r.indirectCents).toBe(22)
  })

  it('reports the company’s shares without a value as exposure of unknown size, never as zero', () => {
    const r = lookThrough(
      [position({ line: 4, isin: 'US69608A1088', quantity: 100, valueCents: null })],
      palantir,
      funds,
    )
    expect(r.companyWithoutValue).toEqual([
      {
        line: 4,
        security: 'US69608A1088',
        reason:
          'Palantir Technologies shares (quantity 100) without a usable value: exposure of unknown size. Map the value column, or a price column, to weigh it.',
        cause: 'no-value',
        short: false,
      },
    ])
    expect(r.totalCents).toBe(0)
  })

  it('gives an empty portfolio zero exposure and zero shares', () => {
    const r = lookThrough([], palantir, funds)
    expect([r.totalCents, r.exposureCents, r.exposureShare, r.rows.length, r.unresolved.length]).toEqual([
      0, 0, 0, 0, 0,
    ])
  })

  it('counts cash in the total and leaves it out of the total without cash', () => {
    const r = lookThrough(
      [position({ ticker: 'PLTR', valueCents: 900 }), position({ kind: 'cash', ticker: 'SPAXX**', valueCents: 100 })],
      palantir,
      funds,
    )
    expect([r.totalCents, r.totalExCashCents, r.directShare]).toEqual([1000, 900, 0.9])
  })
})
