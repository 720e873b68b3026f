import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { ChartFigure } from './ChartFigure'
import { renderWithClient } from '../test/render'
import type { TableColumn } from './DataTable'

interface Row {
  year: string
  usd: number
}
const columns: TableColumn<Row>[] = [
  { header: 'Fiscal year', value: (r) => r.year, rowHeader: true },
  { header: 'Value (USD)', value: (r) => r.usd, cell: (r) => `$${r.usd.toLocaleString('en-US')}`, numeric: true },
]

function renderFigure(rows: Row[]) {
  return renderWithClient(
    <ChartFigure
      title="Awards by year"
      description="One bar per year."
      sourceIds={['nextgov-2014-09']}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.year}
      chart={<svg role="img" aria-label="the chart" />}
      empty={<p>No award matches this filter.</p>}
    />,
  )
}

describe('ChartFigure', () => {
  it('is a figure named by its caption, with the chart and its source', async () => {
    renderFigure([{ year: 'FY2014', usd: 41_000_000 }])
    const figure = screen.getByRole('figure', { name: 'Awards by year' })
    expect(within(figure).getByRole('img', { name: 'the chart' })).toBeInTheDocument()
    expect(
      await within(figure).findByRole('link', { name: 'Hush-hush Data Firm Palantir Snags ICE Case-Tracking Deal' }),
    ).toBeInTheDocument()
  })

  it('toggles to a real table of the same rows and back', async () => {
    renderFigure([
      { year: 'FY2014', usd: 41_000_000 },
      { year: 'FY2015', usd: 39_000_000 },
    ])
    await userEvent.click(screen.getByRole('button', { name: 'Show table' }))
    const table = screen.getByRole('table', { name: 'Awards by year' })
    expect(within(table).getByRole('rowheader', { name: 'FY2014' })).toBeInTheDocument()
    expect(within(table).getByRole('cell', { name: '$39,000,000' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Download PNG' })).not.toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Show chart' }))
    expect(screen.getByRole('img', { name: 'the chart' })).toBeInTheDocument()
  })

  it('downloads the rows as CSV with the raw numbers', async () => {
    const created: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob)
      return 'blob:test'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    renderFigure([{ year: 'FY2014', usd: 41_000_000 }])
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }))
    expect(created).toHaveLength(1)
    // The last line says how current the data is (unknown here: no sources are loaded).
    expect(await created[0]?.text()).toBe('Fiscal year,Value (USD)\r\nFY2014,41000000\r\nData as of,unknown\r\n')
  })

  it('shows the empty state instead of the chart when no row matches', () => {
    renderFigure([])
    expect(screen.getByText('No award matches this filter.')).toBeInTheDocument()
    expect(screen.queryByRole('img', { name: 'the chart' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Show table' })).toBeDisabled()
  })
})
