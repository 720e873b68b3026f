import { describe, expect, it } from 'vitest'
import { contributorLabel, heldAs, sortExposureRows, topContributors } from './exposureRows'
import type { ExposureRow } from './lookthrough'

const row = (line: number, security: string, effectiveCents: number, via: string | null = null): ExposureRow => ({
  line,
  security,
  route: via ? 'fund' : 'direct',
  via: via ? { fundId: via, name: via, weight: 0.5, sample: true, source: 'data', asOf: '2026-09-30' } : null,
  positionCents: via ? effectiveCents * 2 : effectiveCents,
  effectiveCents,
  share: effectiveCents / 1000,
  short: effectiveCents < 0,
})

const rows = [row(2, 'PLTR', 300), row(3, 'STLX', 500, 'Tech ETF'), row(4, 'ABC', 300, 'Other Fund')]

describe('exposure rows', () => {
  it('sorts by effective value, largest first, ties in file order', () => {
    expect(sortExposureRows(rows, 'effective', 'descending').map((r) => r.line)).toEqual([3, 2, 4])
  })
  it('sorts by security name, A to Z', () => {
    expect(sortExposureRows(rows, 'security', 'ascending').map((r) => r.security)).toEqual(['ABC', 'PLTR', 'STLX'])
  })
  it('keeps the top contributors and sums the rest', () => {
    expect(topContributors(rows, 2)).toEqual({ top: [rows[1], rows[0]], othersCents: 300 })
  })
  it('says in words how a position is held', () => {
    expect(heldAs(rows[0] as ExposureRow)).toBe('Direct: own shares')
    expect(heldAs(rows[1] as ExposureRow)).toBe('Through fund: Tech ETF')
    expect(contributorLabel(rows[1] as ExposureRow)).toBe('STLX via Tech ETF')
    expect(contributorLabel(row(5, 'Tech ETF', 10, 'Tech ETF'))).toBe('Tech ETF (fund)')
    expect(heldAs(row(6, 'STLX', -500, 'Tech ETF'))).toBe('Through fund: Tech ETF (short position)')
  })
})
