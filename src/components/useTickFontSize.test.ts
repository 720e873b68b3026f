import { describe, expect, it } from 'vitest'
import { tickFontSize } from './useTickFontSize'

describe('tickFontSize', () => {
  it('draws axis labels at 12 px on a phone and 11 px where there is room', () => {
    expect(tickFontSize(true)).toBe(12)
    expect(tickFontSize(false)).toBe(11)
  })

  it('never goes under 12 px on a phone, even where a figure asks for 10', () => {
    expect(tickFontSize(true, { wide: 12, narrow: 10 })).toBe(12)
  })

  it('keeps a larger size a figure asks for', () => {
    expect(tickFontSize(true, { wide: 14, narrow: 13 })).toBe(13)
    expect(tickFontSize(false, { wide: 12, narrow: 12 })).toBe(12)
  })
})
