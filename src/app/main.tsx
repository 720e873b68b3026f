// First: starts the mock data layer before the rest of the app is evaluated.
import './bootMocks'
import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ErrorBoundary } from '../components/ErrorBoundary'
import { isPlainClick } from '../components/router'
import { caseCompanyId, DEFAULT_CASE } from '../domain/case/case'
import { App } from './App'
import { createQueryClient } from './queryClient'
import { matchRoute, routes } from './routes'
import { warmUpOffscreen } from './warmUp'
// The CSS variables from the theme module (vite.config.ts), before the stylesheets that use them.
import 'virtual:theme.css'
import './styles.css'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
const root = createRoot(container)

const queryClient = createQueryClient()

/**
 * How long the first render waits for the first view's data. Within it the static shell (already
 * painted, with real links) stays, and React renders the view once with its data instead of a
 * loading state and then the data; past it, the view renders with its loading states as usual.
 */
const FIRST_DATA_WAIT_MS = 250

/**
 * With the Overview prerendered into index.html (vite.config.ts, `prerender-overview`), React's
 * first render must draw the figures again, never a loading state over them: it waits for the data
 * to settle (answered or failed; a failure shows its error state in their place), up to this long.
 */
const PRERENDERED_DATA_WAIT_MS = 10_000

/** The first view's requests, started now, before React's first render (not after its first commit). */
const firstData = matchRoute(window.location.pathname)?.prefetchData?.(queryClient, window.location.search)

/**
 * What index.html painted: the Overview for the default case with its data, or the plain shell.
 * Only `/` gets the Overview (other views have their own HTML file), but a host may serve
 * index.html for an unknown path or a URL may name another company: then what is on screen is
 * not this page's, and React replaces it at once.
 */
function firstRenderWait(): number | null {
  if (!container?.hasAttribute('data-prerendered')) return firstData ? FIRST_DATA_WAIT_MS : null
  const own =
    matchRoute(window.location.pathname)?.path === '/' &&
    caseCompanyId(new URLSearchParams(window.location.search).get('company')) === DEFAULT_CASE.companyId
  return own && firstData ? PRERENDERED_DATA_WAIT_MS : null
}

function renderApp(): void {
  root.render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <ErrorBoundary what="the dashboard">
          <App />
        </ErrorBoundary>
      </QueryClientProvider>
    </StrictMode>,
  )
}

/**
 * While the first render waits, the painted page's links are plain links: a click on one of the
 * app's own would load a new page (offline, the browser's error page). It is taken here instead:
 * the URL changes in place and the app renders at once, on that view.
 */
function takeEarlyClicks(render: () => void): () => void {
  const onClick = (event: MouseEvent) => {
    if (!isPlainClick(event)) return
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null
    if (!(link instanceof HTMLAnchorElement) || link.target || link.hasAttribute('download')) return
    const url = new URL(link.href)
    if (url.origin !== window.location.origin || !matchRoute(url.pathname)) return
    if (url.pathname === window.location.pathname && url.search === window.location.search) return
    event.preventDefault()
    window.history.pushState(null, '', `${url.pathname}${url.search}${url.hash}`)
    render()
  }
  document.addEventListener('click', onClick)
  return () => document.removeEventListener('click', onClick)
}

const wait = firstRenderWait()
if (firstData && wait !== null) {
  let rendered = false
  const renderOnce = () => {
    if (rendered) return
    rendered = true
    stopTaking()
    renderApp()
  }
  const stopTaking = takeEarlyClicks(renderOnce)
  void Promise.race([firstData, new Promise((resolve) => setTimeout(resolve, wait))]).then(renderOnce)
} else renderApp()

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
 * thread is idle, fetches the chart views' code, then, again in idle time, runs their `WarmUp` once
 * off screen (see warmUpOffscreen), so a click on Contracts draws at once: the code is in and has
 * run. Never before first paint or the first figures, and not part of the first route's bytes: the
 * views stay their own chunks. A view already on screen is not warmed: its code has run.
 */
function prefetchChartViews(): void {
  const idle = (run: () => void) =>
    'requestIdleCallback' in window ? requestIdleCallback(run, { timeout: 2000 }) : setTimeout(run, 500)
  const warm = async () => {
    // Only a visit that starts on the Overview, the view people leave for the charts, pays for the
    // off-screen run; elsewhere the code is fetched and runs on the first click.
    if (matchRoute(window.location.pathname)?.path !== '/') {
      performance.mark('charts:warm')
      return
    }
    for (const route of routes.filter((r) => PREFETCHED_VIEWS.includes(r.path))) {
      const WarmUp = route.warmUp()
      if (WarmUp && matchRoute(window.location.pathname) !== route) {
        await new Promise<void>((resolve) => idle(() => void warmUpOffscreen(<WarmUp />, queryClient).then(resolve)))
      }
    }
    // For the benchmark: the chart views' code is fetched and has run.
    performance.mark('charts:warm')
  }
  const prefetch = () =>
    void Promise.all(routes.filter((r) => PREFETCHED_VIEWS.includes(r.path)).map((r) => r.preload())).then(warm)
  const loaded = new Promise<void>((resolve) =>
    document.readyState === 'complete' ? resolve() : window.addEventListener('load', () => resolve(), { once: true }),
  )
  const answered = firstData ?? new Promise<void>((resolve) => whenFirstViewAnswered(resolve))
  void Promise.all([loaded, answered]).then(() => idle(prefetch))
}
prefetchChartViews()
