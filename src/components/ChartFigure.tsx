import { useQuery } from '@tanstack/react-query'
import { useId, useRef, useState, type ReactNode } from 'react'
import { sourceQueries } from '../api/sources'
import { csvSources, fileSlug, toCsvDocument } from '../domain/csv/csv'
import { citationText } from '../domain/sources/cite'
import { dataAsOf } from '../domain/sources/integrity'
import { citeSources } from '../domain/sources/cite'
import { chartSvgDocument, svgToPngBlob } from './chartImage'
import { DataTable, type TableColumn } from './DataTable'
import { downloadBlob } from './download'
import { SourceRefs } from './SourceRefs'
import { useTableView } from './useTableView'
import './charts.css'

export interface ChartFigureProps<Row> {
  /** Short name of the figure: its accessible name, the table caption and the download file name. */
  title: string
  /** What the chart shows and how to read it. */
  description: ReactNode
  sourceIds: string[]
  columns: readonly TableColumn<Row>[]
  rows: readonly Row[]
  rowKey: (row: Row) => string
  /** The chart itself (a recharts chart, from a lazily loaded feature). */
  chart: ReactNode
  /** Notes under the chart: caveats a reader needs (double counting, missing values). */
  notes?: ReactNode
  /** Shown instead of the chart and table when there are no rows, e.g. a filter that matches nothing. */
  empty?: ReactNode
}

function useSourceLine(ids: string[]): string {
  const sources = useQuery(sourceQueries.list())
  return `Source${ids.length > 1 ? 's' : ''}: ${citeSources(ids, sources.data, 'short').join('; ')}.`
}

/**
 * A chart a reader can trust, check and take away: a <figure> with its caption, the chart or a
 * real table of the same rows (toggle), its sources under it, and downloads of the data (CSV)
 * and of the image (SVG, PNG; the image carries the title and the sources).
 */
export function ChartFigure<Row>(props: ChartFigureProps<Row>) {
  const { title, description, sourceIds, columns, rows, rowKey, chart, notes, empty } = props
  const slug = fileSlug(title)
  const [showTable, toggleTable] = useTableView(slug)
  const [failure, setFailure] = useState<string | null>(null)
  const chartRef = useRef<HTMLDivElement>(null)
  const titleId = useId()
  const sourceLine = useSourceLine(sourceIds)
  const sources = useQuery(sourceQueries.list())
  const isEmpty = rows.length === 0

  // Every CSV carries its sources and says how current its evidence is (the newest source date).
  const downloadCsv = () => {
    const csv = toCsvDocument(columns, rows, {
      sources: csvSources(sourceIds, sources.data, citationText),
      asOf: sources.data ? dataAsOf(sources.data) : null,
    })
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${slug}.csv`)
  }
  const downloadImage = async (kind: 'svg' | 'png') => {
    setFailure(null)
    const doc = chartRef.current ? chartSvgDocument(chartRef.current, { title, footer: sourceLine }) : null
    if (!doc) return setFailure('The chart is not drawn yet, so there is no image to download.')
    try {
      const blob =
        kind === 'svg'
          ? new Blob([doc.svg], { type: 'image/svg+xml;charset=utf-8' })
          : await svgToPngBlob(doc.svg, doc.width, doc.height)
      downloadBlob(blob, `${slug}.${kind}`)
    } catch (error) {
      setFailure(error instanceof Error ? error.message : 'The image could not be made.')
    }
  }

  return (
    <figure className="chart-figure" aria-labelledby={titleId}>
      <figcaption>
        <span id={titleId} className="chart-title">
          {title}
        </span>{' '}
        <span className="chart-description">{description}</span>
      </figcaption>
      <div className="chart-toolbar" role="group" aria-label={`${title}: view and downloads`}>
        <button type="button" className="secondary" onClick={toggleTable} disabled={isEmpty}>
          {showTable ? 'Show chart' : 'Show table'}
        </button>
        <button type="button" className="secondary" onClick={downloadCsv}>
          Download CSV
        </button>
        {!showTable && !isEmpty && (
          <>
            <button type="button" className="secondary" onClick={() => void downloadImage('svg')}>
              Download SVG
            </button>
            <button type="button" className="secondary" onClick={() => void downloadImage('png')}>
              Download PNG
            </button>
          </>
        )}
      </div>
      {failure && (
        <p role="alert" className="state state-error">
          {failure}
        </p>
      )}
      {isEmpty ? (
        (empty ?? <p className="state state-empty">No data to show.</p>)
      ) : showTable ? (
        <DataTable caption={title} columns={columns} rows={rows} rowKey={rowKey} />
      ) : (
        <div ref={chartRef} className="chart-area">
          {chart}
        </div>
      )}
      {notes && <div className="chart-notes">{notes}</div>}
      {sourceIds.length > 3 ? (
        <details className="chart-sources">
          <summary>Sources ({sourceIds.length})</summary>
          <SourceRefs ids={sourceIds} />
        </details>
      ) : (
        <SourceRefs ids={sourceIds} />
      )}
    </figure>
  )
}
