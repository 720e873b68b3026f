import { checklistTemplate, palantirSuggestions, syntheticTemplate } from '../data/checklist'
import { companies } from '../data/companies'
import { getRoute, notFound } from './respond'

const SYNTHETIC = /^synthetic-(\d{1,4})$/

export const checklistHandlers = [
  getRoute('checklists', '/api/checklists/:checklistId', ({ checklistId }) => {
    if (checklistId === checklistTemplate.id) return checklistTemplate
    const synthetic = SYNTHETIC.exec(String(checklistId))
    if (synthetic) return syntheticTemplate(Math.max(1, Number(synthetic[1])))
    return notFound(`Checklist "${String(checklistId)}"`)
  }),
  getRoute('checklists', '/api/companies/:companyId/checklist-suggestions', ({ companyId }) => {
    if (!companies.some((c) => c.id === companyId)) return notFound(`Company "${String(companyId)}"`)
    if (companyId === palantirSuggestions.companyId) return palantirSuggestions
    return { ...palantirSuggestions, companyId: String(companyId), suggestions: [] }
  }),
]
