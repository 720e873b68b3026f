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
    { url: '/' },
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

  it('downloads the rows as CSV with the raw numbers, a byte-order mark, its sources and the data date', async () => {
    const created: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob)
      return 'blob:test'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    renderFigure([{ year: 'FY2014', usd: 41_000_000 }])
    await screen.findByRole('link', { name: 'Hush-hush Data Firm Palantir Snags ICE Case-Tracking Deal' })
    await userEvent.click(screen.getByRole('button', { name: 'Download CSV' }))
    expect(created).toHaveLength(1)
    const bytes = new Uint8Array(await created[0]!.arrayBuffer())
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder().decode(bytes.subarray(3)).split('\r\n')
    expect(lines.slice(0, 3)).toEqual(['Fiscal year,Value (USD)', 'FY2014,41000000', ''])
    expect(lines[3]).toMatch(
      /^Source,"Nextgov, “Hush-hush Data Firm Palantir Snags ICE Case-Tracking Deal”, Sep 2014\. /,
    )
    expect(lines[3]).toMatch(/,https:\/\/www\.nextgov\.com\/digital-government\/2014\/09\/.+\/$/)
    expect(lines[4]).toMatch(/^Data as of,\d{4}-\d{2}/)
  })

  it('keeps the table view in the URL, so a link or a reload opens the table', async () => {
    renderFigure([{ year: 'FY2014', usd: 41_000_000 }])
    await userEvent.click(screen.getByRole('button', { name: 'Show table' }))
    expect(new URLSearchParams(window.location.search).get('table')).toBe('awards-by-year')
    await userEvent.click(screen.getByRole('button', { name: 'Show chart' }))
    expect(window.location.search).toBe('')
  })

  it('opens on the table when the URL names the figure', () => {
    renderWithClient(
      <ChartFigure
        title="Awards by year"
        description="One bar per year."
        sourceIds={[]}
        columns={columns}
        rows={[{ year: 'FY2014', usd: 41_000_000 }]}
        rowKey={(r) => r.year}
        chart={<svg role="img" aria-label="the chart" />}
      />,
      { url: '/contracts?table=other-figure,awards-by-year' },
    )
    expect(screen.getByRole('table', { name: 'Awards by year' })).toBeInTheDocument()
    expect(screen.queryByRole('img', { name: 'the chart' })).not.toBeInTheDocument()
  })

  it('shows the empty state instead of the chart when no row matches', () => {
    renderFigure([])
    expect(screen.getByText('No award matches this filter.')).toBeInTheDocument()
    expect(screen.queryByRole('img', { name: 'the chart' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Show table' })).toBeDisabled()
  })
})
