import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { apiBaseUrl, setRequestGate } from '../api/client'
import { AfterFirstPaint } from './AfterFirstPaint'
import { App } from './App'
import { createQueryClient } from './queryClient'
import './styles.css'

// The embedded data layer, used when no real backend is configured. The service worker script
// is registered at once (the browser installs it off the main thread); msw's own chunk is loaded
// only once the shell has painted, so it never delays the first paint. Requests wait for it.
let shellPainted: () => void = () => undefined
if (!apiBaseUrl) {
  void navigator.serviceWorker?.register(`${import.meta.env.BASE_URL}mockServiceWorker.js`).catch(() => undefined)
  const painted = new Promise<void>((resolve) => {
    shellPainted = resolve
  })
  setRequestGate(painted.then(() => import('../../mocks/browser')).then((m) => m.startMockWorker()))
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <App />
      <AfterFirstPaint onPainted={shellPainted} />
    </QueryClientProvider>
  </StrictMode>,
)
