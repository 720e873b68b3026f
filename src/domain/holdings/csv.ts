/**
 * CSV reading for broker and custodian exports. Pure: text in, rows out.
 *
 * Exports are not RFC 4180 in practice: they start with title lines, end with disclaimers, use
 * commas, semicolons (European locales, where the comma is the decimal separator) or tabs (a
 * spreadsheet's "text" export), and quote fields that contain the separator.
 */

export type Delimiter = ',' | ';' | '\t'

/** Removes a UTF-8 byte-order mark (U+FEFF), which Excel writes at the start of "CSV UTF-8" files. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

function countOutsideQuotes(line: string, ch: string): number {
  let n = 0
  let quoted = false
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i]
    if (c === '"') quoted = !quoted
    else if (c === ch && !quoted) n += 1
  }
  return n
}

/**
 * The separator: the candidate that splits the most of the first lines into the same number of
 * fields (title lines above the header have none, so consistency beats raw counts).
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = text.split(/\r\n|\n|\r/, 60).filter((l) => l.trim() !== '')
  let best: Delimiter = ','
  let bestScore = -1
  for (const d of [',', ';', '\t'] as const) {
    const counts = lines.map((l) => countOutsideQuotes(l, d)).filter((n) => n > 0)
    if (counts.length === 0) continue
    const freq = new Map<number, number>()
    for (const n of counts) freq.set(n, (freq.get(n) ?? 0) + 1)
    let modeCount = 0
    let mode = 0
    for (const [n, f] of freq) if (f > modeCount || (f === modeCount && n > mode)) [mode, modeCount] = [n, f]
    // Lines that agree on the field count, weighted by how many fields they make.
    const score = modeCount * Math.log2(mode + 1)
    if (score > bestScore) [best, bestScore] = [d, score]
  }
  return best
}

/** The line breaks in text[from, to): CRLF, LF, or a lone CR (as the reader ends a record), each one line. */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0
  for (let k = text.indexOf('\n', from); k !== -1 && k < to; k = text.indexOf('\n', k + 1)) n += 1
  for (let k = text.indexOf('\r', from); k !== -1 && k < to; k = text.indexOf('\r', k + 1))
    if (text.charCodeAt(k + 1) !== 10) n += 1
  return n
}

/** One record of the file: its 1-based line number (where it starts) and its fields. */
export interface CsvRow {
  line: number
  fields: string[]
  /** Where the record stands in the text, without its line break (where the reader kept it). */
  start?: number
  end?: number
  /** The text `start` and `end` are in, where it is not the file's (a row decoded on its own). */
  text?: string
}

/** One record read from a position in the text: its fields, and where (and on which line) the next starts. */
export interface CsvRecord {
  fields: string[]
  next: number
  nextLine: number
}

/**
 * Reads the record that starts at `start` on line `line` (see parseCsv for the rules). Reading a
 * file record by record lets a caller keep only what it needs of each row instead of every row.
 * With `into`, the answer is written there instead of a new object (a reader of 100,000 rows then
 * makes one, not 100,000).
 */
export function readCsvRecord(
  text: string,
  start: number,
  line: number,
  delimiter: Delimiter,
  into?: CsvRecord,
): CsvRecord {
  const n = text.length
  const sep = delimiter.charCodeAt(0)
  let i = start
  const fields: string[] = []
  let field = ''
  let atFieldStart = true
  for (;;) {
    if (i >= n) {
      fields.push(field.trim())
      i = n + 1
      break
    }
    const c = text.charCodeAt(i)
    if (c === 34 /* " */ && atFieldStart && field.trim() === '') {
      // A quoted field: read to the closing quote.
      field = ''
      i += 1
      for (;;) {
        if (i >= n) break
        const q = text.indexOf('"', i)
        if (q === -1) {
          field += text.slice(i)
          i = n
          break
        }
        line += lineBreaks(text, i, q)
        field += text.slice(i, q)
        if (text.charCodeAt(q + 1) === 34) {
          field += '"'
          i = q + 2
        } else {
          i = q + 1
          break
        }
      }
      atFieldStart = false
      continue
    }
    if (c === sep) {
      fields.push(field.trim())
      field = ''
      atFieldStart = true
      i += 1
      continue
    }
    if (c === 10 || c === 13) {
      fields.push(field.trim())
      i += c === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1
      line += 1
      break
    }
    // Fast path: copy a run of ordinary characters at once.
    let j = i + 1
    while (j < n) {
      const d = text.charCodeAt(j)
      if (d === sep || d === 10 || d === 13) break
      j += 1
    }
    field += text.slice(i, j)
    atFieldStart = false
    i = j
  }
  if (!into) return { fields, next: i, nextLine: line }
  into.fields = fields
  into.next = i
  into.nextLine = line
  return into
}

/** Where a record's own text ends, without its line break: two rows are duplicates when these texts are equal. */
export function recordEnd(text: string, start: number, next: number): number {
  let end = Math.min(next, text.length)
  while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end -= 1
  return end
}

/** The first rows of the text (each with where it stands in the text, when asked), and where reading stopped. */
export function readRecords(
  text: string,
  delimiter: Delimiter,
  maxRows = Infinity,
  keepSpans = false,
): { rows: CsvRow[]; next: number; line: number } {
  const rows: CsvRow[] = []
  let i = 0
  let line = 1
  while (i < text.length && rows.length < maxRows) {
    const r = readCsvRecord(text, i, line, delimiter)
    rows.push(
      keepSpans ? { line, fields: r.fields, start: i, end: recordEnd(text, i, r.next) } : { line, fields: r.fields },
    )
    i = r.next
    line = r.nextLine
  }
  return { rows, next: i, line }
}

/**
 * Splits CSV text into rows. Quoted fields may contain the separator, doubled quotes and line
 * breaks; fields are trimmed; empty lines are kept (as rows with one empty field) so that line
 * numbers match what a person sees in an editor.
 */
export function parseCsv(text: string, delimiter: Delimiter, maxRows = Infinity): CsvRow[] {
  return readRecords(text, delimiter, maxRows).rows
}

/** A header wider than this is refused before columns are offered for mapping (no broker export comes close). */
export const MAX_COLUMNS = 500

/** Refuses a file whose first lines split into more fields than MAX_COLUMNS, with the limit stated. */
export function checkColumnCount(text: string, delimiter: Delimiter): string | null {
  const lines = text.split(/\r\n|\n|\r/, 60)
  for (let i = 0; i < lines.length; i += 1) {
    const fields = countOutsideQuotes(lines[i] ?? '', delimiter) + 1
    if (fields > MAX_COLUMNS)
      return `Line ${i + 1} has ${fields.toLocaleString('en-GB')} columns; the limit is ${MAX_COLUMNS}. Is this the positions export?`
  }
  return null
}

/**
 * The line where a quoted field opens and is never closed, or null. Such a quote swallows the rest
 * of the file into one field, so it is reported at its line instead of as a puzzling short file.
 * Cheap when quotes balance (an even count), which is almost always.
 */
export function findUnclosedQuote(text: string, delimiter: Delimiter): number | null {
  let quotes = 0
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) quotes += 1
  if (quotes % 2 === 0) return null
  const rows = parseCsv(text, delimiter)
  const last = rows[rows.length - 1]
  // parseCsv reads an unclosed quote to the end of the text: the last record then spans lines.
  // (An odd count alone may be an inch mark inside a field, which is read as it stands.)
  return last && last.fields.some((f) => f.includes('\n')) ? last.line : null
}
