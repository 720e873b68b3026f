import { queryOptions } from '@tanstack/react-query'
import { getJson } from './client'

// Schemas come with the request (see SchemaSource in ./client and ./firstViewSchemas): this area is on the first view.

export const claimQueries = {
  all: () => ['claims'] as const,
  list: (companyId: string) =>
    queryOptions({
      queryKey: [...claimQueries.all(), 'list', companyId],
      queryFn: ({ signal }) =>
        getJson(
          `/api/companies/${encodeURIComponent(companyId)}/claims`,
          () => import('./firstViewSchemas').then((m) => m.claimListSchema),
          { signal },
        ),
    }),
}
