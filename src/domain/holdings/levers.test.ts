import { describe, expect, it } from 'vitest'
import { funds } from '../../../mocks/data/funds'
import { dollarsAndEuros, palantirTarget as palantir, position as pos } from './fixtures'
import { leversFor, proposalEligibility } from './levers'
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

describe('levers for the company’s shares of unknown size', () => {
  it('still gives the vote for shares not yet weighed, and no threshold answer until they are', () => {
    const r = lookThrough(
      [
        pos({ line: 2, ticker: 'PLTR', valueCents: 100_000, currency: 'USD' }),
        pos({ line: 3, ticker: 'PLTR', valueCents: 500_000, currency: 'CHF' }),
      ],
      palantir,
      funds,
      null,
      { currency: 'USD' },
    )
    const [vote] = leversFor(r, palantir, { heldYears: 3 })
    expect(vote?.lines).toEqual([2, 3])
    expect(vote?.text).toBe(
      'Vote your $1,000.00 of PLTR shares (and more of a size not yet known) at Palantir Technologies’ annual meeting, and consider a shareholder proposal.',
    )
    expect(vote?.proposal).toEqual({
      status: 'unknown',
      text: 'Some of your PLTR shares are of a size not yet known (see Holdings): weigh them to check the thresholds.',
    })
  })

  it('answers the thresholds from what is known when that is already enough', () => {
    const r = lookThrough(
      [
        pos({ line: 2, ticker: 'PLTR', valueCents: 3_000_000, currency: 'USD' }),
        pos({ line: 3, ticker: 'PLTR', quantity: 10, valueCents: null }),
      ],
      palantir,
      funds,
      null,
      { currency: 'USD' },
    )
    expect(leversFor(r, palantir, { heldYears: 1 })[0]?.proposal?.status).toBe('meets')
  })

  it('gives the vote for shares with no account currency, and says to choose it for the thresholds', () => {
    const r = lookThrough(dollarsAndEuros(), palantir, funds, null, { currency: null })
    const levers = leversFor(r, palantir, { heldYears: 3 })
    expect(levers.map((l) => [l.kind, l.text])).toEqual([
      [
        'vote',
        'Vote your PLTR shares (of a size not yet known) at Palantir Technologies’ annual meeting, and consider a shareholder proposal.',
      ],
    ])
  })
})

describe('Rule 14a-8 without an account currency', () => {
  it('says to choose the account currency, not to enter a rate the page cannot ask for', () => {
    expect(proposalEligibility(100_000, null, {}, 3)).toEqual({
      status: 'unknown',
      text: 'The thresholds are in US dollars and the file does not state which currency this holding is in: choose the account currency on Holdings (and, if it is not USD, a rate for USD) to check them.',
    })
  })
})
