import { useId } from 'react'
import { useNarrowScreen } from '../../components/useNarrowScreen'
import { CHART_COLORS } from '../../components/theme'
import { contributorLabel, topContributors } from '../../domain/holdings/exposureRows'
import type { ExposureRow } from '../../domain/holdings/lookthrough'
import { formatMoneyFromCents } from '../../domain/holdings/currency'
import { pct } from './percent'

/**
 * Wide screens: each label left of its bar. Phones: the label on its own line above the bar, in a
 * narrower drawing, so the 13-unit text is drawn about 12 px tall on a 375 px screen (scaling
 * the wide drawing down made it about 5 px).
 */
const WIDE = { width: 760, labelW: 300, valueW: 110, labelRow: 0 }
const PHONE = { width: 360, labelW: 0, valueW: 90, labelRow: 18 }
const BAR_H = 22
const GAP = 12
const TOP = 8

/**
 * The top contributors as horizontal bars, drawn as plain SVG: recharts' first mount cost a
 * 100 ms main-thread task here, past the 50 ms budget. Direct and indirect holdings differ by
 * label and by pattern (solid / hatched), not by colour alone; the figure's table has every row.
 */
export function ExposureChart({ rows, currency }: { rows: ExposureRow[]; currency: string | null }) {
  const usd = (c: number) => formatMoneyFromCents(c, currency)
  const { width: WIDTH, labelW: LABEL_W, valueW: VALUE_W, labelRow } = useNarrowScreen() ? PHONE : WIDE
  const hatchId = `hatch-${useId().replace(/:/g, '')}`
  const { top, othersCents } = topContributors(rows, 10)
  const max = Math.max(1, ...top.map((r) => Math.abs(r.effectiveCents)))
  const barArea = WIDTH - LABEL_W - VALUE_W
  const height = TOP * 2 + top.length * (labelRow + BAR_H + GAP)
  const summary =
    `Top ${top.length} contributors by effective exposure: ` +
    top.map((r) => `${contributorLabel(r)}, ${usd(r.effectiveCents)} (${pct(r.share)})`).join('; ') +
    (othersCents > 0 ? `; all others together ${usd(othersCents)}.` : '.')
  return (
    <div className="exposure-chart">
      <svg
        role="img"
        aria-label={summary}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        style={{ maxWidth: WIDTH }}
        preserveAspectRatio="xMinYMin meet"
      >
        <defs>
          <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={CHART_COLORS.hatchFill} />
            <line x1="0" y1="0" x2="0" y2="6" stroke={CHART_COLORS.accent} strokeWidth="3" />
          </pattern>
        </defs>
        <line x1={LABEL_W} x2={LABEL_W} y1={0} y2={height} stroke={CHART_COLORS.muted} />
        {top.map((r, i) => {
          const y = TOP + i * (labelRow + BAR_H + GAP) + labelRow
          const w = Math.max(2, (Math.abs(r.effectiveCents) / max) * barArea)
          const label = `${contributorLabel(r)}${r.short ? ' short' : ''}`
          return (
            <g key={`${r.line}-${r.via?.fundId ?? 'direct'}`}>
              <text
                x={labelRow ? 6 : LABEL_W - 8}
                y={labelRow ? y - 5 : y + BAR_H / 2}
                textAnchor={labelRow ? 'start' : 'end'}
                dominantBaseline={labelRow ? 'auto' : 'middle'}
                fontSize="13"
              >
                {label.length > 38 ? `${label.slice(0, 37)}…` : label}
              </text>
              <rect
                x={LABEL_W}
                y={y}
                width={w}
                height={BAR_H}
                fill={r.route === 'direct' ? CHART_COLORS.accent : `url(#${hatchId})`}
                stroke={CHART_COLORS.accent}
              />
              <text x={LABEL_W + w + 6} y={y + BAR_H / 2} dominantBaseline="middle" fontSize="13">
                {usd(r.effectiveCents)}
              </text>
            </g>
          )
        })}
      </svg>
      <p className="chart-legend">
        Bars show effective exposure in {currency ?? 'the file’s (unstated) currency'}, short positions by their size
        (the labels say “short”): solid bars are direct holdings, hatched bars are held through a fund or firm (the
        labels say which). The table below lists every exposed position.
      </p>
    </div>
  )
}
