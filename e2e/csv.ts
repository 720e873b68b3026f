import { parseCsv as parseRows } from '../src/domain/holdings/csv'

/** A downloaded CSV's cells, row by row, read by the app's own CSV reader (the one portfolio files go through). */
export function parseCsv(text: string): string[][] {
  return parseRows(text, ',').map((row) => row.fields)
}
