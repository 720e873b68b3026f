import { QueryClientProvider } from '@tanstack/react-query'
import { renderToStaticMarkup } from 'react-dom/server'
import { buildTimeTransport } from '../../mocks/browser'
import { setTransport } from '../api/client'
import { ErrorBoundary } from '../components/ErrorBoundary'
import { App } from './App'
import { prefetchHomeView } from './HomeView'
import { createQueryClient } from './queryClient'

/**
 * The Overview (path `/`, the default case) as the app renders it, with its data, as static HTML:
 * run at build time in Node by vite.config.ts (`prerender-overview`) and written into index.html,
 * so the headline figures, the company, the data-as-of line and the timeline paint with the page,
 * before any JavaScript runs. The data comes from the embedded data layer's handlers through the
 * same API client and schemas as in the browser; the markup from the same components (the whole
 * `App`, as main.tsx renders it), so React's first render draws the same thing over it. What
 * depends on the reader's browser (the assessment from localStorage, the engagement response rate)
 * is lazy and stays a loading line, as on the client's first render.
 *
 * Throws if any of the Overview's requests fails: a build must not ship an error state.
 */
export async function prerenderOverview(): Promise<string> {
  setTransport(buildTimeTransport())
  const queryClient = createQueryClient()
  try {
    await prefetchHomeView(queryClient, '')
    const failed = queryClient
      .getQueryCache()
      .getAll()
      .filter((q) => q.state.status !== 'success')
    if (failed.length > 0) {
      const which = failed.map((q) => `${JSON.stringify(q.queryKey)}: ${String(q.state.error)}`).join('; ')
      throw new Error(`The Overview could not be prerendered: ${which}`)
    }
    return renderToStaticMarkup(
      <QueryClientProvider client={queryClient}>
        <ErrorBoundary what="the dashboard">
          <App />
        </ErrorBoundary>
      </QueryClientProvider>,
    )
  } finally {
    queryClient.clear()
  }
}
