import { ChartFigure } from '../../components/ChartFigure'
import { UnverifiedNote } from '../../components/SourceRefs'
import { seriesFill } from '../../components/chartPatterns'
import type { TableColumn } from '../../components/DataTable'
import { HorizontalBarChart } from '../../components/HorizontalBarChart'
import { CHART_COLORS } from '../../components/theme'
import { compactCount } from './axis'
import type { BreakdownRow } from '../../domain/arrests/chartRows'
import type { ArrestStat } from '../../domain/arrests/schema'
import { formatCount, formatPercent } from '../../domain/format/format'
import { verificationStatus } from '../../domain/sources/cite'

const PATTERN_PREFIX = 'arrests-breakdown'

const labelOf = (r: BreakdownRow) =>
  `${formatCount(r.count)} (${formatPercent(r.share)})${r.derived ? ', computed' : ''}`

const shortLabel = (r: BreakdownRow) => `${formatCount(r.count)} (${formatPercent(r.share)})`

const columns: TableColumn<BreakdownRow>[] = [
  { header: 'Category', value: (r) => r.label, rowHeader: true },
  { header: 'Arrests', value: (r) => r.count, cell: (r) => formatCount(r.count), numeric: true },
  {
    header: 'Share of all HSI arrests (%)',
    value: (r) => r.percent,
    cell: (r) => formatPercent(r.share),
    numeric: true,
  },
  {
    header: 'How it is known',
    value: (r) => (r.derived ? 'Computed: the total minus the two named categories' : 'Stated by the source'),
  },
  { header: 'Verification', value: (r) => verificationStatus(r.verification) },
]

/** One fiscal year's HSI arrests by category, the shares computed from the counts. */
export function HsiBreakdownFigure({ total, rows }: { total: ArrestStat; rows: BreakdownRow[] }) {
  const title = `HSI arrests in FY${total.fiscalYear} by category`
  const summary = rows.map((r) => `${r.label}: ${labelOf(r)}`).join('; ')
  return (
    <ChartFigure
      title={title}
      description={`All ${formatCount(total.count)} HSI arrests of FY${total.fiscalYear}. ${summary}. Shares are computed here from the counts.`}
      sourceIds={[...new Set(rows.flatMap((r) => r.sourceIds))]}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      notes={<UnverifiedNote verification={total.verification} />}
      chart={
        <HorizontalBarChart
          title={title}
          summary={summary}
          rows={rows}
          rowKey={(r) => r.key}
          category={(r) => r.label}
          tickFormat={compactCount}
          labelWidth={{ wide: 130, narrow: 96 }}
          valueLabelWidth={{ wide: 150, narrow: 96 }}
          height={{ rowHeight: 48, padding: 56, minHeight: 200 }}
          patternPrefix={PATTERN_PREFIX}
          series={[
            {
              name: 'Arrests',
              value: (r) => r.count,
              fill: (_, i) => seriesFill(PATTERN_PREFIX, i),
              stroke: CHART_COLORS.ink,
              strokeWidth: 0.5,
              label: (r, narrow) => (narrow ? shortLabel(r) : labelOf(r)),
            },
          ]}
        />
      }
    />
  )
}
