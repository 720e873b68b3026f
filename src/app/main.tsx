// First: starts the mock data layer before the rest of the app is evaluated.
import './bootMocks'
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './App'
import { createQueryClient } from './queryClient'
import { viewRoutes } from './routes'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
)

/** Views whose code (and the chart library with it) is fetched ahead of a click. */
const PREFETCHED_VIEWS = ['/contracts', '/arrests']

/**
 * Once the first view is up (the page has loaded and the main thread is idle), fetches the chart
 * views' code so a click on Contracts draws at once. Never before first paint, and not part of the
 * first route's bytes: the views stay their own chunks.
 */
function prefetchChartViews(): void {
  const idle = (run: () => void) =>
    'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 500)
  const start = () =>
    idle(() => viewRoutes.filter((r) => PREFETCHED_VIEWS.includes(r.path)).forEach((r) => r.preload()))
  if (document.readyState === 'complete') start()
  else window.addEventListener('load', start, { once: true })
}
prefetchChartViews()
