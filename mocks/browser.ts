import { setupWorker } from 'msw/browser'
import { applyControlsFromSearch, installControlHook, type MockControlHook } from './controls'
import { handlers } from './handlers'

declare global {
  interface Window {
    __mockControl?: MockControlHook
  }
}

/** Starts the embedded data layer in the browser. Requests to anything but /api pass through. */
export async function startMockWorker(): Promise<void> {
  applyControlsFromSearch(window.location.search)
  installControlHook(window)
  const worker = setupWorker(...handlers)
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  })
  // For the benchmark: when the embedded data layer began answering.
  performance.mark('mocks:ready')
}
