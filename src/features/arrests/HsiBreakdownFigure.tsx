import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import { ChartFigure } from '../../components/ChartFigure'
import { UnverifiedNote } from '../../components/SourceRefs'
import { useNarrowScreen } from '../../components/useNarrowScreen'
import { ChartPatterns, seriesFill } from '../../components/chartPatterns'
import type { TableColumn } from '../../components/DataTable'
import { compactCount } from './axis'
import type { BreakdownRow } from '../../domain/arrests/chartRows'
import type { ArrestStat } from '../../domain/arrests/schema'
import { formatCount, formatPercent } from '../../domain/format/format'

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
]

/** One fiscal year's HSI arrests by category, the shares computed from the counts. */
export function HsiBreakdownFigure({ total, rows }: { total: ArrestStat; rows: BreakdownRow[] }) {
  const narrow = useNarrowScreen()
  const summary = rows.map((r) => `${r.label}: ${labelOf(r)}`).join('; ')
  return (
    <ChartFigure
      title={`HSI arrests in FY${total.fiscalYear} by category`}
      description={`All ${formatCount(total.count)} HSI arrests of FY${total.fiscalYear}. ${summary}. Shares are computed here from the counts.`}
      sourceIds={[...new Set(rows.flatMap((r) => r.sourceIds))]}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      notes={<UnverifiedNote verification={total.verification} />}
      chart={
        <ResponsiveContainer width="100%" height={200} initialDimension={{ width: 640, height: 200 }}>
          <BarChart
            data={rows}
            layout="vertical"
            accessibilityLayer
            title={`HSI arrests in FY${total.fiscalYear} by category`}
            desc={summary}
            margin={{ top: 8, right: narrow ? 96 : 150, bottom: 8, left: 0 }}
          >
            <ChartPatterns prefix={PATTERN_PREFIX} />
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis
              interval={0}
              type="number"
              tickCount={narrow ? 3 : 5}
              tickFormatter={compactCount}
              tick={{ fontSize: 11 }}
            />
            <YAxis interval={0} type="category" dataKey="label" width={narrow ? 96 : 130} tick={{ fontSize: 12 }} />
            <Bar isAnimationActive={false} name="Arrests" dataKey="count" stroke="#1b1f24" strokeWidth={0.5}>
              {rows.map((r, i) => (
                <Cell key={r.key} fill={seriesFill(PATTERN_PREFIX, i)} />
              ))}
              <LabelList
                position="right"
                fill="#1b1f24"
                fontSize={12}
                valueAccessor={(entry: { payload: BreakdownRow }) =>
                  narrow ? shortLabel(entry.payload) : labelOf(entry.payload)
                }
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
    />
  )
}
