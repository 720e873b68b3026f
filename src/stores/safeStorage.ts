import type { PersistStorage, StorageValue } from 'zustand/middleware'
import { storageProblemOccurred, storageRecovered } from './storageHealth'

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
  )
}

function browserStorage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    return null
  }
}

/**
 * A persist storage that never loses what a person entered: a failed write (storage full or
 * unavailable) is reported and the in-memory state keeps working; a stored value that cannot be
 * read is copied aside to `<name>:corrupt:<time>` before anything else is written, and if it
 * cannot be copied, nothing is written over it at all.
 *
 * `isValid` checks a current-version state; older versions go to the store's migrate.
 */
export function createSafeStorage<S>(options: {
  currentVersion: number
  isValid: (state: unknown) => boolean
  now?: () => number
}): PersistStorage<S> & { keepAside: (name: string) => void } {
  const now = options.now ?? Date.now
  let writesBlocked = false
  const lastWritten = new Map<string, string>()

  const keepAside = (name: string) => {
    const storage = browserStorage()
    const raw = storage?.getItem(name)
    if (!storage || raw === null || raw === undefined) return
    const backupKey = `${name}:corrupt:${now()}`
    try {
      storage.setItem(backupKey, raw)
      storageProblemOccurred(name, { kind: 'corrupt', backupKey })
    } catch {
      writesBlocked = true
      storageProblemOccurred(name, { kind: 'corrupt-unsaved' })
    }
  }

  return {
    keepAside,
    getItem(name) {
      const storage = browserStorage()
      let raw: string | null
      try {
        if (!storage) throw new Error('no storage')
        raw = storage.getItem(name)
      } catch {
        storageProblemOccurred(name, { kind: 'unavailable' })
        return null
      }
      if (raw === null) return null
      let value: unknown
      try {
        value = JSON.parse(raw)
      } catch {
        keepAside(name)
        return null
      }
      const envelope = value as Partial<StorageValue<unknown>> | null
      const version = typeof envelope?.version === 'number' ? envelope.version : null
      const readable =
        envelope !== null &&
        typeof envelope === 'object' &&
        version !== null &&
        version <= options.currentVersion &&
        (version < options.currentVersion || options.isValid(envelope.state))
      if (!readable) {
        keepAside(name)
        return null
      }
      lastWritten.set(name, raw)
      return envelope as StorageValue<S>
    },
    setItem(name, value) {
      if (writesBlocked) {
        storageProblemOccurred(name, { kind: 'corrupt-unsaved' })
        return
      }
      const raw = JSON.stringify(value)
      // Unchanged: skip, so two tabs answering each other's storage events never loop.
      if (lastWritten.get(name) === raw) return
      const storage = browserStorage()
      try {
        if (!storage) throw new Error('no storage')
        storage.setItem(name, raw)
        lastWritten.set(name, raw)
        storageRecovered(name)
      } catch (error) {
        storageProblemOccurred(name, { kind: isQuotaError(error) ? 'full' : 'unavailable' })
      }
    },
    removeItem(name) {
      try {
        browserStorage()?.removeItem(name)
      } catch {
        storageProblemOccurred(name, { kind: 'unavailable' })
      }
    },
  }
}
