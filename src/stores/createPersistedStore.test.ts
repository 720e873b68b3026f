import { renderHook } from '@testing-library/react'
import * as z from 'zod/mini'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createPersistedStore } from './createPersistedStore'
import { storageProblemDismissed, useStorageProblems } from './storageHealth'

const KEY = 'test:doc'
interface Doc {
  name: string
  notes: Record<string, string>
}
const schema = z.object({ name: z.string(), notes: z.record(z.string(), z.string()) })

let time = 1000
const opened: { dispose: () => void }[] = []
/** One browser tab's copy of the store (all tabs share jsdom's localStorage). */
function openTab() {
  const tab = createPersistedStore<Doc, Doc>(
    { name: 'Case', notes: {} },
    {
      name: KEY,
      version: 1,
      partialize: (s) => ({ name: s.name, notes: s.notes }),
      schema,
      migrate: (persisted, version) => {
        if (version === 0) return { name: String((persisted as { title?: unknown }).title), notes: {} }
        throw new Error('unreadable')
      },
      now: () => time,
    },
  )
  opened.push(tab.persistence)
  return tab
}

/** What the browser does after a tab writes: tell the other tabs. */
function deliver(raw: string | null) {
  window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: raw, storageArea: localStorage }))
}

function problems() {
  return renderHook(() => useStorageProblems(KEY)).result.current.map(([, p]) => p)
}

beforeEach(() => {
  localStorage.clear()
  time = 1000
  for (const [key] of renderHook(() => useStorageProblems(KEY)).result.current) storageProblemDismissed(key)
})
afterEach(() => {
  vi.restoreAllMocks()
  for (const tab of opened.splice(0)) tab.dispose()
})

describe('createPersistedStore', () => {
  it('saves data only and reads it back in a new tab', () => {
    const a = openTab()
    a.useStore.setState({ notes: { A1: 'HSI' } })
    const b = openTab()
    expect(b.useStore.getState().notes).toEqual({ A1: 'HSI' })
  })

  it('migrates an older version and saves it in the current shape', () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 0, state: { title: 'Old' } }))
    const tab = openTab()
    expect(tab.useStore.getState().name).toBe('Old')
    expect(JSON.parse(localStorage.getItem(KEY) ?? '').version).toBe(1)
  })

  it.each([
    ['unparsable JSON', '{"version":1,"state":{'],
    ['a state that fails the schema', JSON.stringify({ version: 1, state: { name: 3, notes: null } })],
    ['a newer version', JSON.stringify({ version: 9, state: {} })],
  ])('keeps %s aside, says so, and starts afresh', (_what, raw) => {
    localStorage.setItem(KEY, raw)
    const tab = openTab()
    expect(tab.useStore.getState().name).toBe('Case')
    expect(localStorage.getItem(`${KEY}:corrupt:1000`)).toBe(raw)
    expect(problems()).toEqual([{ kind: 'corrupt', backupKey: `${KEY}:corrupt:1000` }])
  })

  it('reports a full storage and keeps the change in the tab', () => {
    const tab = openTab()
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    tab.useStore.setState({ notes: { A1: 'kept' } })
    expect(tab.useStore.getState().notes.A1).toBe('kept')
    expect(problems()).toEqual([{ kind: 'full' }])
  })

  it('keeps every character typed in two tabs into different notes at the same time', () => {
    const a = openTab()
    const b = openTab()
    time = 2000
    a.useStore.setState({ notes: { A1: 'typed in A' } })
    const fromA = localStorage.getItem(KEY)
    // B saves before the browser has told it about A's save, so storage now lacks A's note.
    b.useStore.setState({ notes: { B2: 'typed in B' } })
    const fromB = localStorage.getItem(KEY)
    deliver(fromA)
    deliver(fromB)
    deliver(localStorage.getItem(KEY))
    const both = { A1: 'typed in A', B2: 'typed in B' }
    expect(a.useStore.getState().notes).toEqual(both)
    expect(b.useStore.getState().notes).toEqual(both)
    expect(JSON.parse(localStorage.getItem(KEY) ?? '').state.notes).toEqual(both)
  })

  it('lets the newer change to the same field win, and tells the tab whose change was replaced', () => {
    const a = openTab()
    const b = openTab()
    time = 2000
    a.useStore.setState({ name: 'Named in A' })
    const fromA = localStorage.getItem(KEY)
    time = 2001
    b.useStore.setState({ name: 'Named in B' })
    const fromB = localStorage.getItem(KEY)
    deliver(fromA)
    deliver(fromB)
    expect(a.useStore.getState().name).toBe('Named in B')
    expect(b.useStore.getState().name).toBe('Named in B')
    expect(problems()).toEqual([{ kind: 'replaced', fields: ['name'] }])
  })

  it('does not call a later edit of a change the other tab had already seen a conflict', () => {
    const a = openTab()
    const b = openTab()
    time = 2000
    a.useStore.setState({ name: 'Named in A' })
    deliver(localStorage.getItem(KEY))
    expect(b.useStore.getState().name).toBe('Named in A')
    time = 3000
    b.useStore.setState({ name: 'Renamed in B' })
    deliver(localStorage.getItem(KEY))
    expect(a.useStore.getState().name).toBe('Renamed in B')
    expect(problems()).toEqual([])
  })

  it('never overwrites unsaved work in a tab whose storage writes failed', () => {
    const a = openTab()
    const b = openTab()
    time = 2000
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    b.useStore.setState({ notes: { B2: 'unsaved in B' } })
    setItem.mockRestore()
    time = 3000
    a.useStore.setState({ name: 'Renamed in A' })
    deliver(localStorage.getItem(KEY))
    expect(b.useStore.getState()).toMatchObject({ name: 'Renamed in A', notes: { B2: 'unsaved in B' } })
    // B saved the merged copy, so its work is now stored too.
    expect(JSON.parse(localStorage.getItem(KEY) ?? '').state.notes).toEqual({ B2: 'unsaved in B' })
  })
})
