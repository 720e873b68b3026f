import type { ReactNode } from 'react'
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import { ChartFigure } from '../../components/ChartFigure'
import { useNarrowScreen } from '../../components/useNarrowScreen'
import { ChartPatterns, rangeFill } from '../../components/chartPatterns'
import type { TableColumn } from '../../components/DataTable'
import { Link } from '../../components/router'
import { formatUsdRange, type ComponentRow } from '../../domain/contracts/chartRows'
import { formatUsd, formatUsdMillions } from '../../domain/format/format'

const PATTERN_PREFIX = 'contracts-component'

const COMPONENT_NAMES: Record<ComponentRow['component'], string> = {
  HSI: 'HSI (Homeland Security Investigations)',
  ERO: 'ERO (Enforcement and Removal Operations)',
  ICE: 'ICE as a whole',
  'Other DHS': 'Other DHS',
}

const columns: TableColumn<ComponentRow>[] = [
  { header: 'Component', value: (r) => COMPONENT_NAMES[r.component], rowHeader: true },
  { header: 'Awards', value: (r) => r.awardCount, numeric: true },
  { header: 'Awards without a value', value: (r) => r.unvaluedCount, numeric: true },
  { header: 'Low-confidence awards, not in the sums', value: (r) => r.lowConfidenceCount, numeric: true },
  { header: 'Sum, lowest (USD)', value: (r) => r.low, cell: (r) => formatUsd(r.low), numeric: true },
  { header: 'Sum, highest (USD)', value: (r) => r.high, cell: (r) => formatUsd(r.high), numeric: true },
]

/** Award values by ICE component, with the company's position and a link to the contested evidence. */
export function ComponentFigure({ rows, empty }: { rows: ComponentRow[]; empty: ReactNode }) {
  const narrow = useNarrowScreen()
  const shown = rows.some((r) => r.awardCount > 0) ? rows : []
  const summary = rows.map((r) => `${r.component}: ${r.awardCount} awards, ${formatUsdRange(r.low, r.high)}`).join('; ')
  return (
    <ChartFigure
      title="Awards by ICE component"
      description={`Lowest reported values (solid) plus the hatched range up to the highest, summed by the ICE component each award is recorded for. ${summary}.`}
      sourceIds={[...new Set(rows.flatMap((r) => r.sourceIds))]}
      columns={columns}
      rows={shown}
      rowKey={(r) => r.component}
      empty={empty}
      notes={
        <p>
          The company says it works only with HSI: &ldquo;The sole sub-directorate with whom Palantir works is Homeland
          Security Investigations&rdquo;, and &ldquo;We do not work for E.R.O.&rdquo; No award here is recorded as
          ERO&apos;s, but awards recorded for ICE as a whole (ImmigrationOS) and government records on who uses the
          systems contest the distinction: see the claims <Link to="/claims#hsi-only">HSI only</Link> and{' '}
          <Link to="/claims#no-ero-work">&ldquo;We do not work for E.R.O.&rdquo;</Link>.
        </p>
      }
      chart={
        <ResponsiveContainer width="100%" height={240} initialDimension={{ width: 640, height: 240 }}>
          <BarChart
            data={shown}
            layout="vertical"
            accessibilityLayer
            title="Awards by ICE component"
            desc={summary}
            margin={{ top: 8, right: narrow ? 96 : 110, bottom: 8, left: 0 }}
          >
            <ChartPatterns prefix={PATTERN_PREFIX} />
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis
              interval={0}
              type="number"
              tickCount={narrow ? 3 : 5}
              tickFormatter={(v: number) => formatUsdMillions(v)}
              tick={{ fontSize: 11 }}
            />
            <YAxis interval={0} type="category" dataKey="component" width={narrow ? 64 : 80} tick={{ fontSize: 12 }} />
            <Legend />
            <Bar isAnimationActive={false} stackId="c" name="Sum of lowest values" dataKey="low" fill="#1d3557" />
            <Bar
              isAnimationActive={false}
              stackId="c"
              name="Range up to the highest values"
              dataKey="rangeExtra"
              fill={rangeFill(PATTERN_PREFIX)}
              stroke="#4a5360"
            >
              <LabelList
                position="right"
                fill="#1b1f24"
                fontSize={12}
                valueAccessor={(entry: { payload: ComponentRow }) =>
                  `${entry.payload.awardCount} awards, ${formatUsdRange(entry.payload.low, entry.payload.high)}`
                }
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
    />
  )
}
