import { describe, expect, it } from 'vitest'
import { dollarsAndEuros, ivvWeightFile, palantirTarget as palantir, position } from '../holdings/fixtures'
import { leversFor } from '../holdings/levers'
import { lookThrough } from '../holdings/lookthrough'
import { buildBriefing } from './build'
import type { Block } from './document'
import { holdingsForBriefing } from './holdings'
import { holdingsBlocks } from './sections'

const files = [
  ivvWeightFile(),
  ivvWeightFile({
    id: 'fund:EXS1',
    fileName: 'EXS1_holdings.xlsx',
    fundName: 'iShares Core DAX UCITS ETF',
    fundTicker: 'EXS1',
    asOf: '',
    weight: 0,
    found: false,
    matchedBy: null,
    appliesTo: { isins: [], cusips: [], tickers: ['EXS1'], names: [] },
    sheet: 'Holdings',
    notes: ['Not checked: the file does not name its fund, so make sure this is the holdings file of EXS1.'],
  }),
]

const positions = [
  position({ ticker: 'PLTR', valueCents: 500_000 }),
  position({ ticker: 'PLTR', valueCents: -200_000, quantity: -10 }),
  position({ ticker: 'IVV', valueCents: 1_000_000, securityType: 'ETF' }),
  position({ ticker: 'EXS1', valueCents: 300_000, securityType: 'ETF' }),
  position({ kind: 'cash', name: 'Cash', valueCents: 400_000 }),
]

const input = () => {
  const r = lookThrough(positions, palantir, [], null, { currency: 'EUR', fundFiles: files })
  return holdingsForBriefing('Broker export', r, leversFor(r, palantir))
}

const texts = (blocks: Block[]) =>
  blocks.flatMap((b) =>
    b.kind === 'paragraph' ? [b.text] : b.kind === 'list' ? b.items.map((i) => `- ${i.text}`) : [],
  )

describe('the holdings section of the briefing', () => {
  it('keeps the short side apart: net, gross and short exposure in cents', () => {
    expect(input()).toMatchObject({
      currency: 'EUR',
      totalCents: 2_000_000,
      directCents: 300_000,
      indirectCents: 4_500,
      exposureCents: 304_500,
      grossExposureCents: 704_500,
      shortExposureCents: -200_000,
    })
  })

  it('names every fund file used with its "as of" date, and the positions table says where each weight comes from', () => {
    const h = input()
    expect(h.fundFiles).toEqual([
      {
        fund: 'iShares Core S&P 500 ETF',
        file: 'IVV_holdings.csv',
        asOf: '2026-11-28',
        weight: 'company weight 0.45% (found by ticker PLTR)',
        notes: [],
      },
      {
        fund: 'iShares Core DAX UCITS ETF',
        file: 'EXS1_holdings.xlsx (sheet “Holdings”)',
        asOf: '',
        weight: 'no line of the company’s shares found (a weight of zero; see the notes)',
        notes: ['Not checked: the file does not name its fund, so make sure this is the holdings file of EXS1.'],
      },
    ])
    expect(h.rows).toEqual([
      { position: 'PLTR', route: 'Direct holding', valueCents: 500_000, share: 0.25 },
      {
        position: 'IVV',
        route: "iShares Core S&P 500 ETF (issuer's file, as of 28 Nov 2026), weight 0.45%",
        valueCents: 4_500,
        share: 0.00225,
      },
      { position: 'PLTR (short)', route: 'Direct holding', valueCents: -200_000, share: -0.1 },
    ])
  })

  it('prints the fund files with their dates and what to know about each weight, and the net and gross line', () => {
    expect(texts(holdingsBlocks(input(), () => []))).toEqual([
      'Portfolio "Broker export": €20,000.00 in all, including cash (€16,000.00 without cash).',
      'Direct €3,000.00 (15.00%), indirect €45.00 (0.22%), total €3,045.00 (15.22% of the portfolio of €20,000.00), in EUR.',
      'Short positions: net exposure €3,045.00 (15.22%, long minus short); gross exposure €7,045.00 (35.23%, long plus short), of which -€2,000.00 short.',
      "Coverage: 100.00% of the portfolio's value was looked through. Every position was looked through.",
      "Fund weights from the issuers' holdings files (2 files):",
      '- iShares Core S&P 500 ETF: IVV_holdings.csv, as of 28 Nov 2026; company weight 0.45% (found by ticker PLTR).',
      '- iShares Core DAX UCITS ETF: EXS1_holdings.xlsx (sheet “Holdings”), the file states no "as of" date; no line of the company’s shares found (a weight of zero; see the notes). Not checked: the file does not name its fund, so make sure this is the holdings file of EXS1.',
      '- Vote your €5,000.00 of PLTR shares at Palantir Technologies’ annual meeting, and consider a shareholder proposal. Rule 14a-8(b): The thresholds are in US dollars and this holding is in EUR: enter a rate for USD to check them.',
      '- Engage the manager of iShares Core S&P 500 ETF: ask how it votes its PLTR shares (its proxy voting record, Form N-PX for US funds) and how it weighs the human-rights risk.',
    ])
  })

  it('says nothing of shorts or fund files when there are none', () => {
    const r = lookThrough([position({ ticker: 'PLTR', valueCents: 100_000 })], palantir, [], null, { currency: 'USD' })
    const text = texts(holdingsBlocks(holdingsForBriefing('Plain', r), () => []))
    expect(text.some((t) => t.startsWith('Short positions'))).toBe(false)
    expect(text.some((t) => t.startsWith('Fund weights'))).toBe(false)
  })

  it('never reports a zero where the company’s shares are of unknown size, nor dollars for an unstated currency', () => {
    const r = lookThrough(
      [
        position({ line: 2, ticker: 'PLTR', quantity: 10, valueCents: null }),
        position({ line: 3, ticker: 'MSFT', valueCents: 100_000, securityType: 'Stock' }),
      ],
      palantir,
      [],
      null,
      { currency: null },
    )
    const text = texts(holdingsBlocks(holdingsForBriefing('No currency', r), () => []))
    expect(text).toContain(
      "Direct 0.00 (currency not stated) (0.00%), indirect 0.00 (currency not stated) (0.00%), total 0.00 (currency not stated) (0.00% of the portfolio of 1,000.00 (currency not stated)), in a currency the file does not state. Not in these figures: 1 position in the company's own shares of unknown size (no usable value, no rate, or a row left out for a problem).",
    )
    expect(text).toContain("Coverage: 100.00% of the portfolio's value was looked through.")
    expect(text.join(' ')).not.toContain('Every position was looked through')
    expect(text.join(' ')).not.toContain('$')
  })

  it('says which currencies were left out for want of a rate', () => {
    const r = lookThrough(dollarsAndEuros(), palantir, [], null, { currency: 'EUR' })
    const text = texts(holdingsBlocks(holdingsForBriefing('Euro account', r), () => []))
    expect(text).toContain(
      "Coverage: 100.00% of the portfolio's value was looked through. Positions in USD are left out of every sum: no rate to EUR was given.",
    )
    // The share is of the euros alone: said so, not called a share of the portfolio.
    expect(text.join(' ')).toMatch(/\(0\.00% of the €[\d,.]+ counted so far; positions in USD are in no sum\)/)
    expect(text.join(' ')).not.toContain('of the portfolio of')
  })

  it('says no total could be counted, and coverage not measured, when every amount waits for a currency', () => {
    const r = lookThrough(dollarsAndEuros(), palantir, [], null, { currency: null })
    const h = holdingsForBriefing('Two currencies', r, leversFor(r, palantir))
    const text = texts(holdingsBlocks(h, () => []))
    expect(text.join(' ')).toContain('total 0.00 (currency not stated) (no portfolio total could be counted)')
    expect(text.join(' ')).toContain('Coverage not measured.')
    expect(text.join(' ')).not.toContain('Coverage: 0.00%')
    expect(h.levers[0]).toContain('Vote your PLTR shares (of a size not yet known)')
  })

  it('puts the net and gross line on the first page too', () => {
    const doc = buildBriefing(
      {
        company: { name: 'Palantir Technologies', ticker: 'PLTR', exchange: 'NYSE' },
        assessmentName: 'Q4',
        date: '2026-12-02',
        sources: [],
        score: null,
        checklist: null,
        contracts: { error: 'x' },
        arrests: { error: 'x' },
        claims: { error: 'x' },
        engagement: null,
        holdings: input(),
        method: [],
      },
      new Set(['decision']),
    )
    const fact = doc.sections[0]?.blocks.find((b) => b.kind === 'fact' && b.label === 'Portfolio exposure')
    expect(fact?.kind === 'fact' && fact.text).toContain(
      'Short positions: net exposure €3,045.00 (15.22%, long minus short); gross exposure €7,045.00 (35.23%, long plus short), of which -€2,000.00 short.',
    )
  })
})
