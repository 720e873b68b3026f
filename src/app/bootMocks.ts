import { setTransport } from '../api/client'

// The embedded data layer, used when no real backend is configured (VITE_API_BASE_URL unset; with
// it set, this branch and the mock code are left out of the build). main.tsx imports this module
// first, so the mock chunk (index.html preloads it) is requested before React and the views are
// evaluated; the static shell in index.html has already painted. Requests wait for it, then are
// answered in the page: no service worker.
if (!import.meta.env.VITE_API_BASE_URL) {
  setTransport(import('../../mocks/browser').then((m) => m.startMockLayer()))
}
