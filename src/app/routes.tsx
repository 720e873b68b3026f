import { lazy, type ComponentType } from 'react'

export interface RouteDef {
  path: string
  label: string
  /** Loaded on first visit: each view is its own chunk, so the first route stays small. */
  component: ComponentType
  /** Starts loading the view's chunk early, when the person shows intent (hover, focus, touch). */
  preload: () => void
}

function view(path: string, label: string, load: () => Promise<{ default: ComponentType }>): RouteDef {
  let loading: Promise<{ default: ComponentType }> | null = null
  const once = () => (loading ??= load())
  return { path, label, component: lazy(once), preload: () => void once().catch(() => undefined) }
}

export const viewRoutes: RouteDef[] = [
  view('/checklist', 'Checklist', () => import('../features/checklist/ChecklistPage')),
  view('/contracts', 'Contracts', () => import('../features/contracts/ContractsPage')),
  view('/arrests', 'Arrests', () => import('../features/arrests/ArrestsPage')),
  view('/claims', 'Claims', () => import('../features/claims/ClaimsPage')),
  view('/engagement', 'Engagement', () => import('../features/engagement/EngagementPage')),
  view('/holdings', 'Holdings', () => import('../features/holdings/HoldingsPage')),
  view('/briefing', 'Briefing', () => import('../features/briefing/BriefingPage')),
]

/** The route for a path; trailing slashes are ignored. */
export function matchRoute(pathname: string): RouteDef | 'overview' | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  if (path === '/' || path === '') return 'overview'
  return viewRoutes.find((r) => r.path === path) ?? null
}
