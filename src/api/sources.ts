import { queryOptions } from '@tanstack/react-query'
import { sourceListSchema } from '../domain/sources/schema'
import { getJson } from './client'

export const sourceQueries = {
  all: () => ['sources'] as const,
  list: () =>
    queryOptions({
      queryKey: [...sourceQueries.all(), 'list'],
      queryFn: ({ signal }) => getJson('/api/sources', sourceListSchema, { signal }),
      staleTime: Infinity,
    }),
}
