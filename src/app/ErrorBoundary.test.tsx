import { act, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Suspense } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { retryingPage } from './routes'
import { ErrorBoundary } from '../components/ErrorBoundary'

describe('ErrorBoundary', () => {
  it('shows what failed with a Retry instead of a blank page, and Retry renders the view again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    let broken = true
    function Fragile() {
      if (broken) throw new Error('boom')
      return <p>The view works</p>
    }
    render(
      <ErrorBoundary what="the Claims view">
        <Fragile />
      </ErrorBoundary>,
    )
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Could not show the Claims view.')
    expect(alert).toHaveTextContent('your saved work is kept')
    broken = false
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(screen.getByText('The view works')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('says the code could not be downloaded when a view chunk fails, and Retry fetches it again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const load = vi
      .fn<() => Promise<{ default: () => React.ReactNode }>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module: /assets/ClaimsPage.js'))
      .mockResolvedValue({ default: () => <h1>Claims</h1> })
    const { component: Page } = retryingPage(load)
    // The load settles after render: let React see it within act, as it would in the browser.
    await act(async () => {
      render(
        <ErrorBoundary what="the Claims view">
          <Suspense fallback={<p>Loading</p>}>
            <Page />
          </Suspense>
        </ErrorBoundary>,
      )
    })
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Could not show the Claims view. Its code could not be downloaded',
    )
    await act(() => userEvent.click(screen.getByRole('button', { name: 'Retry' })))
    expect(screen.getByRole('heading', { name: 'Claims' })).toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(2)
  })
})
