// First: starts the mock data layer before the rest of the app is evaluated.
import './bootMocks'
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ErrorBoundary } from '../components/ErrorBoundary'
import { App } from './App'
import { createQueryClient } from './queryClient'
import { routes } from './routes'
// The CSS variables from the theme module (vite.config.ts), before the stylesheets that use them.
import 'virtual:theme.css'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

const queryClient = createQueryClient()

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ErrorBoundary what="the dashboard">
        <App />
      </ErrorBoundary>
    </QueryClientProvider>
  </StrictMode>,
)

/** Views whose code (and the chart library with it) is fetched ahead of a click. */
const PREFETCHED_VIEWS = ['/contracts', '/arrests']

/** Runs `then` once the first view's requests have all answered (its figures are on screen). */
function whenFirstViewAnswered(then: () => void): void {
  let started = false
  const unsubscribe = queryClient.getQueryCache().subscribe(() => {
    if (queryClient.isFetching() > 0) started = true
    else if (started) {
      unsubscribe()
      then()
    }
  })
}

/**
 * Once the first view is interactive (the page has loaded and its data is on screen) and the main
 * thread is idle, fetches the chart views' code so a click on Contracts draws at once. Never before
 * first paint or the first figures, and not part of the first route's bytes: the views stay their
 * own chunks.
 */
function prefetchChartViews(): void {
  const idle = (run: () => void) =>
    'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 500)
  const prefetch = () => routes.filter((r) => PREFETCHED_VIEWS.includes(r.path)).forEach((r) => r.preload())
  const loaded = new Promise<void>((resolve) =>
    document.readyState === 'complete' ? resolve() : window.addEventListener('load', () => resolve(), { once: true }),
  )
  const answered = new Promise<void>((resolve) => whenFirstViewAnswered(resolve))
  void Promise.all([loaded, answered]).then(() => idle(prefetch))
}
prefetchChartViews()
