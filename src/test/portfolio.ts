import type { AcceptedPortfolio } from '../stores/portfolio/portfolioStore'

/** An accepted portfolio for tests: a file in dollars, nothing left out, no choices made; override what a test needs. */
export function acceptedPortfolio(overrides: Partial<AcceptedPortfolio> = {}): AcceptedPortfolio {
  return {
    label: 'broker.csv',
    source: 'file',
    acceptedAt: '2026-12-03T08:00:00.000Z',
    positions: [],
    statedTotal: null,
    rowsLeftOut: 0,
    currency: { code: 'USD', source: { kind: 'symbols' } },
    rates: {},
    classes: {},
    heldYears: null,
    ...overrides,
  }
}
