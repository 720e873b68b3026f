import { describe, expect, it } from 'vitest'
import { funds } from '../../../mocks/data/funds'
import { palantirTarget as palantir, position as pos } from './fixtures'
import { leversFor } from './levers'
import { lookThrough } from './lookthrough'

describe('levers for short positions', () => {
  it('gives no vote, no fund-manager engagement and no shareholder route for shares or funds held short', () => {
    const r = lookThrough(
      [
        pos({ line: 2, ticker: 'PLTR', quantity: -10, valueCents: -100_000 }),
        pos({ line: 3, ticker: 'STLX', quantity: -5, valueCents: -200_000 }),
        pos({ line: 4, ticker: 'BLK', quantity: -10, valueCents: -500_000 }),
        pos({ line: 5, ticker: 'SUTMX', quantity: 100, valueCents: 1_000_000 }),
      ],
      palantir,
      funds,
      null,
      { currency: 'USD' },
    )
    expect(r.holders.map((h) => [h.security, h.positionCents])).toEqual([['BLK', -500_000]])
    expect(leversFor(r, palantir).map((l) => [l.kind, l.lines])).toEqual([['engage-manager', [5]]])
  })
})
