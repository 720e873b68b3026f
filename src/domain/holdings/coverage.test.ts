import { describe, expect, it } from 'vitest'
import { funds } from '../../../mocks/data/funds'
import { classFromType, positionKey } from './classify'
import { ivvWeightFile, palantirTarget as palantir, position as pos } from './fixtures'
import { leversFor, proposalEligibility } from './levers'
import { lookThrough } from './lookthrough'
import { parsePortfolio } from './parse'

describe('classification and coverage', () => {
  it.each([
    ['ETF', 'fund'],
    ['Mutual Fund', 'fund'],
    ['UCITS ETF', 'fund'],
    ['Stock', 'other-company'],
    ['COMMON', 'other-company'],
    ['Aktien', 'other-company'],
    ['Option', null],
    [null, null],
  ] as const)('classes a security type of %j as %s', (type, cls) => {
    expect(classFromType(type)).toBe(cls)
  })

  it('counts other operating companies as a known zero and unknown securities against coverage', () => {
    const r = lookThrough(
      [
        pos({ ticker: 'PLTR', valueCents: 10_000 }),
        pos({ ticker: 'MSFT', valueCents: 30_000, securityType: 'Stock' }),
        pos({ ticker: 'XYZ', valueCents: 60_000 }),
      ],
      palantir,
      funds,
    )
    expect(r.knownZero).toBe(1)
    expect(r.unresolved.map((u) => u.security)).toEqual(['XYZ'])
    expect(r.coverage).toEqual({ coveredCents: 40_000, consideredCents: 100_000, share: 0.4 })
    expect(r.exposureShare).toBe(0.1)
  })

  it('never adds amounts in different currencies when the file names no account currency', () => {
    const o = parsePortfolio('Symbol,Currency,Market Value\nPLTR,USD,1000\nSAP,EUR,9000\n')
    if (!o.ok) throw new Error(o.error)
    const r = lookThrough(o.portfolio.positions, palantir, funds, null, { currency: o.portfolio.currency.code })
    expect(o.portfolio.currency.code).toBeNull()
    expect(r.totalCents).toBe(0)
    expect(r.exposureShare).toBe(0)
    expect(r.missingRates).toEqual(['EUR', 'USD'])
    expect(r.companyWithoutValue.map((u) => [u.line, u.security, u.reason])).toEqual([
      [
        2,
        'PLTR',
        'Palantir Technologies shares. In USD ($1,000.00); the account currency is not chosen: exposure of unknown size until you choose the account currency and give the rate.',
      ],
    ])
    expect(r.unresolved.map((u) => u.reason)).toEqual([
      'In EUR (€9,000.00); the account currency is not chosen, so it is left out of every sum.',
    ])
  })

  it('keeps the company’s shares in another currency without a rate as exposure of unknown size, not a zero', () => {
    const o = parsePortfolio(
      'Base Currency,EUR\nSymbol,Currency,Market Value,Security Type\nPLTR,USD,1000,Stock\nSAP,EUR,9000,Stock\n',
    )
    if (!o.ok) throw new Error(o.error)
    const r = lookThrough(o.portfolio.positions, palantir, funds, null, { currency: 'EUR' })
    expect(r.rows).toEqual([])
    expect(r.companyWithoutValue.map((u) => u.reason)).toEqual([
      'Palantir Technologies shares. In USD ($1,000.00); no rate to EUR given: exposure of unknown size until you give the rate.',
    ])
    expect(r.missingRates).toEqual(['USD'])
    expect(r.coverage).toEqual({ coveredCents: 900_000, consideredCents: 900_000, share: 1 })
    // With the rate, the same shares are direct exposure.
    const withRate = lookThrough(o.portfolio.positions, palantir, funds, null, { currency: 'EUR', rates: { USD: 0.9 } })
    expect(withRate.companyWithoutValue).toEqual([])
    expect([withRate.directCents, withRate.totalCents]).toEqual([90_000, 990_000])
  })

  it('lets the user correct a class: an unknown share becomes a known zero, a fund without data stays unknown', () => {
    const xyz = pos({ ticker: 'XYZ', valueCents: 60_000 })
    const fund = pos({ ticker: 'ABCX', valueCents: 40_000 })
    const r = lookThrough([xyz, fund], palantir, funds, null, {
      classes: { [positionKey(xyz)]: 'other-company', [positionKey(fund)]: 'fund' },
    })
    expect(r.classes.shown.map((c) => [c.security, c.cls, c.by])).toEqual([
      ['XYZ', 'other-company', 'user'],
      ['ABCX', 'fund', 'user'],
    ])
    expect(r.coverage.share).toBe(0.6)
    expect(r.unresolved.map((u) => u.reason)).toEqual([
      'A fund with no holdings data: add the fund’s holdings file (from its issuer’s website) to look it through.',
    ])
  })

  it('sums up the classes of a large portfolio: every security counted, the first 100 to check kept, every fund listed', () => {
    const positions = Array.from({ length: 250 }, (_, i) =>
      pos({
        line: i + 2,
        ticker: i % 50 === 0 ? 'SUTMX' : `T${i}`,
        valueCents: 1_000 + i,
        securityType: i % 3 === 0 ? 'Stock' : null,
      }),
    )
    const { classes } = lookThrough(positions, palantir, funds)
    expect(classes.count).toBe(250)
    expect(classes.anyUnknown).toBe(true)
    expect(classes.shown).toHaveLength(100)
    // Unknown classes first (no type, not in the data), the largest value first: T248 on line 250 leads.
    expect(classes.shown[0]).toMatchObject({ line: 250, security: 'T248', cls: 'unknown', key: 'ticker:T248' })
    expect(classes.shown.every((c) => c.cls === 'unknown')).toBe(true)
    expect(classes.funds.map((f) => f.line)).toEqual([2, 52, 102, 152, 202])
  })

  it('uses an issuer’s holdings file for every position in that fund, before the sample data', () => {
    const r = lookThrough(
      [pos({ ticker: 'IVV', valueCents: 1_000_000 }), pos({ ticker: 'IVV', valueCents: 200_000 })],
      palantir,
      funds,
      null,
      { fundFiles: [ivvWeightFile()] },
    )
    expect(r.rows.map((x) => [x.effectiveCents, x.via?.source, x.via?.asOf])).toEqual([
      [4_500, 'file', '2026-11-28'],
      [900, 'file', '2026-11-28'],
    ])
    expect(r.indirectCents).toBe(5_400)
    expect(r.usesSampleData).toBe(false)
    expect(r.fundFilesUsed).toEqual([ivvWeightFile()])
    expect(r.coverage.share).toBe(1)
  })

  it('takes a fund file without the company as a known zero weight', () => {
    const r = lookThrough([pos({ ticker: 'IVV', valueCents: 1_000_000 })], palantir, funds, null, {
      fundFiles: [ivvWeightFile({ weight: 0, found: false, matchedBy: null })],
    })
    expect([r.indirectCents, r.checkedClean, r.checkedWithNotes, r.coverage.share]).toEqual([0, 1, 0, 1])
  })

  it('does not call a fund clean whose file gives the shares a zero weight but has notes to read (a swap on the company)', () => {
    const notes = [
      'The file lists 1 line naming Palantir Technologies that was not counted as its shares: “PALANTIR TECHNOLOGIES INC SWAP” 1.25%. Check it.',
    ]
    const r = lookThrough([pos({ ticker: 'IVV', valueCents: 1_000_000 })], palantir, funds, null, {
      fundFiles: [ivvWeightFile({ weight: 0, found: false, matchedBy: null, notes })],
    })
    expect([r.indirectCents, r.checkedClean, r.checkedWithNotes, r.coverage.share]).toEqual([0, 0, 1, 1])
  })

  it('lists firms holding the company as routes to engage, never as exposure', () => {
    const r = lookThrough([pos({ ticker: 'BLK', valueCents: 800_000, securityType: 'Stock' })], palantir, funds)
    expect(r.exposureCents).toBe(0)
    expect(r.holders).toMatchObject([{ security: 'BLK', name: 'BlackRock, Inc.', positionCents: 800_000 }])
    expect(r.coverage.share).toBe(1)
  })
})

describe('short positions', () => {
  it('shows short exposure apart: net and gross, never netted silently', () => {
    const r = lookThrough(
      [
        pos({ ticker: 'PLTR', quantity: -20, valueCents: -50_000 }),
        pos({ ticker: 'STLX', quantity: 100, valueCents: 400_000 }),
        pos({ ticker: 'MSFT', valueCents: 650_000, securityType: 'Stock' }),
      ],
      palantir,
      funds,
    )
    // STLX: 400,000 × 2.5% = 10,000 long; PLTR: 50,000 short.
    expect([r.exposureCents, r.grossExposureCents, r.shortExposureCents]).toEqual([-40_000, 60_000, -50_000])
    expect(r.rows.find((x) => x.route === 'direct')?.short).toBe(true)
    expect(r.totalCents).toBe(1_000_000)
    expect(r.coverage).toEqual({ coveredCents: 1_100_000, consideredCents: 1_100_000, share: 1 })
  })
})

describe('currencies', () => {
  it('asks for a pound rate for positions in pence, and converts them with it', () => {
    const positions = [
      pos({ ticker: 'VOD', valueCents: 720_000, currency: 'GBX', securityType: 'Stock' }),
      pos({ ticker: 'SAP', valueCents: 100_000, currency: 'EUR', securityType: 'Stock' }),
    ]
    expect(lookThrough(positions, palantir, funds, null, { currency: 'EUR' }).missingRates).toEqual(['GBP'])
    const r = lookThrough(positions, palantir, funds, null, { currency: 'EUR', rates: { GBP: 1.17 } })
    expect([r.missingRates, r.totalCents]).toEqual([[], 8_424 + 100_000])
  })

  it('converts other currencies only with the user’s rate, and leaves them out of every sum without one', () => {
    const positions = [
      pos({ ticker: 'PLTR', valueCents: 100_000, currency: 'USD' }),
      pos({ ticker: 'SAP', valueCents: 200_000, currency: 'EUR', securityType: 'Stock' }),
    ]
    const without = lookThrough(positions, palantir, funds, null, { currency: 'EUR' })
    expect([without.totalCents, without.directCents, without.missingRates]).toEqual([200_000, 0, ['USD']])
    // The company's shares without a rate are exposure of unknown size, not a zero nor merely unresolved.
    expect(without.unresolved).toEqual([])
    expect(without.companyWithoutValue[0]?.reason).toBe(
      'Palantir Technologies shares. In USD ($1,000.00); no rate to EUR given: exposure of unknown size until you give the rate.',
    )
    const withRate = lookThrough(positions, palantir, funds, null, { currency: 'EUR', rates: { USD: 0.9 } })
    expect([withRate.totalCents, withRate.directCents, withRate.directShare]).toEqual([
      290_000,
      90_000,
      90_000 / 290_000,
    ])
  })
})

describe('levers', () => {
  it.each([
    [200_000, 3, 'meets'],
    [199_999, 3, 'below'],
    [1_500_000, 2, 'meets'],
    [1_499_999, 2, 'below'],
    [2_500_000, 1, 'meets'],
    [2_400_000, 1, 'below'],
    [10_000_000, 0.5, 'below'],
  ] as const)('%i cents held %s years is %s Rule 14a-8(b)', (cents, years, status) => {
    expect(proposalEligibility(cents, 'USD', {}, years).status).toBe(status)
  })

  it('needs a USD rate for an account in euros, and a holding period', () => {
    expect(proposalEligibility(2_000_000, 'EUR', {}, 2).status).toBe('unknown')
    expect(proposalEligibility(2_000_000, 'EUR', { USD: 0.8 }, 2).text).toBe(
      '$25,000.00 held for 2 years: meets the threshold of $15,000.00 for 2 years, so the holding is enough to submit a shareholder proposal.',
    )
    expect(proposalEligibility(2_000_000, 'USD', {}, null).status).toBe('unknown')
  })

  it('gives a vote for direct shares, fund-manager engagement per fund and shareholder engagement per firm', () => {
    const r = lookThrough(
      [
        pos({ ticker: 'PLTR', valueCents: 375_000 }),
        pos({ ticker: 'STLX', valueCents: 2_000_000 }),
        pos({ ticker: 'BLK', valueCents: 800_000 }),
        pos({ ticker: 'PLTR', quantity: -1, valueCents: -2_500 }),
      ],
      palantir,
      funds,
      null,
      { currency: 'USD' },
    )
    const levers = leversFor(r, palantir, { heldYears: 3 })
    expect(levers.map((l) => [l.kind, l.target, l.audience, l.valueCents, l.proposal?.status ?? null])).toEqual([
      ['vote', 'Palantir Technologies', 'company', 375_000, 'meets'],
      ['engage-manager', 'Sample Technology Leaders ETF', 'asset-manager', 2_000_000, null],
      ['engage-holder', 'BlackRock, Inc.', 'asset-manager', 800_000, null],
    ])
  })
})

describe('the company’s shares named with a share class', () => {
  it('counts a broker’s "PALANTIR TECHNOLOGIES INC-A" line of type Stock as direct exposure, not a known zero', () => {
    const o = parsePortfolio(
      'Description,Security Type,Market Value\nPALANTIR TECHNOLOGIES INC-A,Stock,1000\nMICROSOFT CORP,Stock,9000\n',
    )
    if (!o.ok) throw new Error(o.error)
    const r = lookThrough(o.portfolio.positions, palantir, funds, null, { currency: o.portfolio.currency.code })
    expect([r.directCents, r.exposureCents, r.directShare, r.knownZero]).toEqual([100_000, 100_000, 0.1, 1])
    expect(r.rows.map((x) => [x.route, x.security, x.positionCents, x.effectiveCents])).toEqual([
      ['direct', 'PALANTIR TECHNOLOGIES INC-A', 100_000, 100_000],
    ])
    expect(r.companyWithoutValue).toEqual([])
    expect(r.coverage).toEqual({ coveredCents: 1_000_000, consideredCents: 1_000_000, share: 1 })
  })

  it('reports a "PALANTIR TECHNOLOGIES INC A" line without a value as the company’s shares of unknown size', () => {
    const r = lookThrough(
      [pos({ name: 'PALANTIR TECHNOLOGIES INC A', quantity: 10, valueCents: null, securityType: 'Stock' })],
      palantir,
      funds,
    )
    expect(r.companyWithoutValue.map((u) => u.security)).toEqual(['PALANTIR TECHNOLOGIES INC A'])
    expect(r.unresolved).toEqual([])
  })
})
