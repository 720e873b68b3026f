import { queryOptions } from '@tanstack/react-query'
import { companySchema } from '../domain/company/schema'
import { getJson } from './client'

export const companyQueries = {
  all: () => ['companies'] as const,
  detail: (companyId: string) =>
    queryOptions({
      queryKey: [...companyQueries.all(), 'detail', companyId],
      queryFn: ({ signal }) => getJson(`/api/companies/${encodeURIComponent(companyId)}`, companySchema, { signal }),
    }),
}
