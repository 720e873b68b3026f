import { describe, expect, it } from 'vitest'
import { matchRoute, navItems } from './routes'

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
    ])
  })
  it('matches a path with or without a trailing slash, and nothing else', () => {
    expect(matchRoute('/')).toBe('overview')
    expect(matchRoute('/contracts/')).toMatchObject({ label: 'Contracts' })
    expect(matchRoute('/nowhere')).toBeNull()
  })
})
