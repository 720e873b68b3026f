import { act, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { AccountCurrency } from '../../domain/holdings/currency'
import { position } from '../../domain/holdings/fixtures'
import type { Position } from '../../domain/holdings/parse'
import { portfolioStoreForTests } from '../../stores/portfolio/portfolioStore'
import { acceptedPortfolio } from '../../test/portfolio'
import { renderWithClient } from '../../test/render'
import { HoldingsEvidence } from './HoldingsEvidence'

function accept(positions: Position[], currency: AccountCurrency) {
  act(() =>
    portfolioStoreForTests
      .getState()
      .actions.portfolioAccepted(acceptedPortfolio({ label: 'depot.csv', positions, currency })),
  )
}

afterEach(() => act(() => portfolioStoreForTests.getState().actions.portfolioCleared()))

describe('HoldingsEvidence on the checklist', () => {
  it('gives a euro account’s exposure in euros, not dollars', async () => {
    accept(
      [
        position({ ticker: 'PLTR', valueCents: 100_000, currency: 'EUR' }),
        position({ ticker: 'SAP', valueCents: 900_000, currency: 'EUR', securityType: 'Stock' }),
      ],
      { code: 'EUR', source: { kind: 'currency-column', header: 'Currency' } },
    )
    renderWithClient(<HoldingsEvidence companyId="palantir" />)
    const text = await screen.findByText(/From your holdings/)
    expect(text.textContent).toContain('direct exposure €1,000.00 (10.00%), indirect €0.00 (0.00%)')
    expect(text.textContent).not.toContain('$')
  })

  it('names the company’s shares of unknown size instead of a bare zero', async () => {
    accept(
      [
        position({ ticker: 'PLTR', quantity: 10, valueCents: null }),
        position({ ticker: 'MSFT', valueCents: 100_000, securityType: 'Stock' }),
      ],
      { code: 'USD', source: { kind: 'symbols' } },
    )
    renderWithClient(<HoldingsEvidence companyId="palantir" />)
    const text = await screen.findByText(/From your holdings/)
    expect(text.textContent).toContain('direct exposure $0.00 (0.00%) plus 1 position in its shares of unknown size')
  })
})
