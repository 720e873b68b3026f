import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement, ReactNode } from 'react'
import { shouldRetry } from '../api/client'

/**
 * A query client as the app's (the same retry rule), without waiting between retries;
 * `retry: false` for tests where one failed answer must show its error.
 */
export function createTestQueryClient({ retry = true }: { retry?: boolean } = {}): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: retry ? shouldRetry : false, retryDelay: 0 } } })
}

/**
 * Renders UI as the app does: inside a fresh query client, so no test sees another's cache.
 * `url` (path and query) is put in the address bar first, for views that read it.
 */
export function renderWithClient(
  ui: ReactElement,
  { url, client = createTestQueryClient() }: { url?: string; client?: QueryClient } = {},
): RenderResult & { client: QueryClient } {
  if (url) window.history.replaceState(null, '', url)
  return { ...render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>), client }
}

/** A wrapper for renderHook: the hook runs inside a fresh query client. */
export function withQueryClient(client: QueryClient = createTestQueryClient()) {
  return function QueryWrapper({ children }: { children: ReactNode }) {
    return <QueryClientProvider client={client}>{children}</QueryClientProvider>
  }
}
