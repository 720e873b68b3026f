import { describe, expect, it } from 'vitest'
import { funds } from '../../../mocks/data/funds'
import { leversFor } from '../holdings/levers'
import { lookThrough, type TargetCompany } from '../holdings/lookthrough'
import type { Position } from '../holdings/parse'
import { leverAudiences } from './levers'

const palantir: TargetCompany = {
  id: 'palantir',
  name: 'Palantir Technologies',
  ticker: 'PLTR',
  isin: 'US69608A1088',
  cusip: '69608A108',
}

const pos = (line: number, ticker: string, valueCents: number, securityType: string | null = null): Position => ({
  line,
  kind: 'security',
  ticker,
  isin: null,
  cusip: null,
  name: null,
  quantity: null,
  valueCents,
  currency: null,
  securityType,
})

const levers = (positions: Position[], heldYears: number | null = null) => {
  const r = lookThrough(positions, palantir, funds, null, { currency: 'USD' })
  return leverAudiences(leversFor(r, palantir, { heldYears }), palantir)
}

describe('the levers as engagement audiences', () => {
  it('puts the vote to the company, a fund to its manager and a firm holding the company to that firm, each with its list', () => {
    const out = levers([pos(2, 'PLTR', 375_000), pos(3, 'STLX', 2_000_000, 'ETF'), pos(4, 'BLK', 800_000)], 3)
    expect(out.map((a) => [a.key, a.audience, a.recipient, a.heading])).toEqual([
      ['vote:Palantir Technologies', 'company', 'Palantir Technologies', 'Vote your shares: Palantir Technologies'],
      [
        'engage-manager:Sample Technology Leaders ETF',
        'asset manager',
        'The manager of Sample Technology Leaders ETF',
        'Engage the fund’s manager: Sample Technology Leaders ETF',
      ],
      [
        'engage-holder:BlackRock, Inc.',
        'asset manager',
        'BlackRock, Inc.',
        'Engage a firm holding the company, as its shareholder: BlackRock, Inc.',
      ],
    ])
    expect(out[0]?.holding).toBe(
      'Vote your $3,750.00 of PLTR shares at Palantir Technologies’ annual meeting, and consider a shareholder proposal. (line 2 of your portfolio)',
    )
    expect(out[0]?.asks).toEqual([
      'Vote your shares at Palantir Technologies’ annual meeting, and say how you voted and why.',
      'File a shareholder proposal asking Palantir Technologies to publish what the questions below ask for. Rule 14a-8(b): $3,750.00 held for 3 years: meets the threshold of $2,000.00 for 3 years, so the holding is enough to submit a shareholder proposal.',
      'Put the questions for the company to Palantir Technologies before the meeting; if they go unanswered, vote against the directors responsible.',
    ])
    expect(out[1]?.asks[0]).toBe(
      'Ask how it voted its PLTR shares at Palantir Technologies’ recent annual meetings, from its proxy voting record (Form N-PX for US funds).',
    )
    expect(out[2]?.asks[0]).toBe(
      'As a shareholder of BlackRock, Inc., ask how it votes its PLTR shares and engages Palantir Technologies, for itself and for its clients.',
    )
  })

  it('says co-filing is the route below the Rule 14a-8 thresholds, and asks for the holding period when it is not given', () => {
    expect(levers([pos(2, 'PLTR', 100_000)], 1)[0]?.asks[1]).toBe(
      'Co-file a shareholder proposal with other shareholders. Rule 14a-8(b): $1,000.00 held for 1 year: below the thresholds ($2,000 for 3 years, $15,000 for 2, $25,000 for 1); co-filing with other shareholders is the route.',
    )
    expect(levers([pos(2, 'PLTR', 100_000)])[0]?.asks[1]).toBe(
      'Whether you can file a shareholder proposal alone is not known yet. Rule 14a-8(b): Enter how long the shares have been held to check the thresholds.',
    )
  })

  it('lists one manager per fund however many lines hold it, and gives no lever for a short position or no exposure', () => {
    const out = levers([pos(2, 'STLX', 1_000_000, 'ETF'), pos(5, 'STLX', 500_000, 'ETF'), pos(6, 'PLTR', -100_000)])
    expect(out.map((a) => a.key)).toEqual(['engage-manager:Sample Technology Leaders ETF'])
    expect(out[0]?.holding).toMatch(/\(lines 2, 5 of your portfolio\)$/)
    expect(levers([pos(2, 'MSFT', 100_000, 'Stock')])).toEqual([])
  })
})
