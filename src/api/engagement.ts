import { queryOptions } from '@tanstack/react-query'
import { engagementTemplatesSchema } from '../domain/engagement/schema'
import { getJson } from './client'

export const engagementQueries = {
  all: () => ['engagement'] as const,
  templates: () =>
    queryOptions({
      queryKey: [...engagementQueries.all(), 'templates'],
      queryFn: ({ signal }) => getJson('/api/engagement-templates', engagementTemplatesSchema, { signal }),
      staleTime: Infinity,
    }),
}
