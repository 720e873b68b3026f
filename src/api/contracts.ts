import { queryOptions } from '@tanstack/react-query'
import { getJson } from './client'

// Schemas come with the request (see SchemaSource in ./client and ./firstViewSchemas): this area is on the first view.

export const contractQueries = {
  all: () => ['contracts'] as const,
  list: (companyId: string) =>
    queryOptions({
      queryKey: [...contractQueries.all(), 'list', companyId],
      queryFn: ({ signal }) =>
        getJson(
          `/api/companies/${encodeURIComponent(companyId)}/contracts`,
          () => import('./firstViewSchemas').then((m) => m.contractsResponseSchema),
          { signal },
        ),
    }),
}
