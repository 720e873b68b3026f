import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { ChartFigure } from '../../components/ChartFigure'
import { useNarrowScreen } from '../../components/useNarrowScreen'
import { ChartPatterns, rangeFill } from '../../components/chartPatterns'
import type { TableColumn } from '../../components/DataTable'
import { verificationText } from '../../domain/sources/cite'
import { useSourceNames } from '../../components/useSourceNames'
import { formatUsdRange, type ReportedTotalRow } from '../../domain/contracts/chartRows'
import { formatPartialDate, formatUsd, formatUsdMillions } from '../../domain/format/format'

const PATTERN_PREFIX = 'contracts-totals'

function columns(names: (ids: readonly string[]) => string): TableColumn<ReportedTotalRow>[] {
  return [
    { header: 'Total', value: (r) => r.label, rowHeader: true },
    { header: 'As stated', value: (r) => r.stated },
    { header: 'As of', value: (r) => r.asOf, cell: (r) => formatPartialDate(r.asOf) },
    { header: 'Scope', value: (r) => r.scope },
    { header: 'Verification', value: (r) => verificationText(r.verification) || 'confirmed against its sources' },
    {
      header: 'Our sum to that date, lowest (USD)',
      value: (r) => r.ourLow,
      cell: (r) => formatUsd(r.ourLow),
      numeric: true,
    },
    {
      header: 'Our sum to that date, highest (USD)',
      value: (r) => r.ourHigh,
      cell: (r) => formatUsd(r.ourHigh),
      numeric: true,
    },
    { header: 'Source', value: (r) => names(r.sourceIds) },
  ]
}

const label = (r: ReportedTotalRow) => `${r.vehicle ?? 'ICE'}, ${formatPartialDate(r.asOf)}`

/**
 * Totals others tallied (the briefing's "over $200M", USAspending, FALCON tallies) beside the
 * app's own sums of the awards dated up to the same month: compared, never mixed.
 */
export function ReportedTotalsFigure({ rows }: { rows: ReportedTotalRow[] }) {
  const names = useSourceNames()
  const narrow = useNarrowScreen()
  return (
    <ChartFigure
      title="Totals reported by others, beside our sums"
      description="Dark bars: each total as its source states it (a range where it gives one). Hatched bars: our sums of the individual awards dated up to the same month (of the same vehicle where the total names one), from their lowest to their highest reported values, medium and high confidence only. The scopes differ: a total may cover all of DHS, or payments rather than awards, so a gap is not an error. All awards are counted here, whatever the filter above."
      sourceIds={[...new Set(rows.flatMap((r) => r.sourceIds))]}
      columns={columns(names)}
      rows={rows}
      rowKey={(r) => r.id}
      notes={
        <p>
          A total above our highest sum points at awards no source itemises, or at a broader scope; &ldquo;over&rdquo;
          gives a floor only.
        </p>
      }
      chart={
        <ResponsiveContainer
          width="100%"
          height={Math.max(240, rows.length * 56 + 80)}
          initialDimension={{ width: 640, height: 400 }}
        >
          <BarChart
            data={rows}
            layout="vertical"
            accessibilityLayer
            title="Totals reported by others, beside our sums"
            desc={rows.map((r) => `${r.label}: ${r.stated}; ours ${formatUsdRange(r.ourLow, r.ourHigh)}`).join('. ')}
            margin={{ top: 8, right: 16, bottom: 8, left: 0 }}
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
            <YAxis interval={0} type="category" dataKey={label} width={narrow ? 90 : 110} tick={{ fontSize: 12 }} />
            <Tooltip
              formatter={(value) =>
                Array.isArray(value)
                  ? formatUsdRange(Number(value[0]), Number(value[1]))
                  : formatUsdMillions(Number(value))
              }
            />
            <Legend />
            <Bar
              isAnimationActive={false}
              name="As stated"
              dataKey={(r: ReportedTotalRow) => (r.highUsd === null ? r.amountUsd : [r.amountUsd, r.highUsd])}
              fill="#1d3557"
            />
            <Bar
              isAnimationActive={false}
              name="Our sum, lowest to highest"
              dataKey={(r: ReportedTotalRow) => [r.ourLow, r.ourHigh]}
              fill={rangeFill(PATTERN_PREFIX)}
              stroke="#1b1f24"
              minPointSize={3}
            />
          </BarChart>
        </ResponsiveContainer>
      }
    />
  )
}
