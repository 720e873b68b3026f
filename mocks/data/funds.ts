import type { Constituent, Fund } from '../../src/domain/holdings/schema'

/*
 * Holdings data for the look-through. Facts from the sources: the Investor Alliance for Human
 * Rights, as Reuters reported it (22 Nov 2019, seed 000), named BlackRock, Allianz and Alger as
 * publicly traded investors in (then private) Palantir.
 * Everything else here (fund names, constituents, weights, dates) is ILLUSTRATIVE: every record
 * is `sample: true` and the app labels it "Sample data" wherever it appears.
 */

const palantir = (weight: number): Constituent => ({
  name: 'Palantir Technologies Inc.',
  ticker: 'PLTR',
  isin: 'US69608A1088',
  cusip: '69608A108',
  weight,
})
const other = (name: string, weight: number): Constituent => ({ name, ticker: null, isin: null, cusip: null, weight })
/** What Reuters reported the Investor Alliance said, per firm: named as an investor, nothing about the size of the stake. */
const namedByReuters = (firm: string) => ({
  text: `The Investor Alliance for Human Rights, as Reuters reported it (22 Nov 2019), names ${firm} among the publicly traded investors in Palantir, then privately held.`,
  sourceIds: ['reuters-2019-11-22'],
})

export const funds: Fund[] = [
  {
    id: 'blackrock',
    name: 'BlackRock, Inc.',
    kind: 'listed-firm',
    tickers: ['BLK'],
    isins: ['US09247X1019', 'US09290D1019'],
    cusips: ['09247X101', '09290D101'],
    names: ['BlackRock Inc', 'BlackRock'],
    sample: true,
    asOf: '2026-09-30',
    constituents: [palantir(0.004), other('Other holdings (sample)', 0.996)],
    facts: [namedByReuters('BlackRock')],
  },
  {
    id: 'allianz',
    name: 'Allianz SE',
    kind: 'listed-firm',
    tickers: ['ALV', 'ALIZY', 'ALIZF'],
    isins: ['DE0008404005'],
    cusips: [],
    names: ['Allianz SE', 'Allianz'],
    sample: true,
    asOf: '2026-09-30',
    constituents: [palantir(0.002), other('Other holdings (sample)', 0.998)],
    facts: [namedByReuters('Allianz')],
  },
  {
    id: 'alger-sample-growth',
    name: 'Alger Sample Growth Fund',
    kind: 'fund',
    tickers: [],
    isins: [],
    cusips: [],
    names: ['Alger Sample Growth Fund'],
    sample: true,
    asOf: '2026-09-30',
    constituents: [palantir(0.03), other('Other holdings (sample)', 0.97)],
    facts: [namedByReuters('Alger')],
  },
  {
    id: 'sample-tech-leaders',
    name: 'Sample Technology Leaders ETF',
    kind: 'fund',
    tickers: ['STLX'],
    isins: ['XS000SMPL015'],
    cusips: [],
    names: ['Sample Technology Leaders ETF'],
    sample: true,
    asOf: '2026-09-30',
    constituents: [palantir(0.025), other('Other holdings (sample)', 0.975)],
    facts: [],
  },
  {
    id: 'sample-total-market',
    name: 'Sample US Total Market Index Fund',
    kind: 'fund',
    tickers: ['SUTMX'],
    isins: ['XS000SMPL023'],
    cusips: [],
    names: ['Sample US Total Market Index Fund'],
    sample: true,
    asOf: '2026-09-30',
    constituents: [palantir(0.0018), other('Other holdings (sample)', 0.9982)],
    facts: [],
  },
  {
    id: 'sample-dividend-income',
    name: 'Sample Dividend Income Fund',
    kind: 'fund',
    tickers: ['SDIVX'],
    isins: [],
    cusips: ['99SMPL019'],
    names: ['Sample Dividend Income Fund'],
    sample: true,
    asOf: '2026-09-30',
    constituents: [other('Other holdings (sample)', 1)],
    facts: [],
  },
]
