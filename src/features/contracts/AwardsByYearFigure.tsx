import { useState, type ReactNode } from 'react'
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { ChartFigure } from '../../components/ChartFigure'
import { ChartPatterns, rangeFill, seriesFill } from '../../components/chartPatterns'
import type { TableColumn } from '../../components/DataTable'
import { CHART_COLORS } from '../../components/theme'
import { useTickFontSize } from '../../components/useTickFontSize'
import {
  doubleCountFlags,
  formatUsdRange,
  VEHICLES,
  type AwardRow,
  type FiscalYearRow,
} from '../../domain/contracts/chartRows'
import type { ReportedTotal } from '../../domain/contracts/schema'
import { formatUsd, formatUsdMillions } from '../../domain/format/format'

const PATTERN_PREFIX = 'contracts-year'

function YearTooltip({
  active,
  payload,
  awards,
}: {
  active?: boolean
  payload?: ReadonlyArray<{ payload?: FiscalYearRow }>
  awards: Map<string, AwardRow>
}) {
  const row = payload?.[0]?.payload
  if (!active || !row) return null
  return (
    <div className="chart-tooltip">
      <p>
        <strong>{row.label}</strong>: {formatUsdRange(row.low, row.high)}; cumulative{' '}
        {formatUsdRange(row.cumulativeLow, row.cumulativeHigh)}
      </p>
      <ul>
        {row.awardIds.map((id) => {
          const a = awards.get(id)
          return a ? (
            <li key={id}>
              {a.title} ({a.vehicle}): {formatUsdRange(a.low, a.high)}
            </li>
          ) : null
        })}
      </ul>
    </div>
  )
}

function columns(awards: Map<string, AwardRow>): TableColumn<FiscalYearRow>[] {
  const usd = (v: number) => formatUsd(v)
  return [
    { header: 'Fiscal year', value: (r) => r.label, rowHeader: true },
    {
      header: 'Awards (lowest-highest reported value)',
      value: (r) =>
        r.awardIds
          .map((id) => awards.get(id))
          .map((a) => (a ? `${a.title} (${a.vehicle}): ${formatUsdRange(a.low, a.high)}` : ''))
          .join('; '),
      cell: (r) => (
        <ul>
          {r.awardIds.map((id) => {
            const a = awards.get(id)
            return a ? <li key={id}>{`${a.title} (${a.vehicle}): ${formatUsdRange(a.low, a.high)}`}</li> : null
          })}
        </ul>
      ),
    },
    { header: 'Year, lowest (USD)', value: (r) => r.low, cell: (r) => usd(r.low), numeric: true },
    { header: 'Year, highest (USD)', value: (r) => r.high, cell: (r) => usd(r.high), numeric: true },
    {
      header: 'Cumulative, lowest (USD)',
      value: (r) => r.cumulativeLow,
      cell: (r) => usd(r.cumulativeLow),
      numeric: true,
    },
    {
      header: 'Cumulative, highest (USD)',
      value: (r) => r.cumulativeHigh,
      cell: (r) => usd(r.cumulativeHigh),
      numeric: true,
    },
    {
      header: 'Low confidence, not in the sums (USD)',
      value: (r) => r.lowConfidence,
      cell: (r) => usd(r.lowConfidence),
      numeric: true,
    },
  ]
}

/**
 * Awards per fiscal year stacked by vehicle (lowest reported values), the hatched range up to the
 * highest reported values, and the cumulative lowest and highest sums as lines, beside the
 * investor briefing's "over $200 million".
 */
export function AwardsByYearFigure({
  rows,
  awards,
  briefingTotal,
  empty,
}: {
  rows: FiscalYearRow[]
  awards: AwardRow[]
  briefingTotal: ReportedTotal | null
  empty: ReactNode
}) {
  const [showLow, setShowLow] = useState(false)
  const tickFontSize = useTickFontSize()
  const byId = new Map(awards.map((a) => [a.id, a]))
  const vehicles = VEHICLES.filter((v) => rows.some((r) => r.lowByVehicle[v] !== undefined))
  const doubleCounts = doubleCountFlags(awards)
  const lowAwards = awards.filter((a) => !a.inSums && a.low !== null)
  const unvalued = awards.filter((a) => a.low === null)
  const last = rows[rows.length - 1]
  const summary = last
    ? `Cumulative value ${formatUsdRange(last.cumulativeLow, last.cumulativeHigh)} by ${last.label}.`
    : 'No awards.'
  return (
    <ChartFigure
      title="Contract awards by fiscal year, with the cumulative value"
      description={`Bars: each year's awards stacked by contract vehicle at their lowest reported value; the hatched band above adds what the highest reports add. Lines: running totals of the lowest (solid) and highest (dashed) values. ${summary}`}
      sourceIds={[...new Set([...rows.flatMap((r) => r.sourceIds), ...(briefingTotal?.sourceIds ?? [])])]}
      columns={columns(byId)}
      rows={rows}
      rowKey={(r) => r.label}
      empty={empty}
      notes={
        <>
          {briefingTotal && (
            <p>
              Reference line: the investor briefing&apos;s total, over {formatUsdMillions(briefingTotal.amountUsd)} (
              {briefingTotal.asOf}), someone else&apos;s tally shown for comparison and never added to these sums.
            </p>
          )}
          {doubleCounts.map((f) => (
            <p key={`${f.awardId}-${f.otherAwardId}`}>
              Possible double count: {byId.get(f.awardId)?.title} and {byId.get(f.otherAwardId)?.title}. {f.reason}{' '}
              {byId.get(f.awardId)?.inSums && byId.get(f.otherAwardId)?.inSums
                ? 'The cumulative sums count both.'
                : 'Only the one with medium or high confidence is in the sums.'}
            </p>
          ))}
          {lowAwards.length > 0 && (
            <>
              <p>
                Low confidence, kept out of every sum and line above:{' '}
                {lowAwards.map((a) => `${a.title} (${a.date}, ${formatUsdRange(a.low, a.high)})`).join('; ')}. The sums
                use medium and high confidence values only.
              </p>
              <button type="button" className="secondary" aria-pressed={showLow} onClick={() => setShowLow((v) => !v)}>
                Show low-confidence values apart
              </button>
            </>
          )}
          {unvalued.length > 0 && (
            <p>
              No value of its own is reported for {unvalued.map((a) => `${a.title} (${a.date})`).join(', ')}; it adds
              nothing to the sums.
            </p>
          )}
        </>
      }
      chart={
        <ResponsiveContainer width="100%" height={360} initialDimension={{ width: 640, height: 360 }}>
          <ComposedChart
            data={rows}
            accessibilityLayer
            title="Contract awards by fiscal year"
            desc={summary}
            margin={{ top: 16, right: 8, bottom: 8, left: 8 }}
          >
            <ChartPatterns prefix={PATTERN_PREFIX} />
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="label"
              interval={0}
              tick={{ fontSize: tickFontSize }}
              angle={-35}
              textAnchor="end"
              height={48}
            />
            <YAxis
              tickFormatter={(v: number) => formatUsdMillions(v)}
              width={56}
              interval={0}
              tick={{ fontSize: tickFontSize }}
            />
            <Tooltip content={(p) => <YearTooltip active={p.active} payload={p.payload} awards={byId} />} />
            <Legend />
            {vehicles.map((v) => (
              <Bar
                isAnimationActive={false}
                key={v}
                stackId="year"
                name={`${v} (lowest value)`}
                dataKey={(r: FiscalYearRow) => r.lowByVehicle[v] ?? 0}
                fill={seriesFill(PATTERN_PREFIX, VEHICLES.indexOf(v))}
                stroke={CHART_COLORS.ink}
                strokeWidth={0.5}
              />
            ))}
            <Bar
              isAnimationActive={false}
              stackId="year"
              name="Range up to the highest value"
              dataKey="rangeExtra"
              fill={rangeFill(PATTERN_PREFIX)}
              stroke={CHART_COLORS.muted}
            />
            {showLow && (
              <Bar
                isAnimationActive={false}
                stackId="low-confidence"
                name="Low confidence (not in the sums)"
                dataKey="lowConfidence"
                fill={CHART_COLORS.background}
                stroke={CHART_COLORS.danger}
                strokeDasharray="4 2"
              />
            )}
            <Line
              isAnimationActive={false}
              type="stepAfter"
              name="Cumulative, lowest"
              dataKey="cumulativeLow"
              stroke={CHART_COLORS.ink}
              strokeWidth={2}
            />
            <Line
              isAnimationActive={false}
              type="stepAfter"
              name="Cumulative, highest"
              dataKey="cumulativeHigh"
              stroke={CHART_COLORS.danger}
              strokeWidth={2}
              strokeDasharray="6 4"
            />
            {briefingTotal && (
              <ReferenceLine
                y={briefingTotal.amountUsd}
                stroke={CHART_COLORS.muted}
                strokeDasharray="2 3"
                label={{
                  value: `Briefing: over ${formatUsdMillions(briefingTotal.amountUsd)}`,
                  position: 'insideTopLeft',
                  fill: CHART_COLORS.ink,
                  fontSize: 12,
                }}
              />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      }
    />
  )
}
