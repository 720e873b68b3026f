import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node'
import { renderWithClient } from '../../test/render'
import { OverviewPage } from './OverviewPage'

function renderOverview() {
  return renderWithClient(<OverviewPage companyId="palantir" />)
}

describe('OverviewPage', () => {
  it('shows the headline figures from the data layer with their sources', async () => {
    renderOverview()
    const figures = await screen.findByRole('list', { name: 'Headline figures' })
    expect(within(figures).getByText('over $200M')).toBeInTheDocument()
    expect(within(figures).getByText('44,069')).toBeInTheDocument()
    expect(within(figures).getByText('of which 1,525 (3.5%) were worksite administrative arrests')).toBeInTheDocument()
    expect(within(figures).getByText('680 arrested')).toBeInTheDocument()
    const iahr = await within(figures).findByRole('link', { name: /Human rights risk briefing/ })
    expect(iahr).toHaveAttribute(
      'href',
      'https://investorsforhumanrights.org/investors-engaging-palantir-on-human-rights-risks',
    )
    expect(await screen.findByText('(NYSE: PLTR)')).toBeInTheDocument()
  })

  it('lists the timeline in date order', async () => {
    renderOverview()
    const times = await screen.findAllByRole('time')
    const dates = times.map((t) => t.getAttribute('datetime') ?? '')
    expect(dates[0]).toBe('2011')
    expect([...dates].sort()).toEqual(dates)
  })

  it('shows an error with a Retry that recovers', async () => {
    let fail = true
    server.use(
      http.get('/api/arrests', () => (fail ? HttpResponse.json({ message: 'no' }, { status: 404 }) : undefined)),
    )
    renderOverview()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not load the headline figures')
    fail = false
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByText('44,069')).toBeInTheDocument()
  })
})
