import type { ReactNode } from 'react'
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { ChartFigure } from '../../components/ChartFigure'
import { ChartPatterns, seriesFill } from '../../components/chartPatterns'
import type { TableColumn } from '../../components/DataTable'
import { CHART_COLORS } from '../../components/theme'
import { useTickFontSize } from '../../components/useTickFontSize'
import { compactCount } from './axis'
import type { YearSeries, YearSeriesRow } from '../../domain/arrests/chartRows'
import { formatCount } from '../../domain/format/format'

function columns(series: readonly YearSeries[]): TableColumn<YearSeriesRow>[] {
  return [
    { header: 'Fiscal year', value: (r) => r.label, rowHeader: true },
    ...series.map((s): TableColumn<YearSeriesRow> => ({
      header: s.label,
      value: (r) => r.values[s.key] ?? null,
      cell: (r) => {
        const v = r.values[s.key]
        const variants = r.variants[s.key] ?? []
        if (v === null || v === undefined) return 'not reported'
        return variants.length
          ? `${formatCount(v)} (also reported: ${variants.map(formatCount).join(', ')})`
          : formatCount(v)
      },
      numeric: true,
    })),
    { header: 'Notes', value: (r) => r.notes.join(' ') },
    {
      header: 'Verification',
      value: (r) => (r.unverified.length ? `Unverified: ${r.unverified.join('; ')}` : 'confirmed against its sources'),
    },
  ]
}

/**
 * Several counts by fiscal year as grouped bars, each series with its own pattern and named in
 * the legend; a count no source reports is left out of the chart and says "not reported" in the table.
 */
export function YearSeriesFigure({
  title,
  description,
  series,
  rows,
  patternPrefix,
  notes,
}: {
  title: string
  description: string
  series: readonly YearSeries[]
  rows: YearSeriesRow[]
  patternPrefix: string
  notes?: ReactNode
}) {
  const tickFontSize = useTickFontSize()
  const summary = rows
    .map(
      (r) =>
        `${r.label}: ${series.map((s) => `${s.label} ${r.values[s.key] == null ? 'not reported' : formatCount(r.values[s.key] ?? 0)}`).join(', ')}`,
    )
    .join('. ')
  return (
    <ChartFigure
      title={title}
      description={`${description} ${summary}.`}
      sourceIds={[...new Set(rows.flatMap((r) => r.sourceIds))]}
      columns={columns(series)}
      rows={rows}
      rowKey={(r) => r.label}
      notes={notes}
      chart={
        <ResponsiveContainer width="100%" height={340} initialDimension={{ width: 640, height: 340 }}>
          <BarChart
            data={rows}
            accessibilityLayer
            title={title}
            desc={summary}
            margin={{ top: 16, right: 8, bottom: 8, left: 8 }}
          >
            <ChartPatterns prefix={patternPrefix} />
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis interval={0} dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis interval={0} tickFormatter={compactCount} width={48} tick={{ fontSize: tickFontSize }} />
            <Tooltip formatter={(v) => formatCount(Number(v))} />
            <Legend />
            {series.map((s, i) => (
              <Bar
                isAnimationActive={false}
                key={s.key}
                name={s.label}
                dataKey={(r: YearSeriesRow) => r.values[s.key] ?? null}
                fill={seriesFill(patternPrefix, i)}
                stroke={CHART_COLORS.ink}
                strokeWidth={0.5}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      }
    />
  )
}
