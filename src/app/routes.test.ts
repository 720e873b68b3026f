import { describe, expect, it } from 'vitest'
import { navItems } from './navigation'
import { matchRoute, viewRoutes } from './routes'

describe('routes', () => {
  it('links every view from the navigation', () => {
    expect(navItems.map((n) => n.label)).toEqual([
      'Overview',
      'Checklist',
      'Contracts',
      'Arrests',
      'Claims',
      'Engagement',
      'Holdings',
      'Briefing',
      'Sources',
    ])
  })
  it('has a route for every navigation item but the overview', () => {
    expect(viewRoutes.map((r) => [r.path, r.label])).toEqual(navItems.slice(1).map((n) => [n.path, n.label]))
  })
  it('matches a path with or without a trailing slash, and nothing else', () => {
    expect(matchRoute('/')).toBe('overview')
    expect(matchRoute('/contracts/')).toMatchObject({ label: 'Contracts' })
    expect(matchRoute('/nowhere')).toBeNull()
  })
})
