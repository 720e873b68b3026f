import type { ReactNode } from 'react'
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { ChartFigure } from '../../components/ChartFigure'
import { useNarrowScreen } from '../../components/useNarrowScreen'
import type { TableColumn } from '../../components/DataTable'
import { useSourceNames } from '../../components/useSourceNames'
import { formatUsdRange, type AwardRow } from '../../domain/contracts/chartRows'
import type { ReportedValue } from '../../domain/contracts/schema'
import { formatPartialDate, formatUsd, formatUsdMillions } from '../../domain/format/format'
import { verificationText } from '../../domain/sources/cite'

type SourceNames = (ids: readonly string[]) => string

/** "$41M award: Award value at signing (Nextgov, Sep 2014)". */
function valueText(v: ReportedValue, names: SourceNames): string {
  const unverified = v.verification ? ` ${verificationText(v.verification)}` : ''
  return `${formatUsd(v.amountUsd)} ${v.basis}: ${v.note} (${names(v.sourceIds)})${unverified}`
}

const axisLabel = (r: AwardRow) => `${formatPartialDate(r.date)} ${r.vehicle}`

function AwardTooltip({
  active,
  payload,
  names,
}: {
  active?: boolean
  payload?: ReadonlyArray<{ payload?: AwardRow }>
  names: SourceNames
}) {
  const row = payload?.[0]?.payload
  if (!active || !row) return null
  return (
    <div className="chart-tooltip">
      <p>
        <strong>{row.title}</strong> ({formatPartialDate(row.date)}, {row.vehicle}): {formatUsdRange(row.low, row.high)}
      </p>
      {row.values.length === 0 ? (
        <p>No source reports a value for this award alone.</p>
      ) : (
        <ul>
          {row.values.map((v, i) => (
            <li key={i}>{valueText(v, names)}</li>
          ))}
        </ul>
      )}
    </div>
  )
}

function columns(names: SourceNames): TableColumn<AwardRow>[] {
  return [
    { header: 'Award', value: (r) => r.title, rowHeader: true },
    { header: 'Date', value: (r) => r.date, cell: (r) => formatPartialDate(r.date) },
    { header: 'Vehicle', value: (r) => r.vehicle },
    { header: 'Component', value: (r) => r.component },
    {
      header: 'Lowest (USD)',
      value: (r) => r.low,
      cell: (r) => (r.low === null ? 'not reported' : formatUsd(r.low)),
      numeric: true,
    },
    {
      header: 'Highest (USD)',
      value: (r) => r.high,
      cell: (r) => (r.high === null ? 'not reported' : formatUsd(r.high)),
      numeric: true,
    },
    {
      header: 'Every reported value (basis, note, source)',
      value: (r) => r.values.map((v) => valueText(v, names)).join(' | '),
      cell: (r) =>
        r.values.length === 0 ? (
          'No source reports a value for this award alone.'
        ) : (
          <ul>
            {r.values.map((v, i) => (
              <li key={i}>{valueText(v, names)}</li>
            ))}
          </ul>
        ),
    },
    {
      header: 'Confidence',
      value: (r) => (r.inSums ? r.confidence : `${r.confidence}: kept out of the sums`),
    },
    { header: 'Verification', value: (r) => verificationText(r.verification) || 'confirmed against its sources' },
    {
      header: 'Official record',
      value: (r) => r.officialRecordUrl ?? 'no contract number (PIID) recorded',
      cell: (r) =>
        r.officialRecordUrl ? (
          <a href={r.officialRecordUrl} target="_blank" rel="noreferrer noopener">
            {r.officialRecordUrl.includes('/award/') ? 'USAspending award' : 'USAspending search'}: {r.piid}
          </a>
        ) : (
          'no contract number (PIID) recorded'
        ),
    },
  ]
}

/**
 * Every award as a bar from its lowest to its highest reported value: where sources disagree the
 * bar is long, where they agree it is a thin mark; the label states the range in words.
 */
export function AwardRangesFigure({ rows, empty }: { rows: AwardRow[]; empty: ReactNode }) {
  const names = useSourceNames()
  const narrow = useNarrowScreen()
  const unvalued = rows.filter((r) => r.low === null)
  const disputed = rows.filter((r) => r.low !== null && r.low !== r.high).length
  const summary = `${rows.length} awards; for ${disputed} of them sources report different values.`
  return (
    <ChartFigure
      title="Every award and the range of values sources report"
      description={`Each bar runs from the lowest to the highest amount any source reports for that award; the table lists every value with its basis and source. ${summary}`}
      sourceIds={[...new Set(rows.flatMap((r) => r.sourceIds))]}
      columns={columns(names)}
      rows={rows}
      rowKey={(r) => r.id}
      empty={empty}
      notes={
        unvalued.length > 0 && (
          <p>
            No bar where no source reports a value for the award alone:{' '}
            {unvalued.map((r) => `${r.title} (${formatPartialDate(r.date)})`).join(', ')}.
          </p>
        )
      }
      chart={
        <ResponsiveContainer
          width="100%"
          height={Math.max(200, rows.length * 40 + 60)}
          initialDimension={{ width: 640, height: 400 }}
        >
          <BarChart
            data={rows}
            layout="vertical"
            accessibilityLayer
            title="Every award and the range of reported values"
            desc={summary}
            margin={{ top: 8, right: narrow ? 100 : 110, bottom: 8, left: 0 }}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis
              interval={0}
              type="number"
              tickCount={narrow ? 3 : 5}
              tickFormatter={(v: number) => formatUsdMillions(v)}
              tick={{ fontSize: 11 }}
            />
            <YAxis
              interval={0}
              type="category"
              dataKey={axisLabel}
              width={narrow ? 96 : 120}
              tick={{ fontSize: narrow ? 10 : 12 }}
            />
            <Tooltip content={(p) => <AwardTooltip active={p.active} payload={p.payload} names={names} />} />
            <Bar
              isAnimationActive={false}
              name="Reported values, lowest to highest"
              dataKey={(r: AwardRow) => (r.low === null || r.high === null ? null : [r.low, r.high])}
              fill="#1d3557"
              minPointSize={3}
            >
              <LabelList
                position="right"
                fill="#1b1f24"
                fontSize={12}
                valueAccessor={(entry: { payload: AwardRow }) => formatUsdRange(entry.payload.low, entry.payload.high)}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      }
    />
  )
}
