import { queryOptions } from '@tanstack/react-query'
import { arrestStatListSchema } from '../domain/arrests/schema'
import { operationListSchema } from '../domain/operations/schema'
import { getJson } from './client'

export const arrestQueries = {
  all: () => ['arrests'] as const,
  list: () =>
    queryOptions({
      queryKey: [...arrestQueries.all(), 'list'],
      queryFn: ({ signal }) => getJson('/api/arrests', arrestStatListSchema, { signal }),
    }),
}

export const operationQueries = {
  all: () => ['operations'] as const,
  list: () =>
    queryOptions({
      queryKey: [...operationQueries.all(), 'list'],
      queryFn: ({ signal }) => getJson('/api/operations', operationListSchema, { signal }),
    }),
}
