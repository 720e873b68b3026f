import { describe, expect, it } from 'vitest'
import { dataAsOf, isMirrorUrl, isRealPartialDate, sourceProblems } from './integrity'
import type { Source } from './schema'

const source = (over: Partial<Source>): Source => ({
  id: 's',
  title: 'A headline',
  publisher: 'An outlet',
  date: '2020-01-02',
  url: 'https://example.org/a',
  tier: 'original reporting',
  confidence: 'high',
  retrieved: '2026-12-02',
  ...over,
})

describe('sourceProblems', () => {
  it.each([
    ['a mirror rated high', source({ url: 'https://possiblethreat.com/?p=1', tier: 'aggregator' }), /rated "high"/],
    ['an aggregator rated medium', source({ tier: 'aggregator', confidence: 'medium' }), /rated "medium"/],
    [
      'a mirror cited as the original',
      source({ url: 'https://www.moneyracket.com/x', confidence: 'low' }),
      /as the original/,
    ],
    ['a date after today', source({ date: '2027-01' }), /in the future/],
    ['a date that does not exist', source({ date: '2019-02-30' }), /not a real date/],
    ['a retrieval before publication', source({ retrieved: '2019-01-01' }), /retrieved before/],
  ])('refuses %s', (_name, s, problem) => {
    expect(sourceProblems([s], '2026-12-02').join('\n')).toMatch(problem)
  })

  it('accepts an original outlet with a mirror kept as a low access copy', () => {
    const s = source({ url: null, accessCopy: { url: 'https://possiblethreat.com/?p=1', host: 'possiblethreat.com' } })
    expect(sourceProblems([s], '2026-12-02')).toEqual([])
  })
})

describe('isMirrorUrl', () => {
  it.each([
    ['https://staging.mijente.net/blog/x', true],
    ['https://sub.goldberglawma.com/x', true],
    ['https://mijente.net/blog/x', false],
    ['not a url', false],
  ])('%s is a mirror: %s', (url, expected) => {
    expect(isMirrorUrl(url)).toBe(expected)
  })
})

describe('isRealPartialDate', () => {
  it.each([
    ['2019', true],
    ['2019-12', true],
    ['2020-02-29', true],
    ['2019-02-29', false],
    ['2019-13', false],
    ['19-01-01', false],
  ])('%s is real: %s', (date, expected) => {
    expect(isRealPartialDate(date)).toBe(expected)
  })
})

describe('dataAsOf', () => {
  it('is the newest publication date, however precise', () => {
    expect(dataAsOf([{ date: '2019-08-08' }, { date: '2025-09' }, { date: '2025' }])).toBe('2025-09')
  })
  it('is null with no sources', () => {
    expect(dataAsOf([])).toBeNull()
  })
})
