import type { ReactNode } from 'react'
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import { ChartPatterns } from './chartPatterns'
import { CHART_COLORS } from './theme'
import { useNarrowScreen } from './useNarrowScreen'
import { tickFontSize, type BySize } from './useTickFontSize'

/** What every horizontal bar chart shares, in px. */
export const HORIZONTAL_BAR = {
  /** The width drawn before the container is measured, so the first frame is not empty. */
  initialWidth: 640,
  /** Room above and below the bars; the category labels' column starts at the left edge. */
  margin: { top: 8, bottom: 8, left: 0 },
  /** Value-axis ticks: fewer on a phone, so they do not run into each other. */
  ticks: { wide: 5, narrow: 3 },
  categoryFontSize: { wide: 12, narrow: 12 },
  valueLabelFontSize: 12,
  gridDash: '3 3',
} as const

/** One series of bars. */
export interface BarSeries<Row> {
  /** Its name in the legend and the tooltip. */
  name: string
  /** A length, or a [from, to] range; null draws no bar. */
  value: (row: Row) => number | [number, number] | null
  /** One fill (a colour or a pattern's url) for every bar, or one per row. */
  fill: string | ((row: Row, index: number) => string)
  stroke?: string
  strokeWidth?: number
  /** Stacked series sit end to end: a sum, then the range above it. */
  stacked?: boolean
  /** The shortest bar drawn, so a tiny or zero-width range stays visible. */
  minPointSize?: number
  /** The text at the end of each bar, in words (shorter on a phone). */
  label?: (row: Row, narrow: boolean) => string
}

export interface HorizontalBarChartProps<Row> {
  /** The chart's accessible name. */
  title: string
  /** What the bars show, in words: the chart's accessible description. */
  summary: string
  rows: readonly Row[]
  rowKey: (row: Row) => string
  /** The label left of a row's bars. */
  category: (row: Row) => string
  series: readonly BarSeries<Row>[]
  /** Value-axis ticks: "$40M", "8.4k". */
  tickFormat: (value: number) => string
  /** The width of the category labels' column. */
  labelWidth: BySize
  /** The room right of the longest bar, for its value label. */
  valueLabelWidth: BySize
  /** `rowHeight` per row plus `padding` (axis, legend), at least `minHeight`. */
  height: { rowHeight: number | BySize; padding: number; minHeight: number }
  /** The category labels' size; never under the axis ticks' (TICK_FONT_SIZE: 12 px on a phone). */
  categoryFontSize?: BySize
  /** Draws the series patterns (chartPatterns.tsx) with ids starting with this prefix. */
  patternPrefix?: string
  legend?: boolean
  /** A recharts <Tooltip>, when the bars have more to say than their labels. */
  tooltip?: ReactNode
}

const size = (value: number | BySize, narrow: boolean) =>
  typeof value === 'number' ? value : narrow ? value.narrow : value.wide

/**
 * The horizontal bar chart of the figures that compare a few named rows (arrests by category,
 * awards and their ranges, totals): category labels left, bars right, a value label at each bar's
 * end. Drawn without an entry animation, so the first chart of a view appears at once (#11); the
 * figure around it (ChartFigure) gives it its caption, table, sources and downloads.
 */
export function HorizontalBarChart<Row>(props: HorizontalBarChartProps<Row>) {
  const { title, summary, rows, rowKey, category, series, tickFormat, labelWidth, valueLabelWidth, height } = props
  const narrow = useNarrowScreen()
  const chartHeight = Math.max(height.minHeight, rows.length * size(height.rowHeight, narrow) + height.padding)
  const categoryFontSize = tickFontSize(narrow, props.categoryFontSize ?? HORIZONTAL_BAR.categoryFontSize)
  return (
    <ResponsiveContainer
      width="100%"
      height={chartHeight}
      initialDimension={{ width: HORIZONTAL_BAR.initialWidth, height: chartHeight }}
    >
      <BarChart
        data={[...rows]}
        layout="vertical"
        accessibilityLayer
        title={title}
        desc={summary}
        margin={{ ...HORIZONTAL_BAR.margin, right: size(valueLabelWidth, narrow) }}
      >
        {props.patternPrefix && <ChartPatterns prefix={props.patternPrefix} />}
        <CartesianGrid strokeDasharray={HORIZONTAL_BAR.gridDash} horizontal={false} />
        <XAxis
          interval={0}
          type="number"
          tickCount={narrow ? HORIZONTAL_BAR.ticks.narrow : HORIZONTAL_BAR.ticks.wide}
          tickFormatter={tickFormat}
          tick={{ fontSize: tickFontSize(narrow) }}
        />
        <YAxis
          interval={0}
          type="category"
          dataKey={category}
          width={size(labelWidth, narrow)}
          tick={{ fontSize: categoryFontSize }}
        />
        {props.tooltip}
        {props.legend && <Legend />}
        {series.map((s) => {
          const { fill, label } = s
          return (
            <Bar
              key={s.name}
              isAnimationActive={false}
              name={s.name}
              dataKey={s.value}
              stackId={s.stacked ? 'stack' : undefined}
              fill={typeof fill === 'string' ? fill : undefined}
              stroke={s.stroke}
              strokeWidth={s.strokeWidth}
              minPointSize={s.minPointSize}
            >
              {typeof fill === 'function' && rows.map((r, i) => <Cell key={rowKey(r)} fill={fill(r, i)} />)}
              {label && (
                <LabelList
                  position="right"
                  fill={CHART_COLORS.ink}
                  fontSize={HORIZONTAL_BAR.valueLabelFontSize}
                  valueAccessor={(entry: { payload: Row }) => label(entry.payload, narrow)}
                />
              )}
            </Bar>
          )
        })}
      </BarChart>
    </ResponsiveContainer>
  )
}
