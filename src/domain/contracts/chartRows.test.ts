import { describe, expect, it } from 'vitest'
import { contractAwards, reportedTotals } from '../../../mocks/data/contracts'
import {
  doubleCountFlags,
  filterAwards,
  officialRecordUrl,
  fiscalYearBounds,
  formatUsdRange,
  parseContractFilter,
  toAwardRows,
  toComponentRows,
  toFiscalYearRows,
  toReportedTotalRows,
} from './chartRows'
import type { ContractAward } from './schema'

const rows = toAwardRows(contractAwards)
const byId = (id: string) => rows.find((r) => r.id === id)

describe('toAwardRows', () => {
  it('keeps every value reported for the 2014 ICM award and spans $41M to $53M', () => {
    const icm = byId('icm-2014')
    expect(icm?.low).toBe(41_000_000)
    expect(icm?.high).toBe(53_000_000)
    expect(icm?.values.map((v) => v.amountUsd)).toEqual([41_000_000, 42_000_000, 51_000_000, 51_800_000, 53_000_000])
  })

  it('spans the 2022 ICM order from the $17M first award to the $150.7M obligated', () => {
    expect(byId('icm-2022')).toMatchObject({ low: 17_000_000, high: 150_703_825 })
    expect(byId('icm-2022')?.values).toHaveLength(4)
  })

  it('gives FALCON 2013 no value rather than a made-up one', () => {
    expect(byId('falcon-2013')).toMatchObject({ low: null, high: null, values: [] })
  })

  it('flags ImmigrationOS as a modification of the 2022 order (same order number)', () => {
    expect(byId('immigrationos-2025')?.modifiesAwardId).toBe('icm-2022')
    expect(byId('icm-2022')?.modifiesAwardId).toBeNull()
  })

  it('lists awards in date order', () => {
    expect(rows.map((r) => r.id)).toEqual([
      'ice-2011-first',
      'falcon-2013',
      'icm-2014',
      'falcon-2015-renewal',
      'falcon-2018-renewal',
      'icm-2019-extension',
      'icm-2022',
      'immigrationos-2025',
      'icm-2025-followon',
    ])
  })
})

describe('toFiscalYearRows', () => {
  const years = toFiscalYearRows(rows)

  it('adds up the medium and high confidence sums year by year, to the cent', () => {
    expect(years.map((y) => [y.label, y.cumulativeLow, y.cumulativeHigh])).toEqual([
      ['FY2011', 58_122, 58_122],
      ['FY2013', 58_122, 58_122],
      ['FY2014', 41_058_122, 53_058_122],
      ['FY2015', 80_058_122, 92_058_122],
      ['FY2019', 167_932_140.14, 183_932_140.14],
      ['FY2022', 184_932_140.14, 334_635_965.14],
      ['FY2025', 214_732_140.14, 364_635_965.14],
    ])
  })

  it('keeps the low-confidence $29.9M follow-on out of the sums and shows it apart', () => {
    const fy2025 = years.find((y) => y.fiscalYear === 2025)
    expect(fy2025).toMatchObject({
      low: 29_800_000,
      high: 30_000_000,
      lowConfidence: 29_900_000,
      lowConfidenceAwardIds: ['icm-2025-followon'],
    })
    expect(fy2025?.lowByVehicle).toEqual({ ImmigrationOS: 29_800_000 })
  })

  it('fails to move the headline sums when a low-confidence award is added', () => {
    const low: ContractAward = {
      ...contractAwards[0]!,
      id: 'aggregator-claim',
      fiscalYear: 2011,
      confidence: 'low',
      values: [
        { amountUsd: 1_000_000_000, basis: 'award', note: 'Aggregator only', sourceIds: ['moneyracket-2025-09'] },
      ],
    }
    const withLow = toFiscalYearRows(toAwardRows([...contractAwards, low]))
    const last = (ys: typeof years) => ys[ys.length - 1]
    expect(last(withLow)?.cumulativeLow).toBe(last(years)?.cumulativeLow)
    expect(last(withLow)?.cumulativeHigh).toBe(last(years)?.cumulativeHigh)
    expect(withLow[0]?.lowConfidence).toBe(1_000_000_000)
  })

  it('sums only medium and high confidence values in every cumulative line', () => {
    const summed = contractAwards.filter((a) => a.confidence !== 'low' && a.values.length > 0)
    const lowest = summed.reduce((t, a) => t + Math.round(Math.min(...a.values.map((v) => v.amountUsd)) * 100), 0) / 100
    expect(years[years.length - 1]?.cumulativeLow).toBe(lowest)
  })

  it('stacks FY2019 by vehicle and puts the range above the stack', () => {
    const fy2019 = years.find((y) => y.fiscalYear === 2019)
    expect(fy2019?.lowByVehicle).toEqual({ ICM: 49_874_018.14, FALCON: 38_000_000 })
    expect(fy2019?.low).toBe(87_874_018.14)
    expect(fy2019?.high).toBe(91_874_018.14)
    expect(fy2019?.rangeExtra).toBe(4_000_000)
  })

  it('names the award that has no value of its own', () => {
    expect(years.find((y) => y.fiscalYear === 2013)).toMatchObject({
      low: 0,
      high: 0,
      unvaluedAwardIds: ['falcon-2013'],
    })
  })

  it('returns no rows for no awards', () => {
    expect(toFiscalYearRows([])).toEqual([])
  })
})

describe('toComponentRows', () => {
  it('sums by ICE component and lists ERO and other DHS with no awards', () => {
    expect(toComponentRows(rows).map((c) => [c.component, c.awardCount, c.unvaluedCount, c.low, c.high])).toEqual([
      ['HSI', 9, 1, 214_732_140.14, 364_635_965.14],
      ['ERO', 0, 0, 0, 0],
      ['ICE', 0, 0, 0, 0],
      ['Other DHS', 0, 0, 0, 0],
    ])
  })
})

describe('possible double counts', () => {
  it('charts ImmigrationOS under HSI, the component whose ICM order it modifies', () => {
    expect(byId('immigrationos-2025')?.component).toBe('HSI')
  })

  it('flags every pair: the 2022 order and ImmigrationOS, and the $29.9M follow-on with both', () => {
    expect(doubleCountFlags(rows).map((f) => [f.awardId, f.otherAwardId])).toEqual([
      ['icm-2022', 'immigrationos-2025'],
      ['immigrationos-2025', 'icm-2025-followon'],
      ['icm-2025-followon', 'icm-2022'],
    ])
  })

  it('leaves out a pair whose other award is filtered away', () => {
    expect(doubleCountFlags(rows.filter((r) => r.id !== 'icm-2025-followon')).map((f) => f.otherAwardId)).toEqual([
      'immigrationos-2025',
    ])
  })
})

describe('officialRecordUrl', () => {
  it.each([
    [
      'the award page when the USAspending id is recorded',
      { piid: '70CTD022FR0000170', usaspendingId: 'CONT_AWD_70CTD022FR0000170_7012_GS35F0086U_4730' },
      'https://www.usaspending.gov/award/CONT_AWD_70CTD022FR0000170_7012_GS35F0086U_4730',
    ],
    [
      'a keyword search for the PIID otherwise',
      { piid: 'HSCETC-13-F-00030' },
      'https://www.usaspending.gov/keyword_search/HSCETC-13-F-00030',
    ],
    ['nothing without a PIID', { piid: null }, null],
  ])('links %s', (_name, award, expected) => {
    expect(officialRecordUrl(award)).toBe(expected)
  })
})

describe('toReportedTotalRows', () => {
  const totals = toReportedTotalRows(rows, reportedTotals)

  it('puts the briefing\u2019s "over $200M" beside our sum of awards up to Nov 2019', () => {
    expect(totals.find((t) => t.id === 'iahr-over-200m')).toMatchObject({
      stated: 'over $200M',
      vehicle: null,
      ourLow: 167_932_140.14,
      ourHigh: 183_932_140.14,
    })
  })

  it('compares the FALCON tallies with the FALCON awards only', () => {
    expect(totals.find((t) => t.id === 'falcon-cumulative-2021')).toMatchObject({
      stated: '$84M-$111M',
      vehicle: 'FALCON',
      ourLow: 77_000_000,
      ourHigh: 81_000_000,
    })
  })
})

describe('parseContractFilter and filterAwards', () => {
  it('reads years and a vehicle from the URL', () => {
    expect(parseContractFilter({ from: '2014', to: '2019', vehicle: 'ICM' })).toEqual({
      from: 2014,
      to: 2019,
      vehicle: 'ICM',
    })
  })

  it('ignores what it cannot read and swaps a reversed range', () => {
    expect(parseContractFilter({ from: 'x', to: null, vehicle: 'Nope' })).toEqual({
      from: null,
      to: null,
      vehicle: null,
    })
    expect(parseContractFilter({ from: '2020', to: '2014', vehicle: null })).toEqual({
      from: 2014,
      to: 2020,
      vehicle: null,
    })
  })

  it('keeps the awards of the chosen years and vehicle', () => {
    const icm = filterAwards(contractAwards, { from: 2014, to: 2019, vehicle: 'ICM' })
    expect(icm.map((a) => a.id)).toEqual(['icm-2014', 'icm-2019-extension'])
    expect(filterAwards(contractAwards, { from: 2030, to: null, vehicle: null })).toEqual([])
  })

  it('finds the first and last fiscal year', () => {
    expect(fiscalYearBounds(contractAwards)).toEqual({ first: 2011, last: 2025 })
    expect(fiscalYearBounds([] as ContractAward[])).toBeNull()
  })
})

describe('formatUsdRange', () => {
  it('shows a range, a single agreed amount, or that none is reported', () => {
    expect(formatUsdRange(41_000_000, 53_000_000)).toBe('$41M–$53M')
    expect(formatUsdRange(39_000_000, 39_000_000)).toBe('$39M')
    expect(formatUsdRange(null, null)).toBe('no value reported')
  })
})
