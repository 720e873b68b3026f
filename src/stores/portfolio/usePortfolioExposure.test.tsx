import { act, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { position } from '../../domain/holdings/fixtures'
import { withQueryClient } from '../../test/render'
import { usePortfolioActions } from './portfolioStore'
import { usePortfolioExposure } from './usePortfolioExposure'

describe('usePortfolioExposure', () => {
  it('says there is no portfolio until one is accepted, then derives its exposure', async () => {
    const { result } = renderHook(
      () => ({ exposure: usePortfolioExposure('palantir'), actions: usePortfolioActions() }),
      {
        wrapper: withQueryClient(),
      },
    )
    act(() => result.current.actions.portfolioCleared())
    expect(result.current.exposure).toEqual({ status: 'no-portfolio' })
    act(() =>
      result.current.actions.portfolioAccepted({
        label: 'mine.csv',
        source: 'file',
        acceptedAt: '2026-11-23T10:00:00.000Z',
        positions: [
          position({ ticker: 'PLTR', quantity: 4, valueCents: 10_000 }),
          position({ ticker: 'STLX', quantity: 1, valueCents: 40_000 }),
        ],
        statedTotal: null,
        rowsLeftOut: 0,
        currency: { code: 'USD', source: { kind: 'symbols' } },
        rates: {},
        classes: {},
        heldYears: null,
      }),
    )
    await waitFor(() => expect(result.current.exposure.status).toBe('ready'))
    const exposure = result.current.exposure
    expect(exposure.status === 'ready' && [exposure.result.directCents, exposure.result.indirectCents]).toEqual([
      10_000, 1_000,
    ])
    act(() => result.current.actions.portfolioCleared())
  })
})
