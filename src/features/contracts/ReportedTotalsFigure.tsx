import { Tooltip } from 'recharts'
import { ChartFigure } from '../../components/ChartFigure'
import { rangeFill } from '../../components/chartPatterns'
import type { TableColumn } from '../../components/DataTable'
import { HorizontalBarChart } from '../../components/HorizontalBarChart'
import { CHART_COLORS } from '../../components/theme'
import { verificationStatus } from '../../domain/sources/cite'
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
    { header: 'Verification', value: (r) => verificationStatus(r.verification) },
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
        <HorizontalBarChart
          title="Totals reported by others, beside our sums"
          summary={rows.map((r) => `${r.label}: ${r.stated}; ours ${formatUsdRange(r.ourLow, r.ourHigh)}`).join('. ')}
          rows={rows}
          rowKey={(r) => r.id}
          category={label}
          tickFormat={(v) => formatUsdMillions(v)}
          labelWidth={{ wide: 110, narrow: 90 }}
          // No value labels: the legend and the tooltip name the bars.
          valueLabelWidth={{ wide: 16, narrow: 16 }}
          height={{ rowHeight: 56, padding: 80, minHeight: 240 }}
          patternPrefix={PATTERN_PREFIX}
          legend
          tooltip={
            <Tooltip
              formatter={(value) =>
                Array.isArray(value)
                  ? formatUsdRange(Number(value[0]), Number(value[1]))
                  : formatUsdMillions(Number(value))
              }
            />
          }
          series={[
            {
              name: 'As stated',
              value: (r) => (r.highUsd === null ? r.amountUsd : [r.amountUsd, r.highUsd]),
              fill: CHART_COLORS.accent,
            },
            {
              name: 'Our sum, lowest to highest',
              value: (r) => [r.ourLow, r.ourHigh],
              fill: rangeFill(PATTERN_PREFIX),
              stroke: CHART_COLORS.ink,
              minPointSize: 3,
            },
          ]}
        />
      }
    />
  )
}
