import { describe, expect, it } from 'vitest'
import { parseItemFilter } from './itemFilter'

describe('parseItemFilter', () => {
  it.each([
    ['unanswered', 'unanswered'],
    ['flags', 'flags'],
    ['disagreements', 'disagreements'],
    [null, 'all'],
    ['', 'all'],
    ['toString', 'all'],
    ['__proto__', 'all'],
    ['constructor', 'all'],
    ['hasOwnProperty', 'all'],
  ])('reads ?show=%s as %s', (value, expected) => {
    expect(parseItemFilter(value)).toBe(expected)
  })
})
