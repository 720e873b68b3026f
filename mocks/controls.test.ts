import { afterEach, describe, expect, it } from 'vitest'
import { applyControlsFromSearch, controls, installControlHook, isFailing, latencyFor, resetControls } from './controls'

afterEach(() => resetControls())

describe('mock controls', () => {
  it('reads latency and failing areas from the query string', () => {
    applyControlsFromSearch('?mockLatency=0&mockFail=contracts,arrests')
    expect(latencyFor()).toBe(0)
    expect(isFailing('contracts')).toBe(true)
    expect(isFailing('arrests')).toBe(true)
    expect(isFailing('timeline')).toBe(false)
  })
  it('uses a realistic latency between 100 and 400 ms by default', () => {
    resetControls()
    expect(latencyFor(() => 0)).toBe(100)
    expect(latencyFor(() => 1)).toBe(400)
  })
  it('fails every area with "all" and recovers through the runtime hook', () => {
    const target: Parameters<typeof installControlHook>[0] = {}
    installControlHook(target)
    target.__mockControl?.fail('all')
    expect(isFailing('sources')).toBe(true)
    target.__mockControl?.recover()
    expect(isFailing('sources')).toBe(false)
    expect(controls.failing.size).toBe(0)
  })
})
