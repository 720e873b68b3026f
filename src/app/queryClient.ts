import { QueryClient } from '@tanstack/react-query'
import { shouldRetry } from '../api/client'

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 5 * 60_000, refetchOnWindowFocus: false },
    },
  })
}
