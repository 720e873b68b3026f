/*
 * The app's colours, in one place. The page's CSS custom properties (`--ink`, `--accent`, ...)
 * are written from PALETTE into the stylesheet at build time (vite.config.ts imports themeCss and
 * serves it as `virtual:theme.css`), and the charts take CHART_COLORS: SVG fills and strokes need
 * literal values, so a downloaded SVG or PNG keeps its colours outside the page. A stylesheet uses
 * `var(--name)`, a chart `CHART_COLORS.x`; no other file writes a colour (theme.test.ts checks).
 * Chart series colours keep at least 3:1 against white (WCAG 1.4.11).
 */

/** Every colour the stylesheets use, by role. Each becomes a CSS variable: `answeredEdge` -> `--answered-edge`. */
export const PALETTE = {
  ink: '#1b1f24',
  muted: '#4a5360',
  line: '#c9ced6',
  bg: '#ffffff',
  panel: '#f4f6f8',
  accent: '#1d3557',
  /** Text on the accent colour (the banner, primary buttons). */
  onAccent: '#ffffff',
  link: '#0b57d0',
  danger: '#a4161a',
  focus: '#ffbf47',
  /** Notices (storage problems, another tab's changes). */
  noticeBorder: '#555555',
  noticeBg: '#f6f6f6',
  /** Warnings and unverified records: a warm background, a dark orange edge and text. */
  warningBorder: '#9a3b00',
  warningBg: '#fff4e5',
  warningInk: '#7a2e00',
  /** The "sample" tag on sample data. */
  sampleInk: '#7a4b00',
  /** Table and panel rules in the checklist. */
  rule: '#bbbbbb',
  ruleLight: '#cccccc',
  badgeBorder: '#777777',
  /** An answered checklist item's edge and the checklist's text buttons. */
  answeredEdge: '#1a5fb4',
  /** A light blue-grey for suggestions and reviews. */
  tint: '#f3f6fb',
  fieldError: '#aa0000',
  /** The score dial's bands, from negligible to severe, and its ink. */
  bandNegligible: '#2e7d32',
  bandLow: '#7cb342',
  bandMedium: '#f2b400',
  bandHigh: '#e65100',
  bandSevere: '#b71c1c',
  dialInk: '#111111',
  dialTick: '#333333',
  /** The official record's section: its rule, the drop zone and its hint. */
  officialRule: '#d0d7de',
  dropzoneBorder: '#57606a',
  dropzoneOver: '#eef6ff',
  dropzoneHint: '#424a53',
} as const

export type PaletteName = keyof typeof PALETTE

/** The CSS variable for a palette colour: `cssVar('answeredEdge')` -> `var(--answered-edge)`. */
export function cssVarName(name: string): string {
  return `--${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`
}

/** The stylesheet's `:root` block: one custom property per palette colour. */
export function themeCss(): string {
  const lines = Object.entries(PALETTE).map(([name, value]) => `  ${cssVarName(name)}: ${value};`)
  return `:root {\n${lines.join('\n')}\n}\n`
}

/** The charts' colours: the palette's ink and accent, and the series that also differ by pattern. */
export const CHART_COLORS = {
  ink: PALETTE.ink,
  /** Axis lines and the outline of ranges. */
  muted: PALETTE.muted,
  background: PALETTE.bg,
  /** The main series (solid bars). */
  accent: PALETTE.accent,
  /** The highest-value line and the low-confidence outline. */
  danger: PALETTE.danger,
  /** Series in order; chartPatterns.tsx pairs each with a pattern. */
  series: ['#1d3557', '#a34700', '#1b7f5a', '#7b2f7b', '#4a5360'],
  /** The hatch of a range ("what the highest reports add"). */
  range: '#6b7280',
  /** The lines of a pattern drawn over a series colour. */
  patternLine: PALETTE.bg,
  /** The holdings chart's hatched (indirect) bars: a light fill under accent stripes. */
  hatchFill: '#dbe4f0',
  /** The official record beside the press: the obligations' bars and line, the press range. */
  officialBar: '#1f5f8b',
  officialLine: '#0b3954',
  pressStroke: '#6b4f00',
  pressFill: '#e8d9a8',
} as const
