import { queryOptions } from '@tanstack/react-query'
import { getJson } from './client'

// Schemas come with the request (see SchemaSource in ./client and ./firstViewSchemas): this area is on the first view.

export const sourceQueries = {
  all: () => ['sources'] as const,
  list: () =>
    queryOptions({
      queryKey: [...sourceQueries.all(), 'list'],
      queryFn: ({ signal }) =>
        getJson('/api/sources', () => import('./firstViewSchemas').then((m) => m.sourceListSchema), { signal }),
      staleTime: Infinity,
    }),
}
