import { renderHook, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node'
import { assessmentsStoreForTests, useAssessmentActions } from '../../stores/assessments/assessmentsStore'
import { createTestQueryClient, renderWithClient } from '../../test/render'
import ChecklistPage from './ChecklistPage'

function renderPage() {
  return renderWithClient(<ChecklistPage />, { client: createTestQueryClient({ retry: false }) })
}

beforeEach(() => {
  assessmentsStoreForTests.reset()
  localStorage.clear()
  window.history.replaceState(null, '', '/checklist')
})

describe('ChecklistPage', () => {
  it('starts an assessment, shows each item as a radio group, and scores an answer', async () => {
    const user = userEvent.setup()
    renderPage()
    await user.click(await screen.findByRole('button', { name: /^Start an assessment of Palantir/ }))
    const a1 = await screen.findByRole('radiogroup', { name: /^A1\. Does the company hold contracts/ })
    expect(
      within(a1)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['yes', 'partial', 'no', 'unknown', 'na'])
    await user.click(within(a1).getByRole('radio', { name: 'Yes' }))
    // One answer is a range, never a settled band.
    expect(
      screen.getByText(
        'Band: between Negligible and Severe. Unmanaged risk between 0 and 100: answer 20 more items to settle it.',
      ),
    ).toBeInTheDocument()
    expect(screen.getByText(/Company items answered: 1 of 21/)).toBeInTheDocument()
  })

  it('shows the suggestion with its evidence beside the item', async () => {
    const user = userEvent.setup()
    renderPage()
    await user.click(await screen.findByRole('button', { name: /^Start an assessment of Palantir/ }))
    const c12 = (await screen.findByRole('radiogroup', { name: /^C12\./ })).closest('li')
    if (!c12) throw new Error('no item')
    expect(await within(c12).findByText('Suggested: No')).toBeInTheDocument()
    expect(within(c12).getByText(/Palantir must publish details of the technology/)).toBeInTheDocument()
  })

  it('marks an unverified figure in a suggestion’s evidence, with the reason', async () => {
    const user = userEvent.setup()
    renderPage()
    await user.click(await screen.findByRole('button', { name: /^Start an assessment of Palantir/ }))
    const a2 = (await screen.findByRole('radiogroup', { name: /^A2\./ })).closest('li')
    if (!a2) throw new Error('no item')
    const evidence = (await within(a2).findByText(/ICE awards to Palantir 2008-2021: \$186\.6M/)).closest('li')
    if (!evidence) throw new Error('no evidence line')
    expect(evidence).toHaveTextContent(
      'Unverified: Seen only as quoted elsewhere; the figure was not found in the report itself.',
    )
    // The confirmed total beside it carries no such mark.
    const confirmed = within(a2)
      .getByText(/usaspending total as of July 2025/)
      .closest('li')
    expect(confirmed).not.toHaveTextContent('Unverified')
  })

  it('says when the checklist cannot be loaded, and Retry loads it', async () => {
    const user = userEvent.setup()
    // Down for two requests: the items shown before starting, then the first Start.
    let failures = 2
    server.use(
      http.get('/api/checklists/:id', () => {
        if (failures <= 0) return undefined
        failures -= 1
        return HttpResponse.json({ message: 'down' }, { status: 500 })
      }),
    )
    assessmentsStoreForTests.reset()
    renderPage()
    expect(await screen.findByText(/Could not load the checklist items/)).toBeInTheDocument()
    await user.click(await screen.findByRole('button', { name: /^Start an assessment of Palantir/ }))
    expect(
      await screen.findByText('Could not load the checklist template to start an assessment. Try again.'),
    ).toBeInTheDocument()
    await user.click(await screen.findByRole('button', { name: /^Start an assessment of Palantir/ }))
    expect(await screen.findByRole('radiogroup', { name: /^A1\./ })).toBeInTheDocument()
  })

  it('shows an error with Retry when the template of an open assessment fails to load', async () => {
    const user = userEvent.setup()
    const actions = renderHook(() => useAssessmentActions()).result.current
    actions.assessmentCreated({
      name: 'Base case',
      companyId: 'palantir',
      templateId: 'hrdd-investor',
      templateVersion: 1,
    })
    server.use(
      http.get('/api/checklists/:id', () => HttpResponse.json({ message: 'down' }, { status: 500 }), { once: true }),
    )
    renderPage()
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Could not load the checklist. The data service answered with an error (HTTP 500).')
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('radiogroup', { name: /^A1\./ })).toBeInTheDocument()
  })
})
