import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterAll, afterEach, beforeAll } from 'vitest'
import { controls, resetControls } from '../../mocks/controls'
import { server } from '../../mocks/node'

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => {
  cleanup()
  server.resetHandlers()
  resetControls()
  controls.latencyMs = 0
})
afterAll(() => server.close())
controls.latencyMs = 0
