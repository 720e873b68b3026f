import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createSafeStorage } from './safeStorage'
import { storageProblemDismissed, useStorageProblem } from './storageHealth'
import { renderHook } from '@testing-library/react'

const NAME = 'test:store'

function makeStorage() {
  return createSafeStorage<{ n: number }>({
    currentVersion: 2,
    isValid: (s) => typeof (s as { n?: unknown })?.n === 'number',
    now: () => 1234,
  })
}

function problem() {
  return renderHook(() => useStorageProblem(NAME)).result.current
}

beforeEach(() => {
  localStorage.clear()
  storageProblemDismissed(NAME)
})
afterEach(() => localStorage.clear())

describe('createSafeStorage', () => {
  it('reads back what it wrote', () => {
    const storage = makeStorage()
    storage.setItem(NAME, { state: { n: 3 }, version: 2 })
    expect(makeStorage().getItem(NAME)).toEqual({ state: { n: 3 }, version: 2 })
    expect(problem()).toBeNull()
  })

  it('keeps a corrupt entry aside under a backup key and says so', () => {
    localStorage.setItem(NAME, '{"state": {"n": 3')
    const storage = makeStorage()
    expect(storage.getItem(NAME)).toBeNull()
    expect(localStorage.getItem(`${NAME}:corrupt:1234`)).toBe('{"state": {"n": 3')
    expect(problem()).toEqual({ kind: 'corrupt', backupKey: `${NAME}:corrupt:1234` })
    storage.setItem(NAME, { state: { n: 1 }, version: 2 })
    expect(localStorage.getItem(`${NAME}:corrupt:1234`)).toBe('{"state": {"n": 3')
  })

  it('treats a current-version entry of the wrong shape as corrupt', () => {
    localStorage.setItem(NAME, JSON.stringify({ state: { n: 'three' }, version: 2 }))
    expect(makeStorage().getItem(NAME)).toBeNull()
    expect(localStorage.getItem(`${NAME}:corrupt:1234`)).toContain('three')
  })

  it('hands an older version to migrate untouched', () => {
    localStorage.setItem(NAME, JSON.stringify({ state: { answers: {} }, version: 1 }))
    expect(makeStorage().getItem(NAME)).toEqual({ state: { answers: {} }, version: 1 })
  })

  it('writes nothing over a corrupt entry it could not copy aside', () => {
    localStorage.setItem(NAME, 'garbage')
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    const storage = makeStorage()
    storage.getItem(NAME)
    setItem.mockRestore()
    storage.setItem(NAME, { state: { n: 1 }, version: 2 })
    expect(localStorage.getItem(NAME)).toBe('garbage')
    expect(problem()).toEqual({ kind: 'corrupt-unsaved' })
  })

  it('reports a full storage and recovers once a write succeeds', () => {
    const storage = makeStorage()
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    storage.setItem(NAME, { state: { n: 1 }, version: 2 })
    expect(problem()).toEqual({ kind: 'full' })
    setItem.mockRestore()
    storage.setItem(NAME, { state: { n: 2 }, version: 2 })
    expect(problem()).toBeNull()
    expect(JSON.parse(localStorage.getItem(NAME) ?? '')).toEqual({ state: { n: 2 }, version: 2 })
  })

  it('reports storage that cannot be read at all', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    expect(makeStorage().getItem(NAME)).toBeNull()
    expect(problem()).toEqual({ kind: 'unavailable' })
  })
})
