/**
 * Header detection: which row names the columns, and which column is which. The first step of
 * reading a positions export (then row classification, then validation).
 */
import { findHeaderRow, guessHeaderRow, mapHeader, missingFields, type ColumnMapping } from './columns'
import type { CsvRow } from './csv'
import type { ParseFailure } from './parse'

/** The header found, or why none was: a failure the user can often fix by mapping columns. */
export type HeaderResult =
  { ok: true; index: number; mapping: ColumnMapping; autoMapped: boolean } | ({ ok: false } & ParseFailure)

const SECURITY = 'the security (ticker, ISIN, CUSIP or name)'
const AMOUNT = 'the market value or quantity'

/**
 * Finds the header among `rows`: the user's own mapping where given (with its line), else the
 * first opening row naming a security and an amount. A row that names only one of them is
 * offered for mapping by hand, with what is missing said in words.
 */
export function locateHeader(
  rows: readonly CsvRow[],
  manual?: { headerLine: number; mapping: ColumnMapping },
): HeaderResult {
  let index: number
  let mapping: ColumnMapping
  if (manual) {
    index = rows.findIndex((r) => r.line === manual.headerLine)
    if (index === -1) return { ok: false, error: `Line ${manual.headerLine} is not in this file.` }
    mapping = manual.mapping
  } else {
    index = findHeaderRow(rows)
    if (index === -1) {
      const guess = guessHeaderRow(rows)
      if (guess === -1)
        return {
          ok: false,
          error:
            'No header row found: the file needs a row of column names, with one naming the security (ticker, ISIN, CUSIP or name) and one the market value or quantity.',
        }
      const g = rows[guess] as CsvRow
      const partial = mapHeader(g.fields)
      const what = missingFields(partial)
        .map((m) => (m === 'security' ? SECURITY : AMOUNT))
        .join(' or ')
      return {
        ok: false,
        error: `Missing column: no column in the header on line ${g.line} names ${what}. Choose the columns below.`,
        needsMapping: { headerLine: g.line, headers: g.fields, mapping: partial },
      }
    }
    mapping = mapHeader((rows[index] as CsvRow).fields)
  }
  const missing = missingFields(mapping)
  const header = rows[index] as CsvRow
  if (missing.length > 0)
    return {
      ok: false,
      error: `Choose a column for ${missing.map((m) => (m === 'security' ? 'the security' : 'the market value or quantity')).join(' and ')}.`,
      needsMapping: { headerLine: header.line, headers: header.fields, mapping },
    }
  return { ok: true, index, mapping, autoMapped: !manual }
}
