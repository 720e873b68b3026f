import { queryOptions } from '@tanstack/react-query'
import { getJson } from './client'

// Schemas come with the request (see SchemaSource in ./client and ./firstViewSchemas): this area is on the first view.

export const timelineQueries = {
  all: () => ['timeline'] as const,
  list: (companyId: string) =>
    queryOptions({
      queryKey: [...timelineQueries.all(), 'list', companyId],
      queryFn: ({ signal }) =>
        getJson(
          `/api/companies/${encodeURIComponent(companyId)}/timeline`,
          () => import('./firstViewSchemas').then((m) => m.timelineSchema),
          { signal },
        ),
    }),
}
