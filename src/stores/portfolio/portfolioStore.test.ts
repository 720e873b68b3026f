import { describe, expect, it } from 'vitest'
import type { Position } from '../../domain/holdings/parse'
import { MAX_SAVED_POSITIONS, migratePortfolioState, partializePortfolioState } from './portfolioStore'

const position: Position = {
  line: 2,
  kind: 'security',
  ticker: 'PLTR',
  isin: null,
  cusip: null,
  name: null,
  quantity: 1,
  valueCents: 2500,
}

describe('migratePortfolioState', () => {
  it('brings a version 0 portfolio to the current shape', () => {
    expect(migratePortfolioState({ portfolio: { label: 'old.csv', positions: [position] } }, 0)).toEqual({
      portfolio: {
        label: 'old.csv',
        source: 'file',
        acceptedAt: '1970-01-01T00:00:00.000Z',
        positions: [position],
        statedTotal: null,
        rowsLeftOut: 0,
      },
    })
  })

  it.each([null, 'text', { portfolio: { positions: 'no' } }, {}])('drops an unreadable saved state %j', (saved) => {
    expect(migratePortfolioState(saved, 0)).toEqual({ portfolio: null })
  })
})

describe('partializePortfolioState', () => {
  const portfolio = (n: number) => ({
    label: 'x.csv',
    source: 'file' as const,
    acceptedAt: '2026-11-23T00:00:00.000Z',
    positions: Array.from({ length: n }, () => position),
    statedTotal: null,
    rowsLeftOut: 0,
  })
  it('saves a portfolio up to the size limit', () => {
    expect(partializePortfolioState({ portfolio: portfolio(2) }).portfolio?.positions).toHaveLength(2)
  })
  it('does not save a larger portfolio', () => {
    expect(partializePortfolioState({ portfolio: portfolio(MAX_SAVED_POSITIONS + 1) })).toEqual({ portfolio: null })
  })
})
