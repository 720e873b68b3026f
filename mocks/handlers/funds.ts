import { funds } from '../data/funds'
import { getRoute, notFound } from './respond'

export const fundHandlers = [
  getRoute('funds', '/api/funds', () => funds),
  getRoute(
    'funds',
    '/api/funds/:fundId',
    ({ fundId }) => funds.find((f) => f.id === fundId) ?? notFound(`Fund "${String(fundId)}"`),
  ),
]
