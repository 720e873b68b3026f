import { describe, expect, it } from 'vitest'
import { quotationOccursIn, quotationsIn, singleQuotedSpans } from './quotes'

const karp =
  "it's a de minimis part of our work, finding people in our country who are undocumented, but it's a legitimate, complex issue."

describe('quotationOccursIn', () => {
  it.each([
    ['the whole passage', karp, true],
    ['curly apostrophes and extra spaces', 'it’s a  de minimis part of our work', true],
    [
      'a cut marked with an ellipsis',
      "it's a de minimis part of our work ... but it's a legitimate, complex issue",
      true,
    ],
    ['a cut marked with a bracketed insertion', 'finding people in our country [who are] undocumented', true],
    ['pieces out of order', "but it's a legitimate ... it's a de minimis part", false],
    ['a changed word', "it's a small part of our work", false],
    ['a changed capital', "It's a de minimis part of our work", false],
  ])('%s: %s', (_name, quotation, expected) => {
    expect(quotationOccursIn(quotation, karp)).toBe(expected)
  })
})

describe('quotationsIn', () => {
  it('finds spans in straight and curly double quotation marks', () => {
    expect(quotationsIn('Amnesty: “must urgently consider suspending”; Karp: "de minimis".')).toEqual([
      'must urgently consider suspending',
      'de minimis',
    ])
  })
})

describe('singleQuotedSpans', () => {
  it('reports a quotation in single marks but not an apostrophe', () => {
    expect(singleQuotedSpans("DHS: 'ERO also uses ICM data'. Palantir's letter")).toEqual(['ERO also uses ICM data'])
  })
})
