import type { QueryClient } from '@tanstack/react-query'
import { use, type ComponentType } from 'react'
import { latestLoadAttempt, useLoadAttempt } from '../components/ErrorBoundary'
import { HomeView, prefetchHomeView } from './HomeView'
import { views, type ViewEntry } from './navigation'

/**
 * A page module: the view as its default export and, for a view whose first render is costly (a
 * chart library's first run), an optional `WarmUp` that renders the costly part alone, with no side
 * effect on the page (no title, focus or URL change), for the app to run once off screen in idle time.
 */
type PageModule = { default: ComponentType; WarmUp?: ComponentType }

export interface RouteDef {
  path: string
  label: string
  /** Renders the view; a lazy view suspends while its chunk loads and throws if the load fails. */
  component: ComponentType
  /** Starts loading the view's chunk early, when the person shows intent (hover, focus, touch). */
  preload: () => Promise<void>
  /**
   * The class on the view's root, `view-<feature folder>`: a feature's stylesheet puts every rule
   * under it, so two views can use the same class name without styling each other.
   */
  styleScope: string
  /** The page's `WarmUp` (see PageModule) once its chunk is loaded; null before, or when it has none. */
  warmUp: () => ComponentType | null
  /**
   * Starts the view's requests before the app's first render (the first view only), so the data is
   * on its way while React starts; resolves when they have answered.
   */
  prefetchData?: (queryClient: QueryClient, search: string) => Promise<void>
}

/**
 * A lazily loaded page that can be tried again: the pending or loaded module is shared, but a
 * failed load is kept only for the attempt it failed in (so the error boundary shows it); Retry,
 * or the next visit, fetches it again instead of replaying the failure as React.lazy would.
 */
export function retryingPage(load: () => Promise<PageModule>): Pick<RouteDef, 'component' | 'preload' | 'warmUp'> {
  let loading: Promise<PageModule> | null = null
  let failedIn: number | null = null
  // Once the chunk is in (prefetched while idle, or on hover), the view renders at once, with no
  // Suspense fallback and no wait for React to reveal suspended content.
  let loaded: PageModule | null = null
  const request = (attempt: number) => {
    if (loading && failedIn !== null && attempt > failedIn) {
      loading = null
      failedIn = null
    }
    return (loading ??= load().then(
      (m) => (loaded = m),
      (error: unknown) => {
        failedIn = attempt
        throw error
      },
    ))
  }
  function LazyPage() {
    const attempt = useLoadAttempt()
    const Page = (loaded ?? use(request(attempt))).default
    return <Page />
  }
  return {
    component: LazyPage,
    preload: () =>
      request(latestLoadAttempt()).then(
        () => undefined,
        () => undefined,
      ),
    warmUp: () => loaded?.WarmUp ?? null,
  }
}

// Each page is its own chunk; the table in navigation.ts says which page a path shows.
const pages = import.meta.glob<PageModule>(['../features/*/*Page.tsx', '!../features/overview/**'])

const HOME_SCOPE = 'view-overview'

/** The routes of the table in navigation.ts; `home` renders the view without a page module. */
export function buildRoutes(
  table: readonly ViewEntry[],
  home: ComponentType,
  homeData?: RouteDef['prefetchData'],
): RouteDef[] {
  return table.map(({ path, label, page }) => {
    if (!page)
      return {
        path,
        label,
        component: home,
        preload: () => Promise.resolve(),
        warmUp: () => null,
        prefetchData: homeData,
        styleScope: HOME_SCOPE,
      }
    const load = pages[`../features/${page}.tsx`]
    if (!load) throw new Error(`No page module src/features/${page}.tsx for ${path}`)
    return { path, label, ...retryingPage(load), styleScope: `view-${page.split('/')[0]}` }
  })
}

/** The app's routes, in navigation order. */
export const routes: RouteDef[] = buildRoutes(views, HomeView, prefetchHomeView)

/** The route for a path; trailing slashes are ignored. Null for an unknown path. */
export function matchRoute(pathname: string, table: readonly RouteDef[] = routes): RouteDef | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  return table.find((r) => r.path === (path || '/')) ?? null
}

/** Starts loading a view's chunk (see RouteDef.preload). */
export function preloadRoute(path: string): void {
  void matchRoute(path)?.preload()
}
