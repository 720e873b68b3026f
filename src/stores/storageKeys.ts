/**
 * Every key the dashboard keeps in the browser's localStorage, in one place. Each persisted store
 * owns one key; a store that keeps a collection stores each item under `<key>:item:<id>`, and
 * anything unreadable is copied aside to `<key>:corrupt:<time>` (see createPersistedStore).
 * All keys share the `rights-dashboard:` prefix, so "site data blocked" and quota tests can match them.
 */
export const STORAGE_KEYS = {
  assessments: 'rights-dashboard:assessments',
  engagement: 'rights-dashboard:engagement',
  portfolio: 'rights-dashboard:portfolio',
  settings: 'rights-dashboard:settings',
} as const

/** Keys used by earlier versions, read once and moved to the current key. */
export const LEGACY_STORAGE_KEYS = {
  portfolio: 'red.portfolio',
} as const

/** The key an item of a collection is stored under. */
export function itemKey(storeKey: string, id: string): string {
  return `${storeKey}:item:${id}`
}

/** Is `key` one of this store's item keys (and not a kept-aside copy)? Returns the item id. */
export function itemIdOf(storeKey: string, key: string): string | null {
  const prefix = `${storeKey}:item:`
  if (!key.startsWith(prefix) || key.includes(':corrupt:')) return null
  return key.slice(prefix.length)
}
