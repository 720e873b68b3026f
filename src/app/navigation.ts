/** One view of the app: where it lives, what the navigation calls it, and its page module. */
export interface ViewEntry {
  path: string
  label: string
  /**
   * The page under src/features (`<feature>/<Name>Page`, default export), loaded as its own chunk
   * on first visit. The home view has none: the app composes it into the first bundle.
   */
  page?: string
}

/**
 * Every view, declared once, in the order the main navigation lists them. The router
 * (routes.tsx), the navigation, the static shell and the e2e helpers all derive from this table:
 * adding a view is one line here plus its page in src/features.
 */
export const views = [
  { path: '/', label: 'Overview' },
  { path: '/checklist', label: 'Checklist', page: 'checklist/ChecklistPage' },
  { path: '/contracts', label: 'Contracts', page: 'contracts/ContractsPage' },
  { path: '/arrests', label: 'Arrests', page: 'arrests/ArrestsPage' },
  { path: '/claims', label: 'Claims', page: 'claims/ClaimsPage' },
  { path: '/engagement', label: 'Engagement', page: 'engagement/EngagementPage' },
  { path: '/holdings', label: 'Holdings', page: 'holdings/HoldingsPage' },
  { path: '/briefing', label: 'Briefing', page: 'briefing/BriefingPage' },
  { path: '/sources', label: 'Sources', page: 'sources/SourcesPage' },
] as const satisfies readonly ViewEntry[]

export const APP_NAME = 'Rights Exposure Dashboard'
export const CASE_NAME = 'Case: Palantir Technologies and US Immigration and Customs Enforcement (ICE)'
export const FOOTER_TEXT =
  "Figures come from the app's embedded data layer, built from cited public documents; each figure names its sources and their confidence. Where sources disagree, every reported value is shown."
