import { describe, expect, it } from 'vitest'
import { checkColumnCount, findUnclosedQuote, MAX_COLUMNS } from './csv'

describe('checkColumnCount', () => {
  it('accepts an ordinary header', () => {
    expect(checkColumnCount('Symbol,Quantity,Value\nPLTR,1,2\n', ',')).toBeNull()
  })
  it('refuses a header of 10,000 columns before any column is offered, naming the limit', () => {
    const header = Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',')
    expect(checkColumnCount(`Title\n${header}\n`, ',')).toBe(
      `Line 2 has 10,000 columns; the limit is ${MAX_COLUMNS}. Is this the positions export?`,
    )
  })
})

describe('findUnclosedQuote', () => {
  it.each([
    ['balanced quotes', 'Symbol,Name\nPLTR,"Palantir, Inc"\n', null],
    ['a closed quote spanning lines', 'a,"two\nlines"\nb,c\n', null],
    ['an inch mark inside a field', 'Name,Qty\nMonitor 27" wide,1\n', null],
    ['a quote opened on line 3 and never closed', 'Symbol,Name\nPLTR,Palantir\nMSFT,"Microsoft\nAAPL,Apple\n', 3],
  ])('%s: %s', (_what, text, line) => {
    expect(findUnclosedQuote(text, ',')).toBe(line)
  })
})
