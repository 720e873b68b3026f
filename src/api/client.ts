import type * as z from 'zod/mini'

/** What went wrong, in terms a person can act on. */
export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'shape' | 'unavailable'

export class ApiError extends Error {
  readonly kind: ApiErrorKind
  readonly status: number | null
  readonly path: string

  constructor(kind: ApiErrorKind, path: string, message: string, status: number | null = null) {
    super(message)
    this.name = 'ApiError'
    this.kind = kind
    this.path = path
    this.status = status
  }
}

/** Base URL of a real backend; empty means the embedded mock data layer on this origin. */
export const apiBaseUrl: string = (import.meta.env.VITE_API_BASE_URL as string | undefined)?.replace(/\/$/, '') ?? ''

/** Sends one request: `fetch` by default; the embedded data layer answers in the page instead. */
export type Transport = (url: string, init: RequestInit) => Promise<Response>

let transport: Transport | Promise<Transport> = (url, init) => fetch(url, init)

/**
 * Where requests go. The app's boot passes the embedded data layer here (a promise while its code
 * loads, so the shell paints at once and requests wait for it); a real backend keeps `fetch`.
 */
export function setTransport(next: Transport | Promise<Transport>): void {
  transport = next
}

const TIMEOUT_MS = 15_000

function anySignal(signals: (AbortSignal | undefined)[]): AbortSignal {
  const controller = new AbortController()
  for (const s of signals) {
    if (!s) continue
    if (s.aborted) controller.abort(s.reason)
    else s.addEventListener('abort', () => controller.abort(s.reason), { once: true })
  }
  return controller.signal
}

/**
 * A schema, or a function that imports it. The first view's queries pass importers, so zod's code
 * loads beside the first request (while the data is on its way) instead of before the first paint.
 */
export type SchemaSource<S> = S | (() => Promise<S>)

/** GETs a JSON resource and parses it with `schema`; throws ApiError on any failure. */
export async function getJson<S extends z.ZodMiniType>(
  path: string,
  schema: SchemaSource<S>,
  options: { signal?: AbortSignal; timeoutMs?: number } = {},
): Promise<z.output<S>> {
  const schemaReady = typeof schema === 'function' ? schema() : Promise.resolve(schema)
  // Settled here so that a failed import is reported below, not as an unhandled rejection.
  schemaReady.catch(() => undefined)
  let send: Transport
  try {
    send = await transport
  } catch {
    throw new ApiError('unavailable', path, 'The embedded data service could not start in this browser.')
  }
  const timeout = AbortSignal.timeout(options.timeoutMs ?? TIMEOUT_MS)
  let response: Response
  try {
    response = await send(`${apiBaseUrl}${path}`, {
      headers: { Accept: 'application/json' },
      signal: anySignal([options.signal, timeout]),
    })
  } catch (cause) {
    if (options.signal?.aborted) throw cause
    if (timeout.aborted) throw new ApiError('timeout', path, 'The data service took too long to answer.')
    throw new ApiError('network', path, 'The data service could not be reached. Check your connection.')
  }
  if (!response.ok) {
    throw new ApiError(
      'http',
      path,
      `The data service answered with an error (HTTP ${response.status}).`,
      response.status,
    )
  }
  let body: unknown
  try {
    body = await response.json()
  } catch {
    throw new ApiError('shape', path, 'The data service sent something that is not JSON.', response.status)
  }
  let loaded: S
  try {
    loaded = await schemaReady
  } catch {
    throw new ApiError('network', path, 'Part of the app could not be loaded. Check your connection.')
  }
  const parsed = loaded.safeParse(body)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first ? ` (${first.path.join('.') || 'root'}: ${first.message})` : ''
    throw new ApiError('shape', path, `The data service sent data in an unexpected shape${where}.`, response.status)
  }
  return parsed.data
}

/** Retries only what may succeed on a second try: network, timeouts and server errors. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1) return false
  if (!(error instanceof ApiError)) return false
  return error.kind === 'network' || error.kind === 'timeout' || (error.kind === 'http' && (error.status ?? 0) >= 500)
}
