import type { Band } from '../../domain/checklist/schema'
import './dial.css'

const CX = 100
const CY = 100
const R = 78

function point(value: number, radius = R): [number, number] {
  const angle = Math.PI * (1 - Math.min(100, Math.max(0, value)) / 100)
  return [CX + radius * Math.cos(angle), CY - radius * Math.sin(angle)]
}

function arc(from: number, to: number, radius = R): string {
  const [x1, y1] = point(from, radius)
  const [x2, y2] = point(to, radius)
  return `M ${x1.toFixed(2)} ${y1.toFixed(2)} A ${radius} ${radius} 0 0 1 ${x2.toFixed(2)} ${y2.toFixed(2)}`
}

/**
 * The unmanaged-risk dial, plain SVG: the bands as arcs (each labelled at its start); a needle at a
 * settled score, or, while items are unanswered, the range still possible drawn as a band inside
 * the arcs; the score's short words in the middle, so colour is never the only cue. Decorative to
 * assistive technology: the caller gives the text equivalent beside it.
 */
export function ScoreDial({
  bands,
  range,
  settled,
  text,
  bandText,
}: {
  bands: Band[]
  /** Lowest and highest U still possible (equal when settled); null with no score. */
  range: { low: number; high: number } | null
  settled: boolean
  /** The value in words: "12–71", "82.9", "–". */
  text: string
  /** The band in words: "Medium–Severe", "Severe", "No score yet". */
  bandText: string
}) {
  const sorted = [...bands].sort((a, b) => a.min - b.min)
  const needle = range && settled ? range.low : null
  const [nx, ny] = point(needle ?? 0, R - 16)
  return (
    <svg className="score-dial" viewBox="0 0 200 150" width="220" height="165" aria-hidden="true" focusable="false">
      {sorted.map((b, i) => {
        const end = Math.min(100, sorted[i + 1]?.min ?? 100)
        return <path key={b.id} d={arc(b.min, end)} className={`dial-arc band-${b.id}`} />
      })}
      {sorted.slice(1).map((b) => {
        const [x, y] = point(b.min, R + 16)
        return (
          <text key={b.id} x={x} y={y} className="dial-tick" textAnchor="middle">
            {b.min}
          </text>
        )
      })}
      {range && !settled ? (
        <path d={arc(range.low, Math.max(range.high, range.low + 0.5), R - 15)} className="dial-range" />
      ) : null}
      {needle !== null && (
        <>
          <line x1={CX} y1={CY} x2={nx} y2={ny} className="dial-needle" />
          <circle cx={CX} cy={CY} r="5" className="dial-hub" />
        </>
      )}
      <text x={CX} y={CY + 26} className="dial-value" textAnchor="middle">
        {text}
      </text>
      <text x={CX} y={CY + 45} className="dial-band" textAnchor="middle">
        {bandText}
      </text>
    </svg>
  )
}
