import type { ReactNode } from 'react'
import { Tooltip } from 'recharts'
import { ChartFigure } from '../../components/ChartFigure'
import type { TableColumn } from '../../components/DataTable'
import { HorizontalBarChart } from '../../components/HorizontalBarChart'
import { CHART_COLORS } from '../../components/theme'
import { useSourceNames } from '../../components/useSourceNames'
import { formatUsdRange, type AwardRow } from '../../domain/contracts/chartRows'
import type { ReportedValue } from '../../domain/contracts/schema'
import { formatPartialDate, formatUsd, formatUsdMillions } from '../../domain/format/format'
import { verificationStatus, verificationText } from '../../domain/sources/cite'

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
    { header: 'Verification', value: (r) => verificationStatus(r.verification) },
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
        <HorizontalBarChart
          title="Every award and the range of reported values"
          summary={summary}
          rows={rows}
          rowKey={(r) => r.id}
          category={axisLabel}
          tickFormat={(v) => formatUsdMillions(v)}
          labelWidth={{ wide: 120, narrow: 96 }}
          valueLabelWidth={{ wide: 110, narrow: 100 }}
          height={{ rowHeight: 40, padding: 60, minHeight: 200 }}
          tooltip={<Tooltip content={(p) => <AwardTooltip active={p.active} payload={p.payload} names={names} />} />}
          series={[
            {
              name: 'Reported values, lowest to highest',
              value: (r) => (r.low === null || r.high === null ? null : [r.low, r.high]),
              fill: CHART_COLORS.accent,
              minPointSize: 3,
              label: (r) => formatUsdRange(r.low, r.high),
            },
          ]}
        />
      }
    />
  )
}
