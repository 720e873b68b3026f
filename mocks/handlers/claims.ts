import { claims } from '../data/claims'
import { companies } from '../data/companies'
import { getRoute, notFound } from './respond'

export const claimHandlers = [
  getRoute('claims', '/api/companies/:companyId/claims', ({ companyId }) => {
    if (!companies.some((c) => c.id === companyId)) return notFound(`Company "${String(companyId)}"`)
    return claims.filter((c) => c.companyId === companyId)
  }),
]
