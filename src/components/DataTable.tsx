import type { ReactNode } from 'react'
import type { CsvColumn } from '../domain/csv/csv'
import { ScrollRegion } from './ScrollRegion'

/**
 * A column of a figure's data: the raw value goes to the CSV, `cell` (if given) is what the table
 * shows. Both read the same row, so the table and the download cannot disagree.
 */
export interface TableColumn<Row> extends CsvColumn<Row> {
  cell?: (row: Row) => ReactNode
  /** Right-aligned, tabular figures. */
  numeric?: boolean
  /** The cell names its row (a <th scope="row">). */
  rowHeader?: boolean
}

/**
 * A real table of a figure's rows: the text equivalent of the chart. It scrolls sideways on a
 * narrow screen, and the scrolling region can be reached by keyboard.
 */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
}: {
  caption: string
  columns: readonly TableColumn<Row>[]
  rows: readonly Row[]
  rowKey: (row: Row) => string
}) {
  return (
    <ScrollRegion label={`${caption} (table)`}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" className={c.numeric ? 'numeric' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => {
                const value = c.value(row)
                const content = c.cell ? c.cell(row) : value === null ? '—' : String(value)
                const className = c.numeric ? 'numeric' : undefined
                return c.rowHeader ? (
                  <th key={c.header} scope="row" className={className}>
                    {content}
                  </th>
                ) : (
                  <td key={c.header} className={className}>
                    {content}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
}
