import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import { contributorLabel, topContributors } from '../../domain/holdings/exposureRows'
import type { ExposureRow } from '../../domain/holdings/lookthrough'
import { pct, usd, usdShort } from './money'

/**
 * The top contributors as horizontal bars. Direct and indirect holdings differ by label and by
 * pattern (solid / hatched), not by colour alone. The bars carry a text equivalent; the table
 * beside it has every row.
 */
export function ExposureChart({ rows }: { rows: ExposureRow[] }) {
  const { top, othersCents } = topContributors(rows, 10)
  const data = top.map((r) => ({
    label: contributorLabel(r),
    dollars: r.effectiveCents / 100,
    value: usd(r.effectiveCents),
    direct: r.route === 'direct',
  }))
  const summary =
    `Top ${top.length} contributors by effective exposure: ` +
    top.map((r) => `${contributorLabel(r)}, ${usd(r.effectiveCents)} (${pct(r.share)})`).join('; ') +
    (othersCents > 0 ? `; all others together ${usd(othersCents)}.` : '.')
  return (
    <div className="exposure-chart">
      <div role="img" aria-label={summary} style={{ width: '100%', height: 48 + data.length * 36 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} layout="vertical" margin={{ left: 8, right: 96, top: 8, bottom: 8 }}>
            <defs>
              <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <rect width="6" height="6" fill="#dbe4f0" />
                <line x1="0" y1="0" x2="0" y2="6" stroke="#1d4f91" strokeWidth="3" />
              </pattern>
            </defs>
            <CartesianGrid horizontal={false} stroke="#e2e2e2" />
            <XAxis type="number" tickFormatter={(v: number) => usdShort(v * 100)} />
            <YAxis type="category" dataKey="label" width={240} tick={{ fontSize: 12 }} />
            <Bar dataKey="dollars" isAnimationActive={false} stroke="#1d4f91">
              {data.map((d) => (
                <Cell key={d.label} fill={d.direct ? '#1d4f91' : 'url(#hatch)'} />
              ))}
              <LabelList dataKey="value" position="right" style={{ fontSize: 12, fill: '#222' }} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p className="chart-legend">
        Bars show effective exposure in US dollars; solid bars are direct holdings, hatched bars are held through a fund
        or firm (the labels say which).
      </p>
    </div>
  )
}
