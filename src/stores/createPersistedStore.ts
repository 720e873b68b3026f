import { create, type StoreApi, type UseBoundStore } from 'zustand'
import { itemIdOf, itemKey } from './storageKeys'
import { replacedFieldsOf, storageProblemOccurred, storageRecovered } from './storageHealth'
import { mergeDocuments, stampChanges, type FieldClock } from './sync/merge'
import { listenToOtherTabs } from './sync/crossTab'

/** A zod schema, or anything with the same `safeParse`. */
interface Schema {
  safeParse: (value: unknown) => { success: boolean }
}

/** What one stored key holds: the document, the version of its shape, and its fields' change times. */
interface Envelope {
  version: number
  state: unknown
  clock?: FieldClock
  /** Per field, the time of the value the last change replaced: tells a sequential edit from a concurrent one. */
  basis?: FieldClock
}

/** An item refused for its size: what to call it and the limit it is over, for the notice. */
export interface TooLarge {
  item: string
  size: string
  limit: string
}

export interface PersistedStoreOptions<S, P> {
  /** The storage key, from STORAGE_KEYS. */
  name: string
  /** Version of the persisted shape; older stored states go through `migrate`. */
  version: number
  /** What is saved: data only, never actions or derived values. */
  partialize: (state: S) => P
  /** The current version's shape: a stored state that fails it is kept aside, never trusted. */
  schema: Schema
  /** Brings an older stored state to the current shape; throws on what it cannot read. */
  migrate: (persisted: unknown, version: number) => P
  /** Keys of earlier versions, read when the current key is empty and removed after the first save. */
  legacyNames?: string[]
  /**
   * Save each item of this array field under its own key, so one item that cannot be saved never
   * blocks the others, and two tabs merge item by item.
   */
  collection?: { field: keyof P & string; itemSchema: Schema }
  /** How deep two tabs' copies are merged field by field (2: `answers/A1`). */
  mergeDepth?: number
  /** Fields of the index document each tab keeps for itself (which item it has open). */
  perTab?: (keyof P & string)[]
  /** Fields changed by every edit (`updatedAt`): never named in the notice. */
  quietFields?: string[]
  /**
   * Refuses to save a document that is too large, so the last saved copy stays. Default: over 2 MB.
   * `savedChars` turns the document into text to measure it: a check that can decide from the
   * document itself (a count of positions) should not call it, so a large document is never
   * serialized on the page's main thread only to be refused.
   */
  tooLarge?: (document: unknown, savedChars: () => number) => TooLarge | null
  /** Another tab's change was merged in: `replaced` are this tab's own changes its newer ones replaced. */
  onOtherTab?: (change: { before: S; after: S; replaced: string[] }) => void
  now?: () => number
}

/** About 4 MB in UTF-16: a single item above this could never fit beside the others. */
export const DEFAULT_MAX_DOCUMENT_CHARS = 2_000_000

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

function megabytes(chars: number): string {
  // localStorage keeps UTF-16: two bytes a character.
  return `${((chars * 2) / 1_000_000).toFixed(1)} MB`
}

function defaultTooLarge(document: unknown, savedChars: () => number): TooLarge | null {
  const chars = savedChars()
  if (chars <= DEFAULT_MAX_DOCUMENT_CHARS) return null
  const name = (document as { name?: unknown } | null)?.name
  return {
    item: typeof name === 'string' ? `“${name}”` : 'This item',
    size: megabytes(chars),
    limit: `${megabytes(DEFAULT_MAX_DOCUMENT_CHARS)} per item`,
  }
}

/** The store plus its persistence handle (for tests and for the store's own sync logic). */
export interface PersistedStore<S> {
  useStore: UseBoundStore<StoreApi<S>>
  persistence: {
    /** Reads storage again, as on a page load. */
    rehydrate: () => void
    /** Forgets what this tab knows about storage (tests). */
    reset: () => void
    /** Stops following other tabs (tests that open several copies). */
    dispose: () => void
  }
}

/**
 * One recipe for every persisted store: a zustand store whose data (`partialize`) is saved to
 * localStorage on every change and read back on load, with
 * - safe storage: a failed write (full, blocked) is reported and the tab keeps working;
 * - a schema check of every stored state, and `migrate` for older versions;
 * - corrupt data kept aside under `<key>:corrupt:<time>` before anything is written over it;
 * - health reporting (storageHealth) that a storage notice shows;
 * - items of a collection under their own keys, with a size limit per item that names the item;
 * - cross-tab sync: another tab's change is merged field by field (newest change wins), so
 *   neither tab loses an answer or a keystroke, and unsaved work in a tab is never overwritten.
 */
export function createPersistedStore<S extends object, P extends object>(
  initialState: S,
  options: PersistedStoreOptions<S, P>,
): PersistedStore<S> {
  const now = options.now ?? Date.now
  const depth = options.mergeDepth ?? 2
  const tooLarge = options.tooLarge ?? defaultTooLarge
  const collection = options.collection
  const perTab = new Set<string>(options.perTab ?? [])
  const quiet = new Set<string>(options.quietFields ?? [])
  const useStore = create<S>()(() => initialState)

  /** Per key: the document as last saved or merged, its clock, the raw text last seen in storage. */
  let docs = new Map<string, unknown>()
  let clocks = new Map<string, FieldClock>()
  let bases = new Map<string, FieldClock>()
  let lastRaw = new Map<string, string | null>()
  /** Fields this tab changed itself, with the change time: to tell which ones another tab replaced. */
  let ownEdits = new Map<string, Map<string, number>>()
  /** Keys whose stored value could not be kept aside: never written over. */
  let frozen = new Set<string>()
  /** Keys whose last write failed: tried again on the next change. */
  let unsaved = new Set<string>()
  let applying = false
  const emptyIndex = toDocs(options.partialize(initialState)).get(options.name)

  // ---- documents: the persisted state as one index document plus one per collection item ----

  function toDocs(p: P): Map<string, unknown> {
    const out = new Map<string, unknown>()
    if (!collection) {
      out.set(options.name, p)
      return out
    }
    const { [collection.field]: items, ...rest } = p as Record<string, unknown>
    const list = (items as { id: string }[] | undefined) ?? []
    out.set(options.name, { ...rest, order: list.map((i) => i.id) })
    for (const item of list) out.set(itemKey(options.name, item.id), item)
    return out
  }

  function fromDocs(map: Map<string, unknown>, localOrder: string[] = []): P {
    const index = map.get(options.name)
    if (!collection) return index as P
    const { order = [], ...rest } = (index ?? {}) as Record<string, unknown> & { order?: string[] }
    const items = new Map<string, unknown>()
    for (const [key, value] of map) {
      const id = itemIdOf(options.name, key)
      if (id !== null) items.set(id, value)
    }
    const list: unknown[] = []
    for (const id of [...order, ...localOrder, ...items.keys()]) {
      const item = items.get(id)
      if (item !== undefined) {
        list.push(item)
        items.delete(id)
      }
    }
    return { ...rest, [collection.field]: list } as P
  }

  // ---- reading and writing one key ----

  function keepAside(key: string, raw: string): void {
    const storage = browserStorage()
    const backupKey = `${key}:corrupt:${now()}`
    try {
      storage?.setItem(backupKey, raw)
      storageProblemOccurred(key, { kind: 'corrupt', backupKey })
    } catch {
      frozen.add(key)
      storageProblemOccurred(key, { kind: 'corrupt-unsaved' })
    }
  }

  function parseEnvelope(raw: string): Envelope | null {
    try {
      const value = JSON.parse(raw) as Partial<Envelope> | null
      if (typeof value !== 'object' || value === null || typeof value.version !== 'number') return null
      if (value.clock !== undefined && (typeof value.clock !== 'object' || value.clock === null)) return null
      const basis = typeof value.basis === 'object' && value.basis !== null ? value.basis : {}
      return { version: value.version, state: value.state, clock: value.clock ?? {}, basis }
    } catch {
      return null
    }
  }

  function validDocument(key: string, state: unknown): boolean {
    if (key === options.name)
      return collection ? typeof state === 'object' && state !== null : options.schema.safeParse(state).success
    return collection ? collection.itemSchema.safeParse(state).success : false
  }

  function write(key: string, value: unknown): void {
    if (frozen.has(key)) {
      storageProblemOccurred(key, { kind: 'corrupt-unsaved' })
      return
    }
    const storage = browserStorage()
    let text: string | null = null
    const serialize = () =>
      (text ??= JSON.stringify({
        version: options.version,
        state: value,
        clock: clocks.get(key) ?? {},
        basis: bases.get(key) ?? {},
      }))
    // Size first: a document refused by its shape is never serialized.
    const refused = value === undefined ? null : tooLarge(value, () => serialize().length)
    const raw = value === undefined ? null : refused ? null : serialize()
    if (!refused && raw === lastRaw.get(key) && !unsaved.has(key)) return
    unsaved.add(key)
    if (refused) {
      let keptPrevious = false
      try {
        keptPrevious = storage?.getItem(key) != null
      } catch {
        // Reading failed too: the notice says only what is known.
      }
      storageProblemOccurred(key, { kind: 'too-large', ...refused, keptPrevious })
      return
    }
    try {
      if (!storage) throw new Error('no storage')
      if (raw === null) storage.removeItem(key)
      else storage.setItem(key, raw)
      lastRaw.set(key, raw)
      unsaved.delete(key)
      storageRecovered(key)
      for (const legacy of options.legacyNames ?? []) if (storage.getItem(legacy) !== null) storage.removeItem(legacy)
    } catch (error) {
      storageProblemOccurred(key, { kind: isQuotaError(error) ? 'full' : 'unavailable' })
    }
  }

  // ---- loading ----

  function load(): void {
    const storage = browserStorage()
    let keys: string[]
    let read: (key: string) => string | null
    try {
      if (!storage) throw new Error('no storage')
      keys = Object.keys(storage)
      read = (key) => storage.getItem(key)
      read(options.name)
    } catch {
      storageProblemOccurred(options.name, { kind: 'unavailable' })
      return
    }
    let indexKey = options.name
    let indexRaw = read(options.name)
    for (const legacy of options.legacyNames ?? []) {
      if (indexRaw !== null) break
      indexRaw = read(legacy)
      indexKey = legacy
    }
    const loaded = new Map<string, unknown>()
    const loadedClocks = new Map<string, FieldClock>()
    const loadedBases = new Map<string, FieldClock>()
    let version = options.version
    if (indexRaw !== null) {
      const envelope = parseEnvelope(indexRaw)
      if (!envelope || envelope.version > options.version) {
        keepAside(indexKey, indexRaw)
        return
      }
      version = envelope.version
      lastRaw.set(options.name, indexKey === options.name ? indexRaw : null)
      loaded.set(options.name, envelope.state)
      loadedClocks.set(options.name, envelope.clock ?? {})
      loadedBases.set(options.name, envelope.basis ?? {})
    }
    if (collection) {
      for (const key of keys) {
        if (itemIdOf(options.name, key) === null) continue
        const raw = read(key)
        if (raw === null) continue
        const envelope = parseEnvelope(raw)
        const readable =
          envelope !== null &&
          envelope.version <= options.version &&
          (envelope.version < options.version || validDocument(key, envelope.state))
        if (!envelope || !readable) {
          keepAside(key, raw)
          continue
        }
        version = Math.min(version, envelope.version)
        lastRaw.set(key, raw)
        loaded.set(key, envelope.state)
        loadedClocks.set(key, envelope.clock ?? {})
        loadedBases.set(key, envelope.basis ?? {})
      }
    }
    if (loaded.size === 0) return
    if (!loaded.has(options.name)) loaded.set(options.name, emptyIndex)
    let persisted: P
    // An older layout kept the collection inline in the index document.
    const inline =
      collection !== undefined &&
      Array.isArray((loaded.get(options.name) as Record<string, unknown> | undefined)?.[collection.field])
    try {
      const assembled = inline ? loaded.get(options.name) : fromDocs(loaded)
      persisted = version < options.version || inline ? options.migrate(assembled, version) : (assembled as P)
      if (!options.schema.safeParse(persisted).success) throw new Error('schema')
    } catch {
      if (indexRaw !== null) keepAside(indexKey, indexRaw)
      return
    }
    docs = toDocs(persisted)
    clocks = new Map([...docs.keys()].map((key) => [key, loadedClocks.get(key) ?? {}]))
    bases = new Map([...docs.keys()].map((key) => [key, loadedBases.get(key) ?? {}]))
    applying = true
    useStore.setState({ ...persisted } as Partial<S>)
    applying = false
    // Saves what a migration or a legacy key changed, in the current layout.
    if (version < options.version || inline || indexKey !== options.name) {
      unsaved = new Set(docs.keys())
      for (const [key, value] of docs) write(key, value)
    }
  }

  // ---- saving every change ----

  function save(state: S): void {
    const next = toDocs(options.partialize(state))
    const stamp = now()
    for (const key of new Set([...docs.keys(), ...next.keys()])) {
      const before = docs.get(key)
      const after = next.get(key)
      if (before === after && !unsaved.has(key)) continue
      const previous = clocks.get(key) ?? {}
      const clock = stampChanges(before, after, previous, stamp, depth)
      if (clock !== previous) {
        const mine = ownEdits.get(key) ?? new Map<string, number>()
        const basis = { ...bases.get(key) }
        for (const [path, t] of Object.entries(clock))
          if (t !== previous[path]) {
            mine.set(path, t)
            basis[path] = previous[path] ?? 0
          }
        ownEdits.set(key, mine)
        bases.set(key, basis)
      }
      clocks.set(key, clock)
      if (after === undefined && key === options.name) continue
      write(key, after)
      if (after === undefined) clocks.delete(key)
    }
    docs = next
  }

  useStore.subscribe((state) => {
    if (!applying) save(state)
  })

  // ---- another tab's change ----

  function otherTabWrote(key: string, raw: string | null): void {
    const isOurs = key === options.name || (collection && itemIdOf(options.name, key) !== null)
    if (!isOurs || raw === lastRaw.get(key)) return
    let remote: unknown
    let remoteClock: FieldClock = {}
    let remoteBasis: FieldClock = {}
    if (raw === null) {
      remote = undefined
    } else {
      const envelope = parseEnvelope(raw)
      // Another tab running an older or newer version, or a damaged write: leave this tab as it is.
      if (!envelope || envelope.version !== options.version || !validDocument(key, envelope.state)) return
      remote = envelope.state
      remoteClock = envelope.clock ?? {}
      remoteBasis = envelope.basis ?? {}
    }
    const before = useStore.getState()
    const local = docs.get(key)
    const localClock = clocks.get(key) ?? {}
    let merged: unknown
    let mergedClock: FieldClock
    let replaced: string[] = []
    if (remote === undefined) {
      // Deleted in the other tab: this tab follows (its own notice can offer to keep a copy).
      merged = key === options.name ? local : undefined
      mergedClock = localClock
    } else if (local === undefined) {
      merged = remote
      mergedClock = remoteClock
    } else {
      const result = mergeDocuments(local, localClock, remote, remoteClock, depth)
      merged = result.value
      mergedClock = result.clock
      const mine = ownEdits.get(key)
      // Reported: this tab's own change, replaced by one made without seeing it (not a later edit of it).
      replaced = result.replacedLocal.filter(
        (path) => mine?.get(path) === localClock[path] && remoteBasis[path] !== localClock[path] && !quiet.has(path),
      )
      const basis = { ...bases.get(key) }
      for (const [path, t] of Object.entries(result.clock))
        if (t === remoteClock[path] && t !== localClock[path]) basis[path] = remoteBasis[path] ?? 0
      bases.set(key, basis)
    }
    if (key === options.name && merged !== undefined && perTab.size > 0 && local !== undefined) {
      const own = local as Record<string, unknown>
      merged = { ...(merged as Record<string, unknown>), ...Object.fromEntries([...perTab].map((f) => [f, own[f]])) }
    }
    lastRaw.set(key, raw)
    if (merged === undefined) docs.delete(key)
    else docs.set(key, merged)
    clocks.set(key, mergedClock)
    const localOrder = collection
      ? ((before as Record<string, unknown>)[collection.field] as { id: string }[]).map((i) => i.id)
      : []
    const next = fromDocs(docs, localOrder)
    docs = toDocs(next)
    applying = true
    useStore.setState({ ...next } as Partial<S>)
    applying = false
    // This tab had newer fields than the other tab's copy: save the merged copy so both converge.
    if (merged !== undefined && JSON.stringify(merged) !== JSON.stringify(remote)) write(key, merged)
    if (replaced.length > 0) {
      const earlier = replacedFieldsOf(key)
      storageProblemOccurred(key, { kind: 'replaced', fields: [...new Set([...earlier, ...replaced])] })
    }
    options.onOtherTab?.({ before, after: useStore.getState(), replaced })
  }

  const stopListening = listenToOtherTabs(otherTabWrote)
  load()

  return {
    useStore,
    persistence: {
      rehydrate: () => {
        docs = new Map()
        clocks = new Map()
        bases = new Map()
        lastRaw = new Map()
        unsaved = new Set()
        load()
      },
      dispose: () => void stopListening(),
      reset: () => {
        docs = new Map()
        clocks = new Map()
        bases = new Map()
        lastRaw = new Map()
        ownEdits = new Map()
        frozen = new Set()
        unsaved = new Set()
        applying = true
        useStore.setState(initialState, true)
        applying = false
      },
    },
  }
}
