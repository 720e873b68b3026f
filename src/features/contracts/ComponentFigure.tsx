import type { ReactNode } from 'react'
import { ChartFigure } from '../../components/ChartFigure'
import { rangeFill } from '../../components/chartPatterns'
import type { TableColumn } from '../../components/DataTable'
import { HorizontalBarChart } from '../../components/HorizontalBarChart'
import { CHART_COLORS } from '../../components/theme'
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
          ERO&apos;s, but ImmigrationOS (2025, a modification of HSI&apos;s ICM order), reported as covering enforcement
          through removal, and government records on who uses the systems contest the distinction: see the claims{' '}
          <Link to="/claims#hsi-only">HSI only</Link> and{' '}
          <Link to="/claims#no-ero-work">&ldquo;We do not work for E.R.O.&rdquo;</Link>.
        </p>
      }
      chart={
        <HorizontalBarChart
          title="Awards by ICE component"
          summary={summary}
          rows={shown}
          rowKey={(r) => r.component}
          category={(r) => r.component}
          tickFormat={(v) => formatUsdMillions(v)}
          labelWidth={{ wide: 80, narrow: 64 }}
          valueLabelWidth={{ wide: 110, narrow: 96 }}
          height={{ rowHeight: 40, padding: 60, minHeight: 240 }}
          patternPrefix={PATTERN_PREFIX}
          legend
          series={[
            { name: 'Sum of lowest values', value: (r) => r.low, fill: CHART_COLORS.accent, stacked: true },
            {
              name: 'Range up to the highest values',
              value: (r) => r.rangeExtra,
              fill: rangeFill(PATTERN_PREFIX),
              stroke: CHART_COLORS.muted,
              stacked: true,
              label: (r) => `${r.awardCount} awards, ${formatUsdRange(r.low, r.high)}`,
            },
          ]}
        />
      }
    />
  )
}
