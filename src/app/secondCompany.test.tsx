import { act, screen, within } from '@testing-library/react'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { claims } from '../../mocks/data/claims'
import { companies } from '../../mocks/data/companies'
import { sources } from '../../mocks/data/sources'
import { timeline } from '../../mocks/data/timeline'
import { server } from '../../mocks/node'
import type { Claim } from '../domain/claims/schema'
import type { Company } from '../domain/company/schema'
import type { Source } from '../domain/sources/schema'
import type { TimelineEvent } from '../domain/timeline/schema'
import { renderWithClient } from '../test/render'
import { App } from './App'
import { views } from './navigation'
import { routes } from './routes'

// A second, clearly fictional company added to the data layer's fixtures the way a new case would
// be: nothing in src/ changes. Every view must open for it and ask only for its data.
const source: Source = {
  id: 'fictional-northwind-report',
  title: 'Northwind Analytics annual report (fictional test data)',
  publisher: 'Northwind Analytics (fictional)',
  date: '2026-01-15',
  url: null,
  tier: 'company statement',
  confidence: 'low',
  retrieved: '2026-12-01',
}
const company: Company = {
  id: 'northwind',
  name: 'Northwind Analytics',
  ticker: 'NWND',
  exchange: 'TEST',
  isin: null,
  summary: 'A fictional analytics company used to test that the dashboard works for a second case.',
  sourceIds: [source.id],
}
const claim: Claim = {
  id: 'northwind-no-data-sharing',
  companyId: company.id,
  statement: 'We never share case data with enforcement agencies.',
  statementKind: 'paraphrase',
  statedBy: 'Northwind Analytics',
  statedOn: '2026-01-15',
  statementSourceIds: [source.id],
  counterEvidence: [{ text: 'A fictional contract says otherwise.', sourceIds: [source.id] }],
  status: 'unverified',
  statusReason: 'Fictional test data.',
  checklistItemIds: ['A1'],
  confidence: 'low',
}
const event: TimelineEvent = {
  id: 'northwind-founded',
  companyId: company.id,
  date: '2026',
  kind: 'corporate',
  title: 'Northwind Analytics founded (fictional)',
  confidence: 'low',
  sourceIds: [source.id],
}

function added<T>(list: T[], item: T): () => void {
  list.push(item)
  return () => void list.splice(list.indexOf(item), 1)
}

const removals: (() => void)[] = []
const requested: string[] = []
beforeAll(async () => {
  // jsdom has no matchMedia; the charts ask it whether the screen is narrow.
  window.matchMedia ??= (query: string) =>
    ({ matches: false, media: query, addEventListener() {}, removeEventListener() {} }) as unknown as MediaQueryList
  // The views' code, loaded before the clock starts (it is transformed on first import here).
  await Promise.all(routes.map((r) => r.preload()))
  removals.push(added(sources, source), added(companies, company), added(claims, claim), added(timeline, event))
  server.events.on('request:start', ({ request }) => void requested.push(new URL(request.url).pathname))
})
afterAll(() => {
  removals.forEach((remove) => remove())
  server.events.removeAllListeners()
})
beforeEach(() => {
  localStorage.clear()
  requested.length = 0
})

/** What each view shows of the second company once its data has arrived. */
const expectations: Record<string, () => Promise<unknown>> = {
  Overview: () => screen.findByText('Northwind Analytics founded (fictional)'),
  Checklist: () => screen.findByRole('button', { name: 'Start an assessment of Northwind Analytics' }),
  Contracts: () => screen.findByText('No contract awards are recorded for this company.'),
  Arrests: () => screen.findAllByRole('figure'),
  Claims: () => screen.findByText('We never share case data with enforcement agencies.'),
  Engagement: () => screen.findByText(/We never share case data with enforcement agencies/),
  Holdings: () => screen.findByLabelText('Portfolio CSV file'),
  Briefing: () => screen.findAllByText(/Northwind Analytics/),
  Sources: () => screen.findByText(/Northwind Analytics annual report/),
}

describe('a second company in the data layer', () => {
  it.each(views.map((v) => [v.label, v.path]))(
    'opens the %s view for it, asking only for its data',
    async (label, path) => {
      await act(async () => {
        renderWithClient(<App />, { url: `${path}?company=${company.id}` })
      })
      expect(await screen.findByRole('heading', { level: 1, name: label }, { timeout: 5000 })).toBeInTheDocument()
      const expectation = expectations[label]
      expect(expectation, `an expectation for ${label}`).toBeDefined()
      await expectation!()
      expect(within(screen.getByRole('banner')).getByText('Case: Northwind Analytics')).toBeInTheDocument()
      expect(requested.filter((p) => p.includes('/companies/palantir'))).toEqual([])
      expect(screen.queryByText(/Could not (show|load)/)).not.toBeInTheDocument()
    },
    15_000,
  )
})
