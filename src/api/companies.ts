import { queryOptions } from '@tanstack/react-query'
import { getJson } from './client'

// Schemas come with the request (see SchemaSource in ./client and ./firstViewSchemas): this area is on the first view.

export const companyQueries = {
  all: () => ['companies'] as const,
  detail: (companyId: string) =>
    queryOptions({
      queryKey: [...companyQueries.all(), 'detail', companyId],
      queryFn: ({ signal }) =>
        getJson(
          `/api/companies/${encodeURIComponent(companyId)}`,
          () => import('./firstViewSchemas').then((m) => m.companySchema),
          { signal },
        ),
    }),
}
