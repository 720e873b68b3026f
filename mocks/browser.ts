import { getResponse, HttpResponse } from 'msw'
import { applyControlsFromSearch, controls, installControlHook, type MockControlHook } from './controls'
import { handlers } from './handlers'

/** Same shape as the API client's transport (src/api/client.ts): fetch's, with a string URL. */
type Transport = (url: string, init: RequestInit) => Promise<Response>

declare global {
  interface Window {
    __mockControl?: MockControlHook
  }
}

/**
 * The test switches (`?mockLatency=`, `?mockFail=`, `window.__mockControl`) and the realistic
 * 100-400 ms latency exist in development and in builds made for testing (`vite build --mode e2e`,
 * what Playwright serves), never in the production build a person gets: there a link cannot make
 * the app fail, and the data answers at once. Vite replaces MODE at build time, so the production
 * build carries none of this code.
 */
export const TEST_SWITCHES = import.meta.env.MODE !== 'production'

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The request was aborted.', 'AbortError')
}

/**
 * The handlers' answer to one request, or a 404 when none matches, as a server would answer. Also
 * used at build time, in Node, to prerender the Overview (src/app/prerender.tsx); there no page
 * location says what the handlers' relative paths are relative to, so `baseUrl` does.
 */
export function answerRequest(request: Request, baseUrl?: string): Promise<Response> {
  return getResponse(handlers, request, baseUrl ? { baseUrl } : undefined).then(
    (response) => response ?? HttpResponse.json({ message: `No such resource: ${request.url}` }, { status: 404 }),
  )
}

/**
 * Answers a request from the msw handlers (mocks/handlers, the single definition of the API) in
 * the page itself, through msw's `getResponse`: no service worker, so it works in private windows
 * and managed browsers without one, and nothing waits for a worker to install.
 */
export const mockTransport: Transport = (url, init) => {
  const request = new Request(new URL(url, window.location.href), init)
  const signal = init.signal
  if (signal?.aborted) return Promise.reject(abortError(signal))
  const answer = answerRequest(request)
  if (!signal) return answer
  // The handlers' latency does not watch the signal: stop waiting as soon as it aborts.
  return new Promise<Response>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal))
    signal.addEventListener('abort', onAbort, { once: true })
    answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

/** Starts the embedded data layer in the page and returns the transport the API client uses. */
export function startMockLayer(): Transport {
  if (TEST_SWITCHES) {
    applyControlsFromSearch(window.location.search)
    installControlHook(window)
  } else {
    controls.latencyMs = 0
  }
  // For the benchmark: when the embedded data layer began answering.
  performance.mark('mocks:ready')
  return mockTransport
}

/**
 * The embedded data layer at build time, in Node, for the Overview prerendered into index.html
 * (src/app/prerender.tsx): the same handlers, no latency, on a stand-in origin.
 */
export function buildTimeTransport(): Transport {
  const origin = 'http://prerender.invalid/'
  controls.latencyMs = 0
  return (url, init) => answerRequest(new Request(new URL(url, origin), init), origin)
}
