import { queryOptions } from '@tanstack/react-query'
import { getJson } from './client'

// Schemas are imported with the request (see SchemaSource in ./client): this area is on the first view.

export const claimQueries = {
  all: () => ['claims'] as const,
  list: (companyId: string) =>
    queryOptions({
      queryKey: [...claimQueries.all(), 'list', companyId],
      queryFn: ({ signal }) =>
        getJson(
          `/api/companies/${encodeURIComponent(companyId)}/claims`,
          () => import('../domain/claims/schema').then((m) => m.claimListSchema),
          { signal },
        ),
    }),
}
