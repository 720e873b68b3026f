import { describe, expect, it } from 'vitest'
import { scanHeader, scanRow, scanRows } from './csvScan'

function all(text: string, wanted?: boolean[]) {
  const header = scanHeader(text)
  if (!header) return 'unclosed header'
  const rows: string[][] = []
  const w = wanted ?? header.cells.map(() => true)
  const unclosed = scanRows(text, header.end, w, (cells) => rows.push([...cells]))
  return { header: header.cells, rows, unclosed }
}

describe('scanRows', () => {
  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
  ])('reads quoted commas, doubled quotes, line breaks in quotes and empty cells (%s)', (_, eol) => {
    const text = ['a,b,c,d', 'x,"1,5","say ""hi""",', `"two${eol}lines",,"",z`, ''].join(eol)
    expect(all(text)).toEqual({
      header: ['a', 'b', 'c', 'd'],
      rows: [
        ['x', '1,5', 'say "hi"', ''],
        [`two${eol}lines`, '', '', 'z'],
      ],
      unclosed: null,
    })
  })

  it('keeps only the wanted cells but counts them all', () => {
    const out = all('a,b,c\r\n1,"2,2",3\r\n', [false, true, false])
    expect(typeof out !== 'string' && out.rows).toEqual([[undefined, '2,2', undefined]])
  })

  it('skips blank lines and reads a last row with no line end', () => {
    expect(all('a,b\n\n1,2\r\n\r\n3,4')).toMatchObject({
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
    })
  })

  it('reports the row of a quoted cell that never closes', () => {
    expect(all('a,b\n1,2\n3,"cut sho')).toMatchObject({ rows: [['1', '2']], unclosed: 3 })
  })

  it('gives a short row its own cell count', () => {
    const cells: string[] = []
    expect(scanRow('1,2\n', 0, null, cells)).toBe(4)
    expect(cells).toEqual(['1', '2'])
  })
})
