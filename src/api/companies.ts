import { queryOptions } from '@tanstack/react-query'
import { getJson } from './client'

// Schemas are imported with the request (see SchemaSource in ./client): this area is on the first view.

export const companyQueries = {
  all: () => ['companies'] as const,
  detail: (companyId: string) =>
    queryOptions({
      queryKey: [...companyQueries.all(), 'detail', companyId],
      queryFn: ({ signal }) =>
        getJson(
          `/api/companies/${encodeURIComponent(companyId)}`,
          () => import('../domain/company/schema').then((m) => m.companySchema),
          { signal },
        ),
    }),
}
