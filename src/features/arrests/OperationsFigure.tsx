import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import { ChartFigure } from '../../components/ChartFigure'
import { useNarrowScreen } from '../../components/useNarrowScreen'
import { ChartPatterns, rangeFill } from '../../components/chartPatterns'
import type { TableColumn } from '../../components/DataTable'
import { compactCount } from './axis'
import type { OperationFigureRow } from '../../domain/arrests/chartRows'
import { formatCount, formatPartialDate } from '../../domain/format/format'

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
]

/** The people counted in single operations: arrested, released, targeted in a cancelled plan. */
export function OperationsFigure({ rows }: { rows: OperationFigureRow[] }) {
  const narrow = useNarrowScreen()
  const people = rows.filter((r) => r.countsPeople)
  const summary = people.map((r) => `${r.operation}, ${r.figure}: ${qualifiedCount(r)}`).join('; ')
  return (
    <ChartFigure
      title="People counted in single operations"
      description={`Solid bars: people arrested or released in operations carried out; hatched bars: people targeted in an operation that was planned and cancelled. The table also lists figures that are not people (offices, stores). ${summary}.`}
      sourceIds={[...new Set(rows.flatMap((r) => r.sourceIds))]}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.id}
      chart={
        <ResponsiveContainer
          width="100%"
          height={Math.max(180, people.length * (narrow ? 88 : 48) + 50)}
          initialDimension={{ width: 640, height: 240 }}
        >
          <BarChart
            data={people}
            layout="vertical"
            accessibilityLayer
            title="People counted in single operations"
            desc={summary}
            margin={{ top: 8, right: narrow ? 100 : 120, bottom: 8, left: 0 }}
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
            <YAxis
              interval={0}
              type="category"
              dataKey={axisLabel}
              width={narrow ? 100 : 150}
              tick={{ fontSize: 11 }}
            />
            <Bar isAnimationActive={false} name="People" dataKey="count" stroke="#1b1f24" minPointSize={2}>
              {people.map((r) => (
                <Cell key={r.id} fill={r.status === 'carried out' ? '#1d3557' : rangeFill(PATTERN_PREFIX)} />
              ))}
              <LabelList
                position="right"
                fill="#1b1f24"
                fontSize={12}
                valueAccessor={(entry: { payload: OperationFigureRow }) =>
                  `${qualifiedCount(entry.payload)}${entry.payload.status === 'carried out' ? '' : ', cancelled'}`
                }
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
    />
  )
}
