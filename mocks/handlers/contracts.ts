import { companies } from '../data/companies'
import { contractAwards, reportedTotals } from '../data/contracts'
import { getRoute, notFound } from './respond'

export const contractHandlers = [
  getRoute('contracts', '/api/companies/:companyId/contracts', ({ companyId }) => {
    if (!companies.some((c) => c.id === companyId)) return notFound(`Company "${String(companyId)}"`)
    return {
      awards: contractAwards.filter((a) => a.companyId === companyId),
      reportedTotals: reportedTotals.filter((t) => t.companyId === companyId),
    }
  }),
]
