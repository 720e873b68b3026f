import { act, renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { position } from '../../domain/holdings/fixtures'
import { withQueryClient } from '../../test/render'
import { usePortfolioActions } from './portfolioStore'
import { usePortfolioExposure } from './usePortfolioExposure'
import { acceptedPortfolio } from '../../test/portfolio'

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
      result.current.actions.portfolioAccepted(
        acceptedPortfolio({
          label: 'mine.csv',
          positions: [
            position({ ticker: 'PLTR', quantity: 4, valueCents: 10_000 }),
            position({ ticker: 'STLX', quantity: 1, valueCents: 40_000 }),
          ],
        }),
      ),
    )
    await waitFor(() => expect(result.current.exposure.status).toBe('ready'))
    const exposure = result.current.exposure
    expect(exposure.status === 'ready' && [exposure.result.directCents, exposure.result.indirectCents]).toEqual([
      10_000, 1_000,
    ])
    act(() => result.current.actions.portfolioCleared())
  })
})
