/**
 * Duplicate rows found by their text in the file, without a string per row: each row is a span
 * of the file's text, hashed character by character into a table of typed arrays, and compared
 * character by character only where two hashes meet. Keeping 100,000 rows' texts in a Map (one
 * string each, every one surviving until the end of the file) was a fifth of the parse's time.
 */
export interface RowTexts {
  /** The line of an earlier row whose text equals text[start, end), or null (the row is then remembered). */
  earlier(start: number, end: number, line: number): number | null
}

export function rowTexts(text: string): RowTexts {
  // Room for a row per 32 characters at half load: a broker's rows are longer, so the table
  // rarely grows (rebuilding it was 4-12 ms of a 100,000-row parse).
  let size = 1024
  while (size < text.length / 16 && size < 1 << 24) size *= 2
  let count = 0
  let hashes = new Int32Array(size)
  let starts = new Int32Array(size)
  let ends = new Int32Array(size)
  // 0 marks an empty slot: lines start at 1.
  let lines = new Int32Array(size)

  const hashOf = (start: number, end: number) => {
    let h = 0x811c9dc5 | 0 // FNV-1a
    for (let i = start; i < end; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
    return h
  }
  const same = (a: number, aEnd: number, b: number, bEnd: number) => {
    if (aEnd - a !== bEnd - b) return false
    for (let i = 0; i < aEnd - a; i += 1) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false
    return true
  }
  const put = (h: number, start: number, end: number, line: number) => {
    let slot = h & (size - 1)
    while (lines[slot] !== 0) slot = (slot + 1) & (size - 1)
    hashes[slot] = h
    starts[slot] = start
    ends[slot] = end
    lines[slot] = line
  }
  const grow = () => {
    const old = { hashes, starts, ends, lines }
    size *= 2
    hashes = new Int32Array(size)
    starts = new Int32Array(size)
    ends = new Int32Array(size)
    lines = new Int32Array(size)
    for (let s = 0; s < old.lines.length; s += 1)
      if (old.lines[s] !== 0)
        put(old.hashes[s] as number, old.starts[s] as number, old.ends[s] as number, old.lines[s] as number)
  }

  return {
    earlier(start, end, line) {
      const h = hashOf(start, end)
      for (let slot = h & (size - 1); lines[slot] !== 0; slot = (slot + 1) & (size - 1))
        if (hashes[slot] === h && same(starts[slot] as number, ends[slot] as number, start, end))
          return lines[slot] as number
      if (count * 2 >= size) grow()
      put(h, start, end, line)
      count += 1
      return null
    },
  }
}
