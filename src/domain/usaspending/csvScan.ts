/**
 * A CSV scanner (RFC 4180: comma-separated, quoted cells with commas, line breaks and doubled
 * quotes inside, CRLF or LF) that keeps only the columns asked for. USAspending's transaction
 * rows have 297 cells of which the reader needs about 25; a general parser that builds every
 * cell (papaparse) took 4.6 times as long as reading the text and splitting its lines on a 60 MB
 * download, this one about 2.1 times (bench/usaspending.bench.mjs).
 */

/** The header row's cells and where the body starts. */
export function scanHeader(text: string): { cells: string[]; end: number } | null {
  const cells: string[] = []
  const end = scanRow(text, 0, null, cells)
  return end < 0 ? null : { cells, end }
}

/**
 * Reads one row from `start` into `cells` (only the indices `wanted` marks, or all when null)
 * and returns where the next row starts, text.length at the end, or -1 when a quoted cell never
 * closes (the file is cut short). `cells.length` is set to the row's cell count.
 */
export function scanRow(text: string, start: number, wanted: readonly boolean[] | null, cells: string[]): number {
  const n = text.length
  let i = start
  let col = 0
  let nextNewline = text.indexOf('\n', i)
  if (nextNewline < 0) nextNewline = n
  for (;;) {
    const keep = wanted === null || wanted[col] === true
    if (text.charCodeAt(i) === 34) {
      let j = i + 1
      let value = ''
      for (;;) {
        const q = text.indexOf('"', j)
        if (q < 0) return -1
        if (text.charCodeAt(q + 1) === 34) {
          if (keep) value += text.slice(j, q + 1)
          j = q + 2
          continue
        }
        if (keep) cells[col] = value + text.slice(j, q)
        i = q + 1
        break
      }
      if (i > nextNewline) {
        nextNewline = text.indexOf('\n', i)
        if (nextNewline < 0) nextNewline = n
      }
    } else {
      let comma = text.indexOf(',', i)
      if (comma < 0 || comma > nextNewline) comma = nextNewline
      let end = comma
      if (end === nextNewline && end > i && text.charCodeAt(end - 1) === 13) end -= 1
      if (keep) cells[col] = text.slice(i, end)
      i = end
    }
    col += 1
    const c = text.charCodeAt(i)
    if (c === 44) {
      i += 1
      continue
    }
    if (c === 13) i += 1
    if (text.charCodeAt(i) === 10) i += 1
    cells.length = col
    return i >= n ? n : i
  }
}

/**
 * Calls `onRow` for each body row from `start` (blank lines skipped) with the wanted cells and the
 * row's cell count; the row number counts the header as row 1. Returns the row number of a
 * quoted cell that never closes, or null when the text ends cleanly.
 */
export function scanRows(
  text: string,
  start: number,
  wanted: readonly boolean[],
  onRow: (cells: readonly string[], row: number) => void,
): number | null {
  const cells: string[] = []
  let i = start
  let row = 2
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (c === 10 || c === 13) {
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1
      continue
    }
    const next = scanRow(text, i, wanted, cells)
    if (next < 0) return row
    onRow(cells, row)
    row += 1
    i = next
  }
  return null
}
