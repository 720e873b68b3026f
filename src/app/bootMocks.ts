import { apiBaseUrl, setRequestGate } from '../api/client'

// The embedded data layer, used when no real backend is configured. main.tsx imports this module
// first, so msw's chunk starts loading before React and the views are evaluated (the static shell
// in index.html has already painted). Requests wait for its service worker.
if (!apiBaseUrl) {
  setRequestGate(import('../../mocks/browser').then((m) => m.startMockWorker()))
}
