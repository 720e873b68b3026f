import { useNarrowScreen } from './useNarrowScreen'

/** A size that differs on a phone (narrow) from a wider screen. */
export interface BySize {
  wide: number
  narrow: number
}

/**
 * Axis tick text in px: 11 where there is room, and never under 12 on a phone, where smaller
 * text cannot be read without zooming.
 */
export const TICK_FONT_SIZE: BySize = { wide: 11, narrow: 12 }

/** The size of a chart's tick labels on this screen: what a figure asks for, never under TICK_FONT_SIZE. */
export function tickFontSize(narrow: boolean, asked: BySize = TICK_FONT_SIZE): number {
  const pick = (s: BySize) => (narrow ? s.narrow : s.wide)
  return Math.max(pick(asked), pick(TICK_FONT_SIZE))
}

/** The axis tick font size for this screen (TICK_FONT_SIZE). */
export function useTickFontSize(): number {
  return tickFontSize(useNarrowScreen())
}
