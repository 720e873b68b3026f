/**
 * Runtime switches for the mocked data layer, so tests and demos can force an endpoint to fail
 * or be slow.
 *
 * In the browser, read once from the page's query string when the worker starts:
 *   ?mockLatency=0            no artificial latency (the benchmark uses it)
 *   ?mockLatency=3000         every response takes 3 s
 *   ?mockFail=contracts,arrests   those areas answer HTTP 500 until reset ("all" fails everything)
 * and at run time through `window.__mockControl` (see installControlHook).
 */
export type MockArea =
  | 'sources'
  | 'companies'
  | 'contracts'
  | 'arrests'
  | 'operations'
  | 'claims'
  | 'timeline'
  | 'checklists'
  | 'engagement'
  | 'funds'
  | (string & {})

interface MockControls {
  /** null: realistic latency, 100-400 ms. */
  latencyMs: number | null
  failing: Set<string>
}

export const controls: MockControls = { latencyMs: null, failing: new Set() }

export function resetControls(): void {
  controls.latencyMs = null
  controls.failing.clear()
}

/** Applies `mockLatency` and `mockFail` from a query string. */
export function applyControlsFromSearch(search: string): void {
  const params = new URLSearchParams(search)
  const latency = params.get('mockLatency')
  if (latency !== null && latency.trim() !== '' && Number.isFinite(Number(latency))) {
    controls.latencyMs = Math.max(0, Number(latency))
  }
  for (const area of (params.get('mockFail') ?? '').split(',')) {
    if (area.trim()) controls.failing.add(area.trim())
  }
}

export function isFailing(area: MockArea): boolean {
  return controls.failing.has(area) || controls.failing.has('all')
}

/** Milliseconds to wait before answering. */
export function latencyFor(random: () => number = Math.random): number {
  if (controls.latencyMs !== null) return controls.latencyMs
  return 100 + Math.round(random() * 300)
}

export interface MockControlHook {
  fail: (...areas: string[]) => void
  recover: (...areas: string[]) => void
  setLatency: (ms: number | null) => void
  reset: () => void
}

/** `window.__mockControl`: what e2e tests and a curious developer use in the browser console. */
export function installControlHook(target: { __mockControl?: MockControlHook }): void {
  target.__mockControl = {
    fail: (...areas) => areas.forEach((a) => controls.failing.add(a)),
    recover: (...areas) => (areas.length ? areas.forEach((a) => controls.failing.delete(a)) : controls.failing.clear()),
    setLatency: (ms) => {
      controls.latencyMs = ms
    },
    reset: resetControls,
  }
}
