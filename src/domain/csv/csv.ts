/** A cell value as it goes into a CSV file: numbers stay numbers, null is an empty cell. */
export type CsvValue = string | number | null

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"): =, +, -,
 * @, and tab or carriage return, which some spreadsheets strip before looking at the rest.
 */
const FORMULA_START = /^[=+\-@\t\r]/

/**
 * One cell, safe to open in a spreadsheet: a text cell that could start a formula is prefixed
 * with a single quote, so "=HYPERLINK(...)" is shown as text and never run. Numbers are written
 * as numbers (a negative number is data, not a formula). Cells with commas, quotes or line breaks
 * are quoted as RFC 4180 says.
 */
export function escapeCsvCell(value: CsvValue): string {
  if (value === null) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A CSV column: its header and how to read a row's raw value (not the formatted display text). */
export interface CsvColumn<Row> {
  header: string
  value: (row: Row) => CsvValue
}

/** Rows to a CSV document: a header line, then one line per row, CRLF line ends (RFC 4180). */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((c) => escapeCsvCell(c.header))]
  for (const row of rows) lines.push(columns.map((c) => escapeCsvCell(c.value(row))))
  return lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n'
}

/**
 * The byte-order mark a CSV file starts with, so a spreadsheet (Excel above all) reads it as
 * UTF-8: without it "Société" and "—" open as "SociÃ©tÃ©" and "â€”".
 */
export const UTF8_BOM = '\uFEFF'

/** One source a figure rests on, as a CSV file cites it. */
export interface CsvSource {
  /** The citation: publisher, title, date, kind, confidence (or the bare id if it is unknown). */
  citation: string
  url: string | null
}

/**
 * The sources behind `ids`, cited from the loaded source list (`citation` formats one); an id
 * the list does not have, or a list not loaded yet, is cited by the id itself, never dropped.
 */
export function csvSources<S extends { id: string; url: string | null }>(
  ids: readonly string[],
  sources: readonly S[] | undefined,
  citation: (source: S) => string,
): CsvSource[] {
  return [...new Set(ids)].map((id) => {
    const source = sources?.find((s) => s.id === id)
    return source ? { citation: citation(source), url: source.url } : { citation: id, url: null }
  })
}

/**
 * A figure's data as a file a reader can take away and still trust: a UTF-8 byte-order mark, the
 * table (header and rows, as `toCsv`), an empty line, then one "Source" line per source (citation
 * and link) and a last "Data as of" line with the newest source date. A spreadsheet shows the
 * table first; the provenance travels with it.
 */
export function toCsvDocument<Row>(
  columns: readonly CsvColumn<Row>[],
  rows: readonly Row[],
  { sources, asOf }: { sources: readonly CsvSource[]; asOf: string | null },
): string {
  const line = (cells: CsvValue[]) => cells.map(escapeCsvCell).join(',') + '\r\n'
  const provenance = [
    ...sources.map((s) => line(s.url ? ['Source', s.citation, s.url] : ['Source', s.citation])),
    line(['Data as of', asOf ?? 'unknown']),
  ]
  return UTF8_BOM + toCsv(columns, rows) + '\r\n' + provenance.join('')
}

/** A file name from a title: "Contract awards, FY2014-FY2019" -> "contract-awards-fy2014-fy2019". */
export function fileSlug(title: string): string {
  return (
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'chart'
  )
}
