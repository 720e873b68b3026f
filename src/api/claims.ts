import { queryOptions } from '@tanstack/react-query'
import { claimListSchema } from '../domain/claims/schema'
import { getJson } from './client'

export const claimQueries = {
  all: () => ['claims'] as const,
  list: (companyId: string) =>
    queryOptions({
      queryKey: [...claimQueries.all(), 'list', companyId],
      queryFn: ({ signal }) =>
        getJson(`/api/companies/${encodeURIComponent(companyId)}/claims`, claimListSchema, { signal }),
    }),
}
