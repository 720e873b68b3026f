/**
 * Field-by-field merging of two copies of one stored document (an assessment, a company's
 * engagement work), so that two tabs editing at the same time never lose each other's work.
 *
 * Every field carries the time of its last change in a clock (`path -> ms`), kept beside the
 * document in storage. A field is a top-level key, or one entry below it (an answer `answers/A1`,
 * a note `notes/A1`, a question text `texts/gap:A1`); arrays of objects with an `id` are merged
 * entry by entry (`custom/#q1`, `log/#e2`) with their order as a field of its own. The newer change
 * to a field wins; a field deleted later than it was set stays deleted (its clock entry remains
 * as a tombstone). The merge is commutative, so both tabs arrive at the same document.
 */

/** Last-change time of each field of a document, by path. */
export type FieldClock = Record<string, number>

/** Default merge depth: a document's top-level fields and one level below them. */
export const DEFAULT_MERGE_DEPTH = 2

type Json = unknown

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isIdArray(value: unknown): value is { id: string }[] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((v) => isPlainObject(v) && typeof (v as { id?: unknown }).id === 'string')
  )
}

/** Object keys only, never inherited ones (a stored `__proto__` key is data, not a prototype). */
function ownKeys(value: unknown): string[] {
  return isPlainObject(value) ? Object.keys(value) : []
}

function child(value: unknown, key: string): unknown {
  return isPlainObject(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

/** Values JSON.stringify leaves out of an object (and writes as null in an array) or writes oddly. */
function isUnusual(v: unknown): boolean {
  const t = typeof v
  return (
    t === 'undefined' || t === 'function' || t === 'symbol' || t === 'bigint' || (t === 'number' && !Number.isFinite(v))
  )
}

/**
 * JSON equality decided by walking both values, stopping at the first difference and at shared
 * references; null where only JSON.stringify can tell (undefined, NaN, dates, class instances).
 * A document holding 100,000 positions is then compared in microseconds when it changed, instead
 * of being turned into text twice on the page's main thread.
 */
function walkSame(a: unknown, b: unknown): boolean | null {
  if (a === b) return true
  if (isUnusual(a) || isUnusual(b)) {
    // Nothing (no stored copy yet) against a document: they differ however the document is written.
    const other = a === undefined ? b : b === undefined ? a : null
    return isPlainRecord(other) || Array.isArray(other) ? false : null
  }
  const aObject = typeof a === 'object' && a !== null
  const bObject = typeof b === 'object' && b !== null
  if (!aObject && !bObject) return false
  if (!aObject || !bObject) {
    const object = aObject ? a : b
    return isPlainRecord(object) || Array.isArray(object) ? false : null
  }
  if (Array.isArray(a) !== Array.isArray(b)) return isPlainRecord(Array.isArray(a) ? b : a) ? false : null
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false
    let undecided = false
    for (let i = 0; i < a.length; i += 1) {
      const r = walkSame(a[i], b[i])
      if (r === false) return false
      if (r === null) undecided = true
    }
    return undecided ? null : true
  }
  if (!isPlainRecord(a) || !isPlainRecord(b)) return null
  const ak = Object.keys(a)
  const bk = Object.keys(b)
  if (ak.length !== bk.length || ak.some((k, i) => k !== bk[i]))
    return ak.some((k) => isUnusual(a[k])) || bk.some((k) => isUnusual(b[k])) ? null : false
  let undecided = false
  for (const k of ak) {
    const r = walkSame(a[k], b[k])
    if (r === false) return false
    if (r === null) undecided = true
  }
  return undecided ? null : true
}

/** Equal as JSON (what storage keeps). */
function same(a: Json, b: Json): boolean {
  return walkSame(a, b) ?? JSON.stringify(a) === JSON.stringify(b)
}

function join(path: string, key: string): string {
  return path ? `${path}/${key}` : key
}

function isIdList(list: unknown[]): list is { id: string }[] {
  return list.every((v) => isPlainObject(v) && typeof (v as { id?: unknown }).id === 'string')
}

/** Both sides as id lists when they are merged entry by entry, else null (merged as one value). */
function asIdLists(a: unknown, b: unknown, depth: number): [{ id: string }[], { id: string }[]] | null {
  if (depth === 0 || !(isIdArray(a) || isIdArray(b))) return null
  const l = Array.isArray(a) ? a : a === undefined ? [] : null
  const r = Array.isArray(b) ? b : b === undefined ? [] : null
  return l && r && isIdList(l) && isIdList(r) ? [l, r] : null
}

function bothObjects(a: unknown, b: unknown, depth: number, maxDepth: number): boolean {
  return depth < maxDepth && (isPlainObject(a) || a === undefined) && (isPlainObject(b) || b === undefined)
}

function diffFields(
  before: unknown,
  after: unknown,
  path: string,
  depth: number,
  maxDepth: number,
  visit: (path: string) => void,
): void {
  if (before === after || same(before, after)) return
  if (bothObjects(before, after, depth, maxDepth)) {
    for (const key of new Set([...ownKeys(before), ...ownKeys(after)]))
      diffFields(child(before, key), child(after, key), join(path, key), depth + 1, maxDepth, visit)
    return
  }
  const lists = asIdLists(before, after, depth)
  if (lists) {
    const [b, a] = lists
    const bm = new Map(b.map((x) => [x.id, x]))
    const am = new Map(a.map((x) => [x.id, x]))
    for (const id of new Set([...bm.keys(), ...am.keys()])) if (!same(bm.get(id), am.get(id))) visit(`${path}/#${id}`)
    if (
      !same(
        b.map((x) => x.id),
        a.map((x) => x.id),
      )
    )
      visit(`${path}/#order`)
    return
  }
  visit(path)
}

/** The paths of the fields that differ between two copies of a document. */
export function changedFields(before: unknown, after: unknown, maxDepth = DEFAULT_MERGE_DEPTH): string[] {
  const paths: string[] = []
  diffFields(before, after, '', 0, maxDepth, (p) => paths.push(p))
  return paths
}

/**
 * Stamps the fields changed from `before` to `after` with `now` (at least one more than the
 * field's previous time, so a field's clock only moves forward even if the system clock does not).
 */
export function stampChanges(
  before: unknown,
  after: unknown,
  clock: FieldClock,
  now: number,
  maxDepth = DEFAULT_MERGE_DEPTH,
): FieldClock {
  const paths = changedFields(before, after, maxDepth)
  if (paths.length === 0) return clock
  const next = { ...clock }
  for (const path of paths) next[path] = Math.max(now, (clock[path] ?? 0) + 1)
  return next
}

export interface MergeResult<T> {
  value: T
  clock: FieldClock
  /** Fields whose local value was replaced by a different, newer remote one. */
  replacedLocal: string[]
}

interface Side {
  value: unknown
  clock: FieldClock
}

/** Remote wins if its change is newer; on a tie, present beats absent, then the larger JSON: both tabs agree. */
function remoteWins(path: string, local: Side & { at: unknown }, remote: Side & { at: unknown }): boolean {
  const lt = local.clock[path] ?? 0
  const rt = remote.clock[path] ?? 0
  if (rt !== lt) return rt > lt
  if (local.at === undefined) return remote.at !== undefined
  if (remote.at === undefined) return false
  return JSON.stringify(remote.at) > JSON.stringify(local.at)
}

function mergeAt(
  local: unknown,
  remote: unknown,
  path: string,
  depth: number,
  sides: { local: FieldClock; remote: FieldClock; maxDepth: number },
  replaced: string[],
): unknown {
  if (same(local, remote)) return local
  if (bothObjects(local, remote, depth, sides.maxDepth)) {
    const out: Record<string, unknown> = {}
    for (const key of new Set([...ownKeys(local), ...ownKeys(remote)])) {
      const merged = mergeAt(child(local, key), child(remote, key), join(path, key), depth + 1, sides, replaced)
      // defineProperty: a key named "__proto__" stays an own data key.
      if (merged !== undefined)
        Object.defineProperty(out, key, { value: merged, enumerable: true, writable: true, configurable: true })
    }
    return out
  }
  const lists = asIdLists(local, remote, depth)
  if (lists) return mergeIdArray(lists[0], lists[1], path, sides, replaced)
  const win = remoteWins(
    path,
    { value: local, clock: sides.local, at: local },
    { value: remote, clock: sides.remote, at: remote },
  )
  if (win && local !== undefined) replaced.push(path)
  return win ? remote : local
}

function mergeIdArray(
  local: { id: string }[],
  remote: { id: string }[],
  path: string,
  sides: { local: FieldClock; remote: FieldClock; maxDepth: number },
  replaced: string[],
): { id: string }[] {
  const lm = new Map(local.map((x) => [x.id, x]))
  const rm = new Map(remote.map((x) => [x.id, x]))
  const items = new Map<string, { id: string }>()
  for (const id of new Set([...lm.keys(), ...rm.keys()])) {
    const itemPath = `${path}/#${id}`
    const l = lm.get(id)
    const r = rm.get(id)
    let chosen: { id: string } | undefined
    if (same(l, r)) chosen = l
    else {
      const win = remoteWins(
        itemPath,
        { value: l, clock: sides.local, at: l },
        { value: r, clock: sides.remote, at: r },
      )
      if (win && l !== undefined) replaced.push(itemPath)
      chosen = win ? r : l
    }
    if (chosen) items.set(id, chosen)
  }
  const orderPath = `${path}/#order`
  const order = remoteWins(
    orderPath,
    { value: local, clock: sides.local, at: local.map((x) => x.id) },
    { value: remote, clock: sides.remote, at: remote.map((x) => x.id) },
  )
    ? [...remote, ...local]
    : [...local, ...remote]
  const out: { id: string }[] = []
  for (const { id } of order) {
    const item = items.get(id)
    if (item) {
      out.push(item)
      items.delete(id)
    }
  }
  return out
}

/**
 * Merges this tab's copy of a document with another tab's: each field takes the newer change.
 * `replacedLocal` names the fields whose value in this tab the other tab's newer change replaced,
 * so this tab can say which (the caller keeps those it changed itself).
 */
export function mergeDocuments<T>(
  local: T,
  localClock: FieldClock,
  remote: T,
  remoteClock: FieldClock,
  maxDepth = DEFAULT_MERGE_DEPTH,
): MergeResult<T> {
  const replacedLocal: string[] = []
  const sides = { local: localClock, remote: remoteClock, maxDepth }
  const value = mergeAt(local, remote, '', 0, sides, replacedLocal) as T
  const clock: FieldClock = { ...localClock }
  for (const [path, t] of Object.entries(remoteClock)) if (t > (clock[path] ?? 0)) clock[path] = t
  return { value, clock, replacedLocal }
}
