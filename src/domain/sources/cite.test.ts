import { describe, expect, it } from 'vitest'
import { citeText } from './cite'

describe('citeText', () => {
  it('puts the numbered citations after a text, each in its own brackets', () => {
    expect(`Awarded in 2014${citeText([1, 3])}`).toBe('Awarded in 2014 [1][3]')
  })

  it('adds nothing when a text cites no source', () => {
    expect(citeText([])).toBe('')
    expect(citeText(undefined)).toBe('')
  })
})
