import { describe, expect, it } from 'vitest'
import { views } from './navigation'
import { buildRoutes, matchRoute, routes } from './routes'

describe('routes', () => {
  it('has one route per view of the table, in navigation order', () => {
    expect(routes.map((r) => [r.path, r.label])).toEqual(views.map((v) => [v.path, v.label]))
    expect(views[0]).toMatchObject({ path: '/', label: 'Overview' })
  })
  it('matches a path with or without a trailing slash, and nothing else', () => {
    expect(matchRoute('/')).toMatchObject({ label: 'Overview' })
    expect(matchRoute('/contracts/')).toMatchObject({ label: 'Contracts' })
    expect(matchRoute('/nowhere')).toBeNull()
  })
  it("scopes each view's styles by its feature folder", () => {
    expect(routes.map((r) => r.styleScope)).toEqual([
      'view-overview',
      'view-checklist',
      'view-contracts',
      'view-arrests',
      'view-claims',
      'view-engagement',
      'view-holdings',
      'view-briefing',
      'view-sources',
    ])
  })
  it('refuses a view whose page module does not exist, naming it', () => {
    expect(() => buildRoutes([{ path: '/sources', label: 'Sources', page: 'sources/NoSuchPage' }], () => null)).toThrow(
      'src/features/sources/NoSuchPage.tsx',
    )
  })
})
