import { lazy, type ComponentType } from 'react'

export interface RouteDef {
  path: string
  label: string
  /** Loaded on first visit: each view is its own chunk, so the first route stays small. */
  component: ComponentType
  /** Starts loading the view's chunk early, when the person shows intent (hover, focus, touch). */
  preload: () => void
}

type ViewModule = { default: ComponentType }

function view(path: string, label: string, load: () => Promise<ViewModule>): RouteDef {
  let loaded: ViewModule | null = null
  let loading: Promise<ViewModule> | null = null
  const once = () => (loading ??= load().then((m) => (loaded = m)))
  // Once the chunk is in (prefetched while idle, or on hover), lazy() gets it synchronously through a
  // thenable that resolves at once: the click renders the view straight away, with no Suspense
  // fallback and no wait for React to reveal the suspended content.
  const resolved = (m: ViewModule) =>
    ({ then: (onLoaded: (value: ViewModule) => void) => onLoaded(m) }) as unknown as Promise<ViewModule>
  return {
    path,
    label,
    component: lazy(() => (loaded ? resolved(loaded) : once())),
    preload: () => void once().catch(() => undefined),
  }
}

export const viewRoutes: RouteDef[] = [
  view('/checklist', 'Checklist', () => import('../features/checklist/ChecklistPage')),
  view('/contracts', 'Contracts', () => import('../features/contracts/ContractsPage')),
  view('/arrests', 'Arrests', () => import('../features/arrests/ArrestsPage')),
  view('/claims', 'Claims', () => import('../features/claims/ClaimsPage')),
  view('/engagement', 'Engagement', () => import('../features/engagement/EngagementPage')),
  view('/holdings', 'Holdings', () => import('../features/holdings/HoldingsPage')),
  view('/briefing', 'Briefing', () => import('../features/briefing/BriefingPage')),
  view('/sources', 'Sources', () => import('../features/sources/SourcesPage')),
]

/** The route for a path; trailing slashes are ignored. */
export function matchRoute(pathname: string): RouteDef | 'overview' | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  if (path === '/' || path === '') return 'overview'
  return viewRoutes.find((r) => r.path === path) ?? null
}
