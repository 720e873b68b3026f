import { companies } from '../data/companies'
import { getRoute, notFound } from './respond'

export const companyHandlers = [
  getRoute('companies', '/api/companies', () => companies),
  getRoute(
    'companies',
    '/api/companies/:companyId',
    ({ companyId }) => companies.find((c) => c.id === companyId) ?? notFound(`Company "${String(companyId)}"`),
  ),
]
