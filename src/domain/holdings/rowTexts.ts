/**
 * Duplicate rows found by their text in the file, without a string per row: each row is a span
 * of the file's text, hashed character by character into a table of typed arrays, and compared
 * character by character only where two hashes meet. Keeping 100,000 rows' texts in a Map (one
 * string each, every one surviving until the end of the file) was a fifth of the parse's time.
 *
 * A large file's rows come from more than one source: its opening text, and its bytes after that
 * (an ordinary row is ASCII, so its bytes are its characters: the same hash, the same comparison),
 * with an unusual row decoded on its own. A span names its source.
 */
export type RowSource = string | Uint8Array

export interface RowTexts {
  /** The line of an earlier row whose text equals text[start, end), or null (the row is then remembered). */
  earlier(start: number, end: number, line: number): number | null
  /** The same for a span of another source (a row decoded on its own, or the file's bytes). */
  earlierIn(source: RowSource, start: number, end: number, line: number): number | null
  /** The same, with the span's hash already made (rowHash over its character codes). */
  earlierHashed(hash: number, source: RowSource, start: number, end: number, line: number): number | null
}

export const ROW_HASH_START = 0x811c9dc5 | 0
/** One step of the rows' hash (FNV-1a over character codes). */
export const ROW_HASH_PRIME = 0x01000193

function codeAt(source: RowSource, i: number): number {
  return typeof source === 'string' ? source.charCodeAt(i) : (source[i] as number)
}

function hashOf(source: RowSource, start: number, end: number): number {
  let h = ROW_HASH_START
  if (typeof source === 'string')
    for (let i = start; i < end; i += 1) h = Math.imul(h ^ source.charCodeAt(i), ROW_HASH_PRIME)
  else for (let i = start; i < end; i += 1) h = Math.imul(h ^ (source[i] as number), ROW_HASH_PRIME)
  return h
}

export function rowTexts(text: string, expectedRows = text.length / 32): RowTexts {
  // Room for the rows expected at half load, so that the table rarely grows (rebuilding it was
  // 4-12 ms of a 100,000-row parse). A slot holds a hash and its row's number + 1 (0: empty), so
  // that a probe touches one cache line; the rows' spans are kept in the order they came.
  let size = 1024
  while (size < expectedRows * 2 && size < 1 << 24) size *= 2
  let count = 0
  let slots = new Int32Array(size * 2)
  let rows = new Int32Array(Math.max(256, Math.ceil(expectedRows)) * 4)
  const sources: RowSource[] = [text]
  // By source (a string by its text: equal texts may share one), so that a file with many rows
  // decoded on their own does not look through every earlier one.
  const indexes = new Map<RowSource, number>([[text, 0]])
  let lastSource: RowSource = text
  let lastIndex = 0

  const indexOf = (source: RowSource) => {
    if (source === lastSource) return lastIndex
    let k = indexes.get(source)
    if (k === undefined) {
      k = sources.push(source) - 1
      indexes.set(source, k)
    }
    lastSource = source
    lastIndex = k
    return k
  }
  /** Whether row r's text is source[start, end). */
  const same = (r: number, source: RowSource, start: number, end: number) => {
    const a = rows[r * 4] as number
    const other = sources[rows[r * 4 + 3] as number] as RowSource
    if ((rows[r * 4 + 1] as number) - a !== end - start) return false
    for (let i = 0; i < end - start; i += 1) if (codeAt(other, a + i) !== codeAt(source, start + i)) return false
    return true
  }
  const place = (h: number, row: number) => {
    let slot = h & (size - 1)
    while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & (size - 1)
    slots[slot * 2] = h
    slots[slot * 2 + 1] = row + 1
  }
  const grow = () => {
    const old = slots
    size *= 2
    slots = new Int32Array(size * 2)
    for (let s = 0; s < old.length; s += 2) if (old[s + 1] !== 0) place(old[s] as number, (old[s + 1] as number) - 1)
  }
  const earlierHashed = (h: number, source: RowSource, start: number, end: number, line: number) => {
    for (let slot = h & (size - 1); slots[slot * 2 + 1] !== 0; slot = (slot + 1) & (size - 1)) {
      const r = (slots[slot * 2 + 1] as number) - 1
      if (slots[slot * 2] === h && same(r, source, start, end)) return rows[r * 4 + 2] as number
    }
    if (count * 2 >= size) grow()
    if ((count + 1) * 4 > rows.length) {
      const more = new Int32Array(rows.length * 2)
      more.set(rows)
      rows = more
    }
    rows[count * 4] = start
    rows[count * 4 + 1] = end
    rows[count * 4 + 2] = line
    rows[count * 4 + 3] = indexOf(source)
    place(h, count)
    count += 1
    return null
  }

  return {
    earlier: (start, end, line) => earlierHashed(hashOf(text, start, end), text, start, end, line),
    earlierIn: (source, start, end, line) => earlierHashed(hashOf(source, start, end), source, start, end, line),
    earlierHashed,
  }
}
