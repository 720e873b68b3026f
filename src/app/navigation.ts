/** The views in the order the main navigation lists them. Shared by the router and the static shell. */
export const navItems = [
  { path: '/', label: 'Overview' },
  { path: '/checklist', label: 'Checklist' },
  { path: '/contracts', label: 'Contracts' },
  { path: '/arrests', label: 'Arrests' },
  { path: '/claims', label: 'Claims' },
  { path: '/engagement', label: 'Engagement' },
  { path: '/holdings', label: 'Holdings' },
  { path: '/briefing', label: 'Briefing' },
  { path: '/sources', label: 'Sources' },
] as const

export const APP_NAME = 'Rights Exposure Dashboard'
export const CASE_NAME = 'Case: Palantir Technologies and US Immigration and Customs Enforcement (ICE)'
export const FOOTER_TEXT =
  "Figures come from the app's embedded data layer, built from cited public documents; each figure names its sources and their confidence. Where sources disagree, every reported value is shown."
