import { setTransport } from '../api/client'

// The embedded data layer, used when no real backend is configured (VITE_API_BASE_URL unset; with
// it set, this branch and the mock code are left out of the build). main.tsx imports this module
// first, so the mock chunk (the other views' pages preload it; the prerendered Overview's does not,
// so as not to compete with its first paint) is requested before React and the views are
// evaluated; the page's HTML has already painted. Requests wait for it, then are
// answered in the page: no service worker.
if (!import.meta.env.VITE_API_BASE_URL) {
  setTransport(import('../../mocks/browser').then((m) => m.startMockLayer()))
}
