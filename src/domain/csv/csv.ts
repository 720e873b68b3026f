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
