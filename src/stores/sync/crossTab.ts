/**
 * Cross-tab sync: the browser fires a `storage` event in every other tab of the same origin when
 * one tab writes localStorage. Persisted stores subscribe here with the keys they own; merging is
 * theirs (see createPersistedStore and merge.ts).
 */
type Listener = (key: string, newValue: string | null) => void

const listeners = new Set<Listener>()
let listening = false

function onStorage(event: StorageEvent): void {
  // `key` is null when another tab clears all storage: each store keeps what it holds.
  if (event.key === null) return
  try {
    if (event.storageArea !== window.localStorage) return
  } catch {
    return
  }
  for (const listener of listeners) listener(event.key, event.newValue)
}

/** Calls `listener(key, newValue)` whenever another tab writes or removes a localStorage key. */
export function listenToOtherTabs(listener: Listener): () => void {
  listeners.add(listener)
  if (!listening && typeof window !== 'undefined') {
    window.addEventListener('storage', onStorage)
    listening = true
  }
  return () => listeners.delete(listener)
}
