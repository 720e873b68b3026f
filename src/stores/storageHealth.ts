import { create } from 'zustand'

/** What went wrong with the browser's storage, so the view can say so. */
export type StorageProblem =
  | { kind: 'unavailable' }
  | { kind: 'full' }
  | { kind: 'corrupt'; backupKey: string }
  | { kind: 'corrupt-unsaved' }
  /** One item is over the store's size limit: it is not saved, the rest are. */
  | { kind: 'too-large'; item: string; size: string; limit: string; keptPrevious: boolean }
  /** Another tab's newer change replaced this tab's change to these fields. */
  | { kind: 'replaced'; fields: string[] }

interface StorageHealth {
  /** By storage key (a store's key, or one of its item keys). */
  problems: Record<string, StorageProblem>
}

const useStorageHealth = create<StorageHealth>(() => ({ problems: {} }))

function set(key: string, problem: StorageProblem | null): void {
  useStorageHealth.setState((s) => {
    const problems = { ...s.problems }
    if (problem) problems[key] = problem
    else delete problems[key]
    return { problems }
  })
}

/** Records a storage problem with one key (called by the persistence recipe). */
export function storageProblemOccurred(key: string, problem: StorageProblem): void {
  set(key, problem)
}

/** Clears a write problem once a write of that key succeeds again; other notices stay until dismissed. */
export function storageRecovered(key: string): void {
  const current = useStorageHealth.getState().problems[key]
  if (current && (current.kind === 'full' || current.kind === 'unavailable' || current.kind === 'too-large'))
    set(key, null)
}

function belongsTo(storeKey: string, key: string): boolean {
  return key === storeKey || key.startsWith(`${storeKey}:`)
}

const none: [string, StorageProblem][] = []
const cache = new Map<string, { problems: Record<string, StorageProblem>; list: [string, StorageProblem][] }>()

// Cached per store, so a selector returns the same array until the problems change.
function problemsOf(problems: Record<string, StorageProblem>, storeKey: string): [string, StorageProblem][] {
  const hit = cache.get(storeKey)
  if (hit && hit.problems === problems) return hit.list
  const list = Object.entries(problems).filter(([key]) => belongsTo(storeKey, key))
  const entry = { problems, list: list.length ? list : none }
  cache.set(storeKey, entry)
  return entry.list
}

/** The problems of one store and its items, as `[key, problem]` pairs. */
export function useStorageProblems(storeKey: string): [string, StorageProblem][] {
  return useStorageHealth((s) => problemsOf(s.problems, storeKey))
}

/** The fields already reported as replaced for a key, so a new report adds to them. */
export function replacedFieldsOf(key: string): string[] {
  const current = useStorageHealth.getState().problems[key]
  return current?.kind === 'replaced' ? current.fields : []
}

export function storageProblemDismissed(key: string): void {
  set(key, null)
}
