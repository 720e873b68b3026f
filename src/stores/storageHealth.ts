import { create } from 'zustand'

/** What went wrong with the browser's storage, so the view can say so. */
export type StorageProblem =
  { kind: 'unavailable' } | { kind: 'full' } | { kind: 'corrupt'; backupKey: string } | { kind: 'corrupt-unsaved' }

interface StorageHealth {
  /** By persisted store name: each view tells about its own store. */
  problems: Record<string, StorageProblem>
}

const useStorageHealth = create<StorageHealth>(() => ({ problems: {} }))

function set(name: string, problem: StorageProblem | null): void {
  useStorageHealth.setState((s) => {
    const problems = { ...s.problems }
    if (problem) problems[name] = problem
    else delete problems[name]
    return { problems }
  })
}

/** Records a storage problem of one persisted store (called by its storage wrapper). */
export function storageProblemOccurred(name: string, problem: StorageProblem): void {
  set(name, problem)
}

/** Clears a write problem once a write succeeds again; a corrupt-data notice stays until dismissed. */
export function storageRecovered(name: string): void {
  const current = useStorageHealth.getState().problems[name]
  if (current && (current.kind === 'full' || current.kind === 'unavailable')) set(name, null)
}

export function useStorageProblem(name: string): StorageProblem | null {
  return useStorageHealth((s) => s.problems[name] ?? null)
}

export function storageProblemDismissed(name: string): void {
  set(name, null)
}
