import { companies } from '../data/companies'
import { timeline } from '../data/timeline'
import { getRoute, notFound } from './respond'

export const timelineHandlers = [
  getRoute('timeline', '/api/companies/:companyId/timeline', ({ companyId }) => {
    if (!companies.some((c) => c.id === companyId)) return notFound(`Company "${String(companyId)}"`)
    return timeline.filter((e) => e.companyId === companyId)
  }),
]
