import { queryOptions } from '@tanstack/react-query'
import { checklistTemplateSchema, suggestionsResponseSchema } from '../domain/checklist/schema'
import { getJson } from './client'

export const checklistQueries = {
  all: () => ['checklists'] as const,
  /** A checklist template (sections, items, weights, red flags, bands). Templates change rarely. */
  template: (checklistId: string) =>
    queryOptions({
      queryKey: [...checklistQueries.all(), 'template', checklistId],
      queryFn: ({ signal }) =>
        getJson(`/api/checklists/${encodeURIComponent(checklistId)}`, checklistTemplateSchema, { signal }),
      staleTime: 60 * 60 * 1000,
    }),
  /** Suggested answers for one company, with their evidence. */
  suggestions: (companyId: string) =>
    queryOptions({
      queryKey: [...checklistQueries.all(), 'suggestions', companyId],
      queryFn: ({ signal }) =>
        getJson(`/api/companies/${encodeURIComponent(companyId)}/checklist-suggestions`, suggestionsResponseSchema, {
          signal,
        }),
      staleTime: 60 * 60 * 1000,
    }),
}
