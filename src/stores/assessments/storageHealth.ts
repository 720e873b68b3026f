import { create } from 'zustand'

/** What went wrong with the browser's storage, so the view can say so. */
export type StorageProblem =
  { kind: 'unavailable' } | { kind: 'full' } | { kind: 'corrupt'; backupKey: string } | { kind: 'corrupt-unsaved' }

interface StorageHealth {
  problem: StorageProblem | null
}

const useStorageHealth = create<StorageHealth>(() => ({ problem: null }))

/** Records a storage problem (called by the persisted stores' storage wrapper). */
export function storageProblemOccurred(problem: StorageProblem): void {
  useStorageHealth.setState({ problem })
}

/** Clears a write problem once a write succeeds again; a corrupt-data notice stays until dismissed. */
export function storageRecovered(): void {
  const current = useStorageHealth.getState().problem
  if (current && (current.kind === 'full' || current.kind === 'unavailable'))
    useStorageHealth.setState({ problem: null })
}

export function useStorageProblem(): StorageProblem | null {
  return useStorageHealth((s) => s.problem)
}

export function storageProblemDismissed(): void {
  useStorageHealth.setState({ problem: null })
}
