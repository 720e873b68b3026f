import { renderHook } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { ivvWeightFile, position as pltrPosition } from '../../domain/holdings/fixtures'
import type { Position } from '../../domain/holdings/parse'
import { STORAGE_KEYS } from '../storageKeys'
import { storageProblemDismissed, useStorageProblems } from '../storageHealth'
import { MAX_SAVED_POSITIONS, migratePortfolioState, portfolioStoreForTests, portfolioTooLarge } from './portfolioStore'

const position = pltrPosition({ ticker: 'PLTR', quantity: 1, valueCents: 2500 })

const added = {
  currency: { code: null, source: { kind: 'none' as const } },
  rates: {},
  classes: {},
  heldYears: null,
}

const valid = {
  label: 'x.csv',
  source: 'file' as const,
  acceptedAt: '2026-11-23T00:00:00.000Z',
  positions: [position],
  statedTotal: null,
  rowsLeftOut: 0,
  ...added,
}

function problems() {
  return renderHook(() => useStorageProblems(STORAGE_KEYS.portfolio)).result.current
}

beforeEach(() => {
  for (const [key] of problems()) storageProblemDismissed(key)
})

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
        ...added,
      },
      fundFiles: [],
    })
  })

  it('brings a version 1 portfolio to version 2: positions get a currency, the account currency is not assumed', () => {
    const v1Position: Partial<Position> = { ...position }
    delete v1Position.currency
    delete v1Position.securityType
    const v1 = {
      label: 'v1.csv',
      source: 'paste' as const,
      acceptedAt: '2026-11-23T00:00:00.000Z',
      positions: [v1Position],
      statedTotal: null,
      rowsLeftOut: 2,
    }
    expect(migratePortfolioState({ portfolio: v1 }, 1)).toEqual({
      portfolio: { ...v1, positions: [position], ...added },
      fundFiles: [],
    })
  })

  it('moves version 2 class choices for securities known by name to version 3’s keys, so none is lost', () => {
    const byName = pltrPosition({ line: 3, name: 'Acme Holdings Inc. Registered Shares', valueCents: 100 })
    const v2 = {
      ...valid,
      positions: [position, byName],
      classes: { 'ticker:PLTR': 'company' as const, 'name:acme holdings registered shares': 'other-company' as const },
    }
    expect(migratePortfolioState({ portfolio: v2, fundFiles: [] }, 2).portfolio?.classes).toEqual({
      'ticker:PLTR': 'company',
      'name:acme holdings': 'other-company',
    })
  })

  it('reads version 3’s CUSIPs without their spreadsheet-dropped zeros and its accented names as version 4 does, moving their class choices', () => {
    const apple = pltrPosition({ line: 3, ticker: null, cusip: '37833100', name: 'APPLE INC', valueCents: 100 })
    const bank = pltrPosition({ line: 4, name: 'Société Générale S.A.', valueCents: 100 })
    // Two names version 3 gave one key ("m ller"): each keeps the choice.
    const mueller = pltrPosition({ line: 5, name: 'Müller AG', valueCents: 100 })
    const moeller = pltrPosition({ line: 6, name: 'Møller AG', valueCents: 100 })
    const v3 = {
      ...valid,
      positions: [position, apple, bank, mueller, moeller],
      classes: {
        'ticker:PLTR': 'company' as const,
        'cusip:37833100': 'other-company' as const,
        'name:soci t g n rale': 'holder' as const,
        'name:m ller': 'other-company' as const,
        // A choice for a security of an earlier import, not in the saved positions.
        'cusip:2824100': 'other-company' as const,
      },
    }
    const file = ivvWeightFile({
      id: 'fund:37833100',
      appliesTo: { isins: [], cusips: ['37833100'], tickers: [], names: [] },
    })
    const named = ivvWeightFile({
      id: 'fund:soci t g n rale',
      appliesTo: { isins: [], cusips: [], tickers: [], names: ['Société Générale S.A.'] },
    })
    const v4 = migratePortfolioState({ portfolio: v3, fundFiles: [file, named, ivvWeightFile()] }, 3)
    expect(v4.portfolio?.positions.map((p) => p.cusip)).toEqual([null, '037833100', null, null, null])
    expect(v4.portfolio?.classes).toEqual({
      'ticker:PLTR': 'company',
      'cusip:037833100': 'other-company',
      'cusip:002824100': 'other-company',
      'name:societe generale': 'holder',
      'name:muller': 'other-company',
      'name:moller': 'other-company',
    })
    // Adding the fund's file again (id fund:037833100) now replaces the saved one.
    expect(v4.fundFiles.map((f) => [f.id, f.appliesTo.cusips])).toEqual([
      ['fund:037833100', ['037833100']],
      ['fund:societe generale', []],
      [ivvWeightFile().id, []],
    ])
  })

  it('keeps an account currency the person chose for an earlier file, with that file’s name', () => {
    const state = {
      portfolio: { ...valid, currency: { code: 'EUR', source: { kind: 'user' as const, carriedFrom: 'october.csv' } } },
      fundFiles: [],
    }
    expect(migratePortfolioState(state, 4)).toEqual(state)
    const wrong = {
      ...state,
      portfolio: { ...valid, currency: { code: 'EUR', source: { kind: 'user', carriedFrom: 7 } } },
    }
    expect(() => migratePortfolioState(wrong, 4)).toThrow('could not be read')
  })

  it('keeps version 2 fund files, even without a portfolio', () => {
    const file = ivvWeightFile()
    expect(migratePortfolioState({ portfolio: null, fundFiles: [file] }, 2)).toEqual({
      portfolio: null,
      fundFiles: [file],
    })
  })

  it('keeps what a fund file’s weight rests on (its notes), and files saved before notes were kept', () => {
    const noted = ivvWeightFile({
      id: 'fund:QQQ',
      notes: ['The file lists Palantir Technologies at -0.1% (a short position or derivative): counted as zero.'],
    })
    const state = { portfolio: null, fundFiles: [noted, ivvWeightFile()] }
    expect(migratePortfolioState(state, 3)).toEqual(state)
    expect(() => migratePortfolioState({ portfolio: null, fundFiles: [{ ...noted, notes: [7] }] }, 3)).toThrow(
      'could not be read',
    )
  })

  it.each([null, 'text', { portfolio: { positions: 'no' } }, {}, { portfolio: { ...valid, positions: [null] } }])(
    'refuses an unreadable saved state %j, so it is kept aside',
    (saved) => {
      expect(() => migratePortfolioState(saved, 1)).toThrow('could not be read')
    },
  )
})

describe('portfolioTooLarge', () => {
  const portfolio = (n: number) => ({
    portfolio: {
      label: 'x.csv',
      source: 'file' as const,
      acceptedAt: '2026-11-23T00:00:00.000Z',
      positions: Array.from({ length: n }, () => position),
      statedTotal: null,
      rowsLeftOut: 0,
    },
  })
  it('lets a portfolio up to the limit be saved', () => {
    expect(portfolioTooLarge(portfolio(MAX_SAVED_POSITIONS))).toBeNull()
  })
  it('refuses a larger one, naming it and the limit', () => {
    expect(portfolioTooLarge(portfolio(MAX_SAVED_POSITIONS + 1))).toEqual({
      item: '“x.csv”',
      size: '5,001 positions',
      limit: '5,000 positions',
    })
  })
})

describe('the portfolio store', () => {
  const small = { ...valid, label: 'saved.csv' }
  beforeEach(() => {
    localStorage.clear()
    portfolioStoreForTests.reset()
  })

  it('keeps the previously saved portfolio when a too-large one is accepted, and says so', () => {
    localStorage.setItem(STORAGE_KEYS.portfolio, JSON.stringify({ version: 1, state: { portfolio: small } }))
    portfolioStoreForTests.rehydrate()
    expect(portfolioStoreForTests.getState().portfolio?.label).toBe('saved.csv')
    const big = {
      ...valid,
      label: 'big.csv',
      positions: Array.from({ length: MAX_SAVED_POSITIONS + 1 }, () => position),
    }
    portfolioStoreForTests.getState().actions.portfolioAccepted(big)
    expect(portfolioStoreForTests.getState().portfolio?.label).toBe('big.csv')
    expect(JSON.parse(localStorage.getItem(STORAGE_KEYS.portfolio) ?? '').state.portfolio.label).toBe('saved.csv')
    expect(problems()).toEqual([
      [
        STORAGE_KEYS.portfolio,
        { kind: 'too-large', item: '“big.csv”', size: '5,001 positions', limit: '5,000 positions', keptPrevious: true },
      ],
    ])
  })

  it('keeps a saved portfolio with a null position aside and starts without one', () => {
    const bad = JSON.stringify({ version: 1, state: { portfolio: { ...valid, positions: [null] } } })
    localStorage.setItem(STORAGE_KEYS.portfolio, bad)
    portfolioStoreForTests.rehydrate()
    expect(portfolioStoreForTests.getState().portfolio).toBeNull()
    const [entry] = problems()
    expect(entry?.[1].kind).toBe('corrupt')
    const backupKey = entry?.[1].kind === 'corrupt' ? entry[1].backupKey : ''
    expect(localStorage.getItem(backupKey)).toBe(bad)
  })

  it('moves a portfolio saved under the old key to the current one', () => {
    localStorage.setItem('red.portfolio', JSON.stringify({ version: 1, state: { portfolio: small } }))
    portfolioStoreForTests.rehydrate()
    expect(portfolioStoreForTests.getState().portfolio?.label).toBe('saved.csv')
    expect(localStorage.getItem('red.portfolio')).toBeNull()
    expect(JSON.parse(localStorage.getItem(STORAGE_KEYS.portfolio) ?? '').state.portfolio.label).toBe('saved.csv')
  })
})
