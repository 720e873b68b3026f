import { describe, expect, it } from 'vitest'
import {
  formatUsdFromCents,
  formatCount,
  formatDateTime,
  formatPartialDate,
  formatPercent,
  formatUsd,
  formatUsdMillions,
  plural,
  sentence,
} from './format'

describe('formatting figures for people', () => {
  it('groups thousands in counts', () => {
    expect(formatCount(44069)).toBe('44,069')
  })
  it('keeps cents only where the source has them', () => {
    expect(formatUsd(49874018.14)).toBe('$49,874,018.14')
    expect(formatUsd(58122)).toBe('$58,122')
  })
  it('shows money kept in cents as dollars with cents', () => {
    expect(formatUsdFromCents(375000)).toBe('$3,750.00')
    expect(formatUsdFromCents(99)).toBe('$0.99')
  })
  it('states millions the way reporting does', () => {
    expect(formatUsdMillions(41_000_000)).toBe('$41M')
    expect(formatUsdMillions(29_800_000)).toBe('$29.8M')
    expect(formatUsdMillions(150_703_825)).toBe('$150.7M')
    expect(formatUsdMillions(58_122)).toBe('$58,122')
  })
  it('shows a share with one decimal', () => {
    expect(formatPercent(1525 / 44069)).toBe('3.5%')
  })
  it('reads partial dates as a day, a month or a year', () => {
    expect(formatPartialDate('2014-09-10')).toBe('10 Sep 2014')
    expect(formatPartialDate('2019-11')).toBe('Nov 2019')
    expect(formatPartialDate('2011')).toBe('2011')
  })
})

describe('formatDateTime', () => {
  it.each([
    ['2026-12-02T10:05:00.000Z', 'UTC', '2 Dec 2026, 10:05'],
    ['2026-02-12T23:30:00.000Z', 'UTC', '12 Feb 2026, 23:30'],
    ['2026-02-12T23:30:00.000Z', 'Asia/Tokyo', '13 Feb 2026, 08:30'],
    ['not a date', 'UTC', 'not a date'],
  ])('shows %s in %s as %s', (iso, zone, expected) => {
    expect(formatDateTime(iso, zone)).toBe(expected)
  })
})

describe('plural and sentence', () => {
  it.each([
    [0, 'security', 'securities', '0 securities'],
    [1, 'security', 'securities', '1 security'],
    [2, 'security', 'securities', '2 securities'],
    [1, 'red flag', undefined, '1 red flag'],
    [1200, 'red flag', undefined, '1,200 red flags'],
  ])('%i %s', (n, one, many, expected) => {
    expect(plural(n, one, many)).toBe(expected)
  })
  it.each([
    ['The average says.', 'The average says.'],
    ['No remedy', 'No remedy.'],
    ['He said "no."', 'He said "no."'],
    ['  Why?  ', 'Why?'],
    ['', ''],
  ])('%j -> %j', (text, expected) => {
    expect(sentence(text)).toBe(expected)
  })
})
