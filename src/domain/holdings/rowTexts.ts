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
  /** Done with: its arrays may serve the next table (it must not be used again). */
  release(): void
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

/**
 * The last table's arrays, for the next file's (a worker reads one file at a time). Memory the
 * process has not touched yet costs a page fault per 4 kB on first use: 3.6 MB of new arrays for
 * a 100,000-row file were about 900 of them, each slow in a virtual machine.
 */
let spare: { slots: Int32Array; rows: Int32Array } | null = null

/**
 * An array for a table: the spare one where it fits (the slots of the same size, zeroed; rows of
 * at least that length, whose stale entries are never read), else a new one.
 */
function takeSpare(which: 'slots' | 'rows', length: number): Int32Array {
  const old = spare?.[which]
  if (spare) spare[which] = EMPTY
  if (which === 'slots' && old?.length === length) return old.fill(0)
  if (which === 'rows' && old && old.length >= length) return old
  return new Int32Array(length)
}
const EMPTY = new Int32Array(0)

export function rowTexts(text: string, expectedRows = text.length / 32): RowTexts {
  return new RowTable(text, expectedRows)
}

/**
 * The table. A class, not closures made per file: the worker's optimised code calls the same
 * functions for every file (a closure made anew for each file is another call target, and the
 * code compiled for the first file's was thrown away on the second's).
 */
class RowTable implements RowTexts {
  private size = 1024
  private count = 0
  private slots: Int32Array
  private rows: Int32Array
  private readonly sources: RowSource[]
  // By source (a string by its text: equal texts may share one), so that a file with many rows
  // decoded on their own does not look through every earlier one.
  private readonly indexes: Map<RowSource, number>
  private lastSource: RowSource
  private lastIndex = 0

  constructor(
    private readonly text: string,
    expectedRows: number,
  ) {
    // Room for the rows expected at half load, so that the table rarely grows (rebuilding it was
    // 4-12 ms of a 100,000-row parse). A slot holds a hash and its row's number + 1 (0: empty), so
    // that a probe touches one cache line; the rows' spans are kept in the order they came.
    while (this.size < expectedRows * 2 && this.size < 1 << 24) this.size *= 2
    this.slots = takeSpare('slots', this.size * 2)
    this.rows = takeSpare('rows', Math.max(256, Math.ceil(expectedRows)) * 4)
    this.sources = [text]
    this.indexes = new Map<RowSource, number>([[text, 0]])
    this.lastSource = text
  }

  earlier(start: number, end: number, line: number): number | null {
    return this.earlierHashed(hashOf(this.text, start, end), this.text, start, end, line)
  }

  earlierIn(source: RowSource, start: number, end: number, line: number): number | null {
    return this.earlierHashed(hashOf(source, start, end), source, start, end, line)
  }

  release(): void {
    spare = { slots: this.slots, rows: this.rows }
  }

  earlierHashed(h: number, source: RowSource, start: number, end: number, line: number): number | null {
    const slots = this.slots
    const mask = this.size - 1
    for (let slot = h & mask; slots[slot * 2 + 1] !== 0; slot = (slot + 1) & mask) {
      const r = (slots[slot * 2 + 1] as number) - 1
      if (slots[slot * 2] === h && this.same(r, source, start, end)) return this.rows[r * 4 + 2] as number
    }
    if (this.count * 2 >= this.size) this.grow()
    if ((this.count + 1) * 4 > this.rows.length) {
      const more = new Int32Array(this.rows.length * 2)
      more.set(this.rows)
      this.rows = more
    }
    const rows = this.rows
    const at = this.count * 4
    rows[at] = start
    rows[at + 1] = end
    rows[at + 2] = line
    rows[at + 3] = this.indexOf(source)
    this.place(h, this.count)
    this.count += 1
    return null
  }

  private indexOf(source: RowSource): number {
    if (source === this.lastSource) return this.lastIndex
    let k = this.indexes.get(source)
    if (k === undefined) {
      k = this.sources.push(source) - 1
      this.indexes.set(source, k)
    }
    this.lastSource = source
    this.lastIndex = k
    return k
  }

  /** Whether row r's text is source[start, end). */
  private same(r: number, source: RowSource, start: number, end: number): boolean {
    const rows = this.rows
    const a = rows[r * 4] as number
    const other = this.sources[rows[r * 4 + 3] as number] as RowSource
    if ((rows[r * 4 + 1] as number) - a !== end - start) return false
    for (let i = 0; i < end - start; i += 1) if (codeAt(other, a + i) !== codeAt(source, start + i)) return false
    return true
  }

  private place(h: number, row: number): void {
    const slots = this.slots
    const mask = this.size - 1
    let slot = h & mask
    while (slots[slot * 2 + 1] !== 0) slot = (slot + 1) & mask
    slots[slot * 2] = h
    slots[slot * 2 + 1] = row + 1
  }

  private grow(): void {
    const old = this.slots
    this.size *= 2
    this.slots = new Int32Array(this.size * 2)
    for (let s = 0; s < old.length; s += 2)
      if (old[s + 1] !== 0) this.place(old[s] as number, (old[s + 1] as number) - 1)
  }
}
