import { queryOptions } from '@tanstack/react-query'
import { getJson } from './client'

// Schemas are imported with the request (see SchemaSource in ./client): this area is on the first view.

export const arrestQueries = {
  all: () => ['arrests'] as const,
  list: () =>
    queryOptions({
      queryKey: [...arrestQueries.all(), 'list'],
      queryFn: ({ signal }) =>
        getJson('/api/arrests', () => import('../domain/arrests/schema').then((m) => m.arrestStatListSchema), {
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
        getJson('/api/operations', () => import('../domain/operations/schema').then((m) => m.operationListSchema), {
          signal,
        }),
    }),
}
