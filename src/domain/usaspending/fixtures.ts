import { TRANSACTION_COLUMNS } from './columns'

/**
 * Builds small USAspending transaction files in the real column layout (all 297 columns, in the
 * file's order), for tests and the benchmark. Only the cells a test names are filled; the rest
 * are empty, as optional cells are in real downloads. Cells are quoted the way USAspending
 * quotes them: when they hold a comma, a quote (doubled) or a line break.
 */
export type FixtureRow = Partial<Record<string, string>>

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)

/** A CSV with the transaction header and one line per row (CRLF or LF line ends). */
export function transactionsCsv(
  rows: readonly FixtureRow[],
  options: { eol?: string; columns?: readonly string[] } = {},
): string {
  const columns = options.columns ?? TRANSACTION_COLUMNS
  const eol = options.eol ?? '\r\n'
  const lines = [columns.join(',')]
  for (const row of rows) lines.push(columns.map((c) => quote(row[c] ?? '')).join(','))
  return lines.join(eol) + eol
}

/** A Palantir transaction at ICE with the given overrides. */
export function palantirRow(over: FixtureRow): FixtureRow {
  return {
    awarding_agency_name: 'Department of Homeland Security',
    awarding_sub_agency_name: 'U.S. Immigration and Customs Enforcement',
    awarding_office_name: 'ICE INFORMATION TECHNOLOGY DIVISION',
    recipient_name: 'PALANTIR USG, INC.',
    recipient_uei: 'PALUSGUEI001',
    recipient_parent_name: 'PALANTIR TECHNOLOGIES INC.',
    recipient_parent_uei: 'PALTECHUEI01',
    ...over,
  }
}
