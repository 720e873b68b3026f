import { ChartFigure } from '../../components/ChartFigure'
import { rangeFill } from '../../components/chartPatterns'
import type { TableColumn } from '../../components/DataTable'
import { HorizontalBarChart } from '../../components/HorizontalBarChart'
import { CHART_COLORS } from '../../components/theme'
import { compactCount } from './axis'
import type { OperationFigureRow } from '../../domain/arrests/chartRows'
import { formatCount, formatPartialDate } from '../../domain/format/format'
import { verificationStatus } from '../../domain/sources/cite'

const PATTERN_PREFIX = 'arrests-operations'

/** "about 300", "8,400 (planned)": the count as its source qualifies it. */
export function qualifiedCount(r: OperationFigureRow): string {
  const n = formatCount(r.count)
  if (r.qualifier === 'about') return `about ${n}`
  if (r.qualifier === 'at least') return `at least ${n}`
  if (r.qualifier === 'planned') return `${n} (planned)`
  return n
}

const axisLabel = (r: OperationFigureRow) => `${r.operation.split(' ').slice(0, 2).join(' ')}: ${r.figure}`

const columns: TableColumn<OperationFigureRow>[] = [
  { header: 'Operation', value: (r) => r.operation, rowHeader: true },
  { header: 'Date', value: (r) => r.date, cell: (r) => formatPartialDate(r.date) },
  { header: 'Status', value: (r) => r.status },
  { header: 'Figure', value: (r) => r.figure },
  { header: 'Count', value: (r) => r.count, cell: qualifiedCount, numeric: true },
  { header: 'Qualifier', value: (r) => r.qualifier },
  { header: 'Verification', value: (r) => verificationStatus(r.verification) },
]

/** The people counted in single operations: arrested, released, targeted in a cancelled plan. */
export function OperationsFigure({ rows }: { rows: OperationFigureRow[] }) {
  const title = 'People counted in single operations'
  const people = rows.filter((r) => r.countsPeople)
  const summary = people.map((r) => `${r.operation}, ${r.figure}: ${qualifiedCount(r)}`).join('; ')
  return (
    <ChartFigure
      title={title}
      description={`Solid bars: people arrested or released in operations carried out; hatched bars: people targeted in an operation that was planned and cancelled. The table also lists figures that are not people (offices, stores). ${summary}.`}
      sourceIds={[...new Set(rows.flatMap((r) => r.sourceIds))]}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      chart={
        <HorizontalBarChart
          title={title}
          summary={summary}
          rows={people}
          rowKey={(r) => r.id}
          category={axisLabel}
          tickFormat={compactCount}
          labelWidth={{ wide: 150, narrow: 100 }}
          valueLabelWidth={{ wide: 120, narrow: 100 }}
          // Two lines of label per bar on a phone.
          height={{ rowHeight: { wide: 48, narrow: 88 }, padding: 50, minHeight: 180 }}
          categoryFontSize={{ wide: 11, narrow: 12 }}
          patternPrefix={PATTERN_PREFIX}
          series={[
            {
              name: 'People',
              value: (r) => r.count,
              fill: (r) => (r.status === 'carried out' ? CHART_COLORS.accent : rangeFill(PATTERN_PREFIX)),
              stroke: CHART_COLORS.ink,
              minPointSize: 2,
              label: (r) => `${qualifiedCount(r)}${r.status === 'carried out' ? '' : ', cancelled'}`,
            },
          ]}
        />
      }
    />
  )
}
