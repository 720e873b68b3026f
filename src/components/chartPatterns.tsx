import { CHART_COLORS } from './theme'

/**
 * Fills that differ by pattern as well as colour, so a series can be told apart in greyscale, by
 * a reader who does not see the colours, and in a printed copy. Colours keep at least 3:1
 * contrast against white (WCAG 1.4.11). Render <ChartPatterns> inside the chart's <svg>.
 */
export const SERIES_STYLES = [
  { color: CHART_COLORS.series[0], pattern: 'solid' },
  { color: CHART_COLORS.series[1], pattern: 'stripes' },
  { color: CHART_COLORS.series[2], pattern: 'dots' },
  { color: CHART_COLORS.series[3], pattern: 'crosshatch' },
  { color: CHART_COLORS.series[4], pattern: 'horizontal' },
] as const

/** A light hatched fill for ranges: "what the highest reports add". */
export const RANGE_STYLE = { color: CHART_COLORS.range, pattern: 'range' } as const

/** The fill for series `index`, given the prefix its <ChartPatterns> used. */
export function seriesFill(prefix: string, index: number): string {
  const style = SERIES_STYLES[index % SERIES_STYLES.length]
  return style?.pattern === 'solid' ? style.color : `url(#${prefix}-${index % SERIES_STYLES.length})`
}

export function rangeFill(prefix: string): string {
  return `url(#${prefix}-range)`
}

/** The <defs> with one pattern per series style and the range hatch. Ids start with `prefix`. */
export function ChartPatterns({ prefix }: { prefix: string }) {
  const line = CHART_COLORS.patternLine
  return (
    <defs>
      {SERIES_STYLES.map((s, i) => (
        <pattern key={s.pattern} id={`${prefix}-${i}`} width="8" height="8" patternUnits="userSpaceOnUse">
          <rect width="8" height="8" fill={s.color} />
          {s.pattern === 'stripes' && <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={line} strokeWidth="1.6" />}
          {s.pattern === 'dots' && <circle cx="4" cy="4" r="1.6" fill={line} />}
          {s.pattern === 'crosshatch' && <path d="M0,0 l8,8 M8,0 l-8,8" stroke={line} strokeWidth="1.2" />}
          {s.pattern === 'horizontal' && <path d="M0,4 h8" stroke={line} strokeWidth="1.6" />}
        </pattern>
      ))}
      <pattern id={`${prefix}-range`} width="6" height="6" patternUnits="userSpaceOnUse">
        <rect width="6" height="6" fill={CHART_COLORS.background} />
        <path d="M-1,1 l2,-2 M0,6 l6,-6 M5,7 l2,-2" stroke={RANGE_STYLE.color} strokeWidth="1.2" />
      </pattern>
    </defs>
  )
}
