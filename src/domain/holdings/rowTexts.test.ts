import { describe, expect, it } from 'vitest'
import { rowTexts } from './rowTexts'

/** The rows of `lines` joined by \r\n, as spans of one text. */
function spans(lines: string[]) {
  const text = lines.join('\r\n')
  const out: { start: number; end: number; line: number }[] = []
  let at = 0
  lines.forEach((l, i) => {
    out.push({ start: at, end: at + l.length, line: i + 1 })
    at += l.length + 2
  })
  return { text, rows: out }
}

describe('rowTexts', () => {
  it('names the first earlier row with the same text, and only rows with exactly the same text', () => {
    const { text, rows } = spans([
      'PLTR,10,$1.00',
      'PLTR,10,$1.0',
      'PLTR,10,$1.00',
      'pltr,10,$1.00',
      'PLTR,10,$1.00',
      '',
    ])
    const t = rowTexts(text)
    expect(rows.map((r) => t.earlier(r.start, r.end, r.line))).toEqual([null, null, 1, null, 1, null])
  })

  it('keeps every row when its table grows (5,004 rows in a table first sized for 4,096)', () => {
    const lines = Array.from({ length: 5_000 }, (_, i) => `T${i},SECURITY ${i},${i % 7}`)
    const { text, rows } = spans([...lines, ...lines.slice(0, 3), lines[4_999]!])
    const t = rowTexts(text)
    const found = rows.map((r) => t.earlier(r.start, r.end, r.line))
    expect(found.slice(0, 5_000).every((x) => x === null)).toBe(true)
    expect(found.slice(5_000)).toEqual([1, 2, 3, 5_000])
  })

  it('forgets one file’s rows when the next file’s table takes over its arrays', () => {
    const lines = Array.from({ length: 3_000 }, (_, i) => `T${i},SECURITY ${i}`)
    const first = spans(lines)
    const a = rowTexts(first.text, 3_000)
    first.rows.forEach((r) => a.earlier(r.start, r.end, r.line))
    a.release()
    // The same file loaded again: none of its rows is a duplicate of the first load's; a row
    // repeated within it is.
    const again = spans([...lines, lines[5]!])
    const b = rowTexts(again.text, 3_000)
    const found = again.rows.map((r) => b.earlier(r.start, r.end, r.line))
    expect(found.filter((x) => x !== null)).toEqual([6])
  })
})
