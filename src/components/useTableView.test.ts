import { describe, expect, it } from 'vitest'
import { tableViewFigures, toggledTableView } from './useTableView'

describe('the table view in the URL', () => {
  it('adds a figure to the list and takes it out again, leaving the others', () => {
    expect(toggledTableView(null, 'awards-by-year')).toBe('awards-by-year')
    expect(toggledTableView('awards-by-year', 'by-component')).toBe('awards-by-year,by-component')
    expect(toggledTableView('awards-by-year,by-component', 'awards-by-year')).toBe('by-component')
  })

  it('drops the parameter once no figure shows its table', () => {
    expect(toggledTableView('awards-by-year', 'awards-by-year')).toBeNull()
  })

  it('reads a hand-edited parameter without blanks or repeats', () => {
    expect(tableViewFigures(',a,,b,a,')).toEqual(['a', 'b'])
    expect(tableViewFigures(null)).toEqual([])
  })
})
