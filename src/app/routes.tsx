import { lazy, type ComponentType } from 'react'

export interface RouteDef {
  path: string
  label: string
  /** Loaded on first visit: each view is its own chunk, so the first route stays small. */
  component: ComponentType
}

export const lazyViews = {
  checklist: lazy(() => import('../features/checklist/ChecklistPage')),
  contracts: lazy(() => import('../features/contracts/ContractsPage')),
  arrests: lazy(() => import('../features/arrests/ArrestsPage')),
  claims: lazy(() => import('../features/claims/ClaimsPage')),
  engagement: lazy(() => import('../features/engagement/EngagementPage')),
  holdings: lazy(() => import('../features/holdings/HoldingsPage')),
  briefing: lazy(() => import('../features/briefing/BriefingPage')),
}

export const viewRoutes: RouteDef[] = [
  { path: '/checklist', label: 'Checklist', component: lazyViews.checklist },
  { path: '/contracts', label: 'Contracts', component: lazyViews.contracts },
  { path: '/arrests', label: 'Arrests', component: lazyViews.arrests },
  { path: '/claims', label: 'Claims', component: lazyViews.claims },
  { path: '/engagement', label: 'Engagement', component: lazyViews.engagement },
  { path: '/holdings', label: 'Holdings', component: lazyViews.holdings },
  { path: '/briefing', label: 'Briefing', component: lazyViews.briefing },
]

/** The route for a path; trailing slashes are ignored. */
export function matchRoute(pathname: string): RouteDef | 'overview' | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  if (path === '/' || path === '') return 'overview'
  return viewRoutes.find((r) => r.path === path) ?? null
}
