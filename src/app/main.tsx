import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { apiBaseUrl, setRequestGate } from '../api/client'
import { App } from './App'
import { createQueryClient } from './queryClient'
import './styles.css'

// The embedded data layer: loaded as its own chunk after the shell starts rendering, and only
// when no real backend is configured. Requests wait for it; the first paint does not.
if (!apiBaseUrl) {
  setRequestGate(import('../../mocks/browser').then((m) => m.startMockWorker()))
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
)
