import { queryOptions } from '@tanstack/react-query'
import { contractsResponseSchema } from '../domain/contracts/schema'
import { getJson } from './client'

export const contractQueries = {
  all: () => ['contracts'] as const,
  list: (companyId: string) =>
    queryOptions({
      queryKey: [...contractQueries.all(), 'list', companyId],
      queryFn: ({ signal }) =>
        getJson(`/api/companies/${encodeURIComponent(companyId)}/contracts`, contractsResponseSchema, { signal }),
    }),
}
