import { afterEach, describe, expect, it } from 'vitest'
import { mockTransport, startMockLayer } from './browser'
import { controls, resetControls } from './controls'

afterEach(() => {
  resetControls()
  controls.latencyMs = 0
  window.history.replaceState(null, '', '/')
})

describe('the embedded data layer in the page (no service worker)', () => {
  it('answers an API request from the msw handlers', async () => {
    const response = await mockTransport('/api/companies/palantir', {})
    expect(response.status).toBe(200)
    expect(((await response.json()) as { name: string }).name).toMatch(/Palantir/)
  })

  it('answers 404 for a path no handler knows', async () => {
    const response = await mockTransport('/api/no-such-thing', {})
    expect(response.status).toBe(404)
  })

  it('stops waiting when the request is aborted', async () => {
    controls.latencyMs = 5_000
    const abort = new AbortController()
    const pending = mockTransport('/api/sources', { signal: abort.signal })
    abort.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('takes the test switches from the address in development and test builds', async () => {
    window.history.replaceState(null, '', '/?mockFail=sources')
    const send = startMockLayer()
    expect((await send('/api/sources', {})).status).toBe(500)
    window.__mockControl?.recover()
    expect((await send('/api/sources', {})).status).toBe(200)
  })
})
