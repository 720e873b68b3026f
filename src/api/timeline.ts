import { queryOptions } from '@tanstack/react-query'
import { timelineSchema } from '../domain/timeline/schema'
import { getJson } from './client'

export const timelineQueries = {
  all: () => ['timeline'] as const,
  list: (companyId: string) =>
    queryOptions({
      queryKey: [...timelineQueries.all(), 'list', companyId],
      queryFn: ({ signal }) =>
        getJson(`/api/companies/${encodeURIComponent(companyId)}/timeline`, timelineSchema, { signal }),
    }),
}
