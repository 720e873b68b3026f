import { describe, expect, it } from 'vitest'
import { arrestStats } from '../../../mocks/data/arrests'
import { operations } from '../../../mocks/data/operations'
import {
  hsiArrestBreakdown,
  percentOneDecimal,
  toOperationFigureRows,
  toYearSeriesRows,
  UNIT_SERIES,
  WORKSITE_SERIES,
  yearOverYear,
} from './chartRows'
import type { ArrestStat } from './schema'

describe('hsiArrestBreakdown', () => {
  const breakdown = hsiArrestBreakdown(arrestStats, 2018)

  it('computes 3.5% from 1,525 of 44,069 HSI arrests in FY2018', () => {
    const worksite = breakdown?.rows.find((r) => r.key === 'worksite-administrative')
    expect(breakdown?.total.count).toBe(44_069)
    expect(worksite?.count).toBe(1_525)
    expect(worksite?.share).toBeCloseTo(0.034605, 6)
    expect(worksite?.percent).toBe(3.5)
  })

  it('splits the rest into 3,191 child-predator arrests and 39,353 others', () => {
    expect(breakdown?.rows.map((r) => [r.key, r.count, r.percent, r.derived])).toEqual([
      ['worksite-administrative', 1_525, 3.5, false],
      ['child-predator', 3_191, 7.2, false],
      ['other', 39_353, 89.3, true],
    ])
    expect(breakdown?.rows.reduce((s, r) => s + r.count, 0)).toBe(44_069)
  })

  it("carries each count's verification, the computed rest that of the total it comes from", () => {
    expect(breakdown?.rows.map((r) => [r.key, r.verification?.status ?? 'confirmed'])).toEqual([
      ['worksite-administrative', 'confirmed'],
      ['child-predator', 'unverified'],
      ['other', 'unverified'],
    ])
    expect(breakdown?.rows[2]?.verification?.reason).toContain('denominator of the 3.5% share')
  })

  it('returns null for a year without the figures', () => {
    expect(hsiArrestBreakdown(arrestStats, 2019)).toBeNull()
    expect(hsiArrestBreakdown([], 2018)).toBeNull()
  })

  it('returns null when the named slices exceed the total', () => {
    const broken: ArrestStat[] = arrestStats.map((a) =>
      a.unit === 'HSI' && a.category === 'arrests (all)' ? { ...a, count: 100 } : a,
    )
    expect(hsiArrestBreakdown(broken, 2018)).toBeNull()
  })
})

describe('percentOneDecimal', () => {
  it('rounds to one decimal', () => {
    expect(percentOneDecimal(1525 / 44069)).toBe(3.5)
    expect(percentOneDecimal(0)).toBe(0)
    expect(percentOneDecimal(1)).toBe(100)
  })
})

describe('toYearSeriesRows', () => {
  it('gives worksite enforcement FY2017-FY2019 with the investigations variant', () => {
    const rows = toYearSeriesRows(arrestStats, WORKSITE_SERIES)
    expect(rows.map((r) => [r.label, r.values])).toEqual([
      ['FY2017', { investigations: 1_691, i9Audits: 1_360, criminal: 139, administrative: 172 }],
      ['FY2018', { investigations: 6_848, i9Audits: 5_981, criminal: 779, administrative: 1_525 }],
      ['FY2019', { investigations: 6_812, i9Audits: 6_456, criminal: 627, administrative: 2_048 }],
    ])
    expect(rows[0]?.variants.investigations).toEqual([1_716])
    expect(rows[2]?.sourceIds).toEqual(['lawlogix-fy2019'])
  })

  it('leaves a series null in a year the sources do not report', () => {
    const rows = toYearSeriesRows(arrestStats, UNIT_SERIES)
    expect(rows.map((r) => r.fiscalYear)).toEqual([2017, 2018, 2019, 2020])
    expect(rows.find((r) => r.fiscalYear === 2018)?.values).toEqual({
      hsiAll: 44_069,
      hsiCriminal: null,
      eroAdministrative: 158_581,
      eroRemovals: 256_085,
    })
    expect(rows.find((r) => r.fiscalYear === 2018)?.variants.eroRemovals).toEqual([256_086, 256_058])
    expect(rows.find((r) => r.fiscalYear === 2018)?.unverified).toEqual([
      'HSI arrests (all): ' + arrestStats.find((a) => a.count === 44_069)?.verification?.reason,
      'ERO removals: The exact digits: other reports give only more than 256,000, and copies of the report differ.',
    ])
    expect(rows.find((r) => r.fiscalYear === 2020)?.unverified).toEqual([])
  })
})

describe('yearOverYear', () => {
  it('finds worksite administrative arrests rising from 172 to 1,525 (+1,353, 8.9 times)', () => {
    const change = yearOverYear(arrestStats, 'HSI worksite', 'administrative arrests', 2017, 2018)
    expect(change?.difference).toBe(1_353)
    expect(change?.ratio).toBeCloseTo(8.866, 3)
    expect(change?.sourceIds).toEqual(['ice-worksite', 'palantir-letter-2020-09-18'])
  })

  it('returns null when a year is missing', () => {
    expect(yearOverYear(arrestStats, 'HSI worksite', 'administrative arrests', 2016, 2018)).toBeNull()
  })
})

describe('toOperationFigureRows', () => {
  const rows = toOperationFigureRows(operations)

  it('lists the Mississippi raids: 680 arrested, about 300 released, and both accounts of why', () => {
    const mississippi = rows.filter((r) => r.operationId === 'mississippi-2019')
    expect(mississippi.map((r) => [r.count, r.qualifier, r.countsPeople])).toEqual([
      [680, 'exact', true],
      [300, 'about', true],
      [30, 'about', false],
      [270, 'about', false],
      [300, 'exact', false],
    ])
  })

  it('marks the figures of an operation the fact check could not confirm, and only those', () => {
    const unverified = [...new Set(rows.filter((r) => r.verification).map((r) => r.operationId))]
    expect(unverified).toEqual(['operation-mega-2017'])
  })

  it('marks Operation Mega as 8,400 planned targets of a cancelled operation', () => {
    expect(rows.find((r) => r.operationId === 'operation-mega-2017')).toMatchObject({
      count: 8_400,
      qualifier: 'planned',
      status: 'planned, cancelled',
      countsPeople: true,
    })
  })

  it('keeps offices, stores and the accounts of the Mississippi releases (parts of the 300) out of the people chart', () => {
    expect(rows.filter((r) => !r.countsPeople).map((r) => r.id)).toEqual([
      'uac-initiative-2017-hsi-offices',
      'uac-initiative-2017-ero-offices',
      'seven-eleven-2018-stores',
      'mississippi-2019-released-humanitarian',
      'mississippi-2019-released-after-processing',
      'mississippi-2019-released-company-account',
    ])
  })
})
