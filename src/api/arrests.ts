import { queryOptions } from '@tanstack/react-query'
import { getJson } from './client'

// Schemas come with the request (see SchemaSource in ./client and ./firstViewSchemas): this area is on the first view.

export const arrestQueries = {
  all: () => ['arrests'] as const,
  list: () =>
    queryOptions({
      queryKey: [...arrestQueries.all(), 'list'],
      queryFn: ({ signal }) =>
        getJson('/api/arrests', () => import('./firstViewSchemas').then((m) => m.arrestStatListSchema), {
          signal,
        }),
    }),
}

export const operationQueries = {
  all: () => ['operations'] as const,
  list: () =>
    queryOptions({
      queryKey: [...operationQueries.all(), 'list'],
      queryFn: ({ signal }) =>
        getJson('/api/operations', () => import('./firstViewSchemas').then((m) => m.operationListSchema), {
          signal,
        }),
    }),
}
