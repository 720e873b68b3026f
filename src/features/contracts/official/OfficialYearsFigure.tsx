import { useId } from 'react'
import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { DataTable, type TableColumn } from '../../../components/DataTable'
import { CHART_COLORS } from '../../../components/theme'
import { useTickFontSize } from '../../../components/useTickFontSize'
import { formatUsdFromCents, formatUsd, formatUsdMillions } from '../../../domain/format/format'
import type { FiscalYearObligation } from '../../../domain/usaspending/aggregate'
import type { SideBySideYear } from '../../../domain/usaspending/reconcile'

/** One year of the figure: the official obligations and the two series beside each other. */
export interface OfficialYearRow extends SideBySideYear {
  label: string
  yearCents: number | null
}

/** Joins the official years to the side-by-side series, for the chart and its table. */
export function toOfficialYearRows(years: readonly FiscalYearObligation[], series: readonly SideBySideYear[]) {
  return series.map((s) => ({
    ...s,
    label: `FY${s.fiscalYear}`,
    yearCents: years.find((y) => y.fiscalYear === s.fiscalYear)?.cents ?? null,
  }))
}

const money = (v: number | null) => (v === null ? '—' : formatUsd(v))

const COLUMNS: TableColumn<OfficialYearRow>[] = [
  { header: 'Fiscal year', value: (r) => r.label, rowHeader: true },
  {
    header: 'Official obligations in the year (USD)',
    value: (r) => (r.yearCents === null ? null : r.yearCents / 100),
    cell: (r) => (r.yearCents === null ? '—' : formatUsdFromCents(r.yearCents)),
    numeric: true,
  },
  {
    header: 'Official record, cumulative (USD)',
    value: (r) => r.official,
    cell: (r) => money(r.official),
    numeric: true,
  },
  {
    header: 'Press-reported, cumulative lowest (USD)',
    value: (r) => r.pressLow,
    cell: (r) => money(r.pressLow),
    numeric: true,
  },
  {
    header: 'Press-reported, cumulative highest (USD)',
    value: (r) => r.pressHigh,
    cell: (r) => money(r.pressHigh),
    numeric: true,
  },
]

/**
 * The official obligations by fiscal year (bars) and their running total, drawn as the
 * "Official record (USAspending)" line beside the band of press-reported cumulative values. The
 * two are never added together. The table below carries the same rows.
 */
export function OfficialYearsFigure({
  rows,
  subAgency,
  source,
}: {
  rows: OfficialYearRow[]
  subAgency: string
  source: string
}) {
  const titleId = useId()
  const tickFontSize = useTickFontSize()
  const title = `Official obligations by fiscal year, ${subAgency}, beside the press-reported ranges`
  const chartRows = rows.map((r) => ({
    ...r,
    year: r.yearCents === null ? null : r.yearCents / 100,
    press: r.pressLow === null || r.pressHigh === null ? null : [r.pressLow, r.pressHigh],
  }))
  return (
    <figure className="chart-figure" aria-labelledby={titleId}>
      <figcaption>
        <span id={titleId} className="chart-title">
          {title}
        </span>{' '}
        <span className="chart-description">
          Bars: obligations in each fiscal year (federal_action_obligation summed, de-obligations netted). Solid line:
          Official record (USAspending), the running total. Hatched band: the running total of press-reported values,
          lowest to highest. Two separate series, never added together.
        </span>
      </figcaption>
      <div className="chart-area">
        <ResponsiveContainer width="100%" height={340} initialDimension={{ width: 640, height: 340 }}>
          <ComposedChart
            data={chartRows}
            accessibilityLayer
            title={title}
            margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis tickFormatter={(v: number) => formatUsdMillions(v)} width={72} tick={{ fontSize: tickFontSize }} />
            <Tooltip
              formatter={(v) =>
                Array.isArray(v) ? v.map((x) => formatUsd(Number(x))).join(' to ') : formatUsd(Number(v))
              }
            />
            <Legend />
            <Area
              type="stepAfter"
              dataKey="press"
              name="Press-reported, cumulative range"
              stroke={CHART_COLORS.pressStroke}
              strokeDasharray="4 3"
              fill={CHART_COLORS.pressFill}
              fillOpacity={0.6}
              connectNulls
              isAnimationActive={false}
            />
            <Bar
              dataKey="year"
              name="Official obligations in the year"
              fill={CHART_COLORS.officialBar}
              isAnimationActive={false}
            />
            <Line
              type="monotone"
              dataKey="official"
              name="Official record (USAspending)"
              stroke={CHART_COLORS.officialLine}
              strokeWidth={3}
              dot={{ r: 4 }}
              connectNulls
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <DataTable caption={title} columns={COLUMNS} rows={rows} rowKey={(r) => r.label} />
      <p className="chart-sources">{source}</p>
    </figure>
  )
}
