import { queryOptions } from '@tanstack/react-query'
import { fundListSchema } from '../domain/holdings/schema'
import { getJson } from './client'

export const fundQueries = {
  all: () => ['funds'] as const,
  /** Every fund and listed firm with its constituents: the look-through's holdings data. */
  list: () =>
    queryOptions({
      queryKey: [...fundQueries.all(), 'list'],
      queryFn: ({ signal }) => getJson('/api/funds', fundListSchema, { signal }),
      staleTime: 10 * 60_000,
    }),
}
