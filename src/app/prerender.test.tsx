import { QueryClientProvider } from '@tanstack/react-query'
import { render } from '@testing-library/react'
import { expect, test } from 'vitest'
import { ErrorBoundary } from '../components/ErrorBoundary'
import { App } from './App'
import { prefetchHomeView } from './HomeView'
import { prerenderOverview } from './prerender'
import { createQueryClient } from './queryClient'

/** The prerendered markup in a detached element, so it can be queried and compared as the DOM sees it. */
function parse(html: string): HTMLElement {
  const root = document.createElement('div')
  root.innerHTML = html
  return root
}

test('prerenders the three headline figures with their sources, from the handlers', async () => {
  const page = parse(await prerenderOverview())
  const figures = page.querySelector('[aria-label="Headline figures"]')
  expect(figures).not.toBeNull()
  const values = [...(figures?.querySelectorAll('.headline-value') ?? [])].map((v) => v.textContent)
  expect(values).toEqual(['over $200M', '44,069', '680 arrested'])
  // Each figure names its sources as links, as the app shows them.
  const items = [...(figures?.querySelectorAll(':scope > li') ?? [])]
  expect(items).toHaveLength(3)
  for (const item of items) expect(item.querySelector('.sources a[href^="https://"]')).not.toBeNull()
  expect(
    figures?.querySelector(
      'a[href="https://investorsforhumanrights.org/investors-engaging-palantir-on-human-rights-risks"]',
    ),
  ).not.toBeNull()
  // The company, the data-as-of line and the timeline come with them.
  expect(page.querySelector('.company-name')?.textContent).toContain('Palantir')
  expect(page.querySelector('.data-as-of')?.textContent).toMatch(/^Data as of /)
  expect(page.querySelector('time')?.textContent).toBe('2011')
})

test('leaves what depends on the reader’s browser as loading lines', async () => {
  const page = parse(await prerenderOverview())
  const loading = [...page.querySelectorAll('[role="status"]')].map((s) => s.textContent)
  expect(loading).toEqual(
    expect.arrayContaining([expect.stringMatching(/your assessment/), expect.stringMatching(/the response rate/)]),
  )
  expect(page.textContent).not.toMatch(/Loading headline figures|Loading the company profile/)
})

test('is the markup the app renders in the browser with the same data', async () => {
  const prerendered = parse(await prerenderOverview())
  const queryClient = createQueryClient()
  await prefetchHomeView(queryClient, '')
  const { container } = render(
    <QueryClientProvider client={queryClient}>
      <ErrorBoundary what="the dashboard">
        <App />
      </ErrorBoundary>
    </QueryClientProvider>,
  )
  expect(container.innerHTML).toBe(prerendered.innerHTML)
})
