import { describe, expect, it } from 'vitest'
import { normalizeName } from './identifiers'

/** The regular-expression form normalizeName replaced; the word-by-word reading must give the same names. */
const byRegex = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(
      /\b(inc|incorporated|corp|corporation|co|ltd|plc|se|ag|sa|nv|the|class [a-z]|cl [a-z]|com|common stock|shs|ord)\b/g,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim()

describe('normalizeName', () => {
  it('drops case, punctuation and legal-form words', () => {
    expect(normalizeName('Palantir Technologies Inc. Class A')).toBe('palantir technologies')
    expect(normalizeName('The  Vanguard Group, Inc.')).toBe('vanguard group')
    expect(normalizeName('BlackRock Common Stock')).toBe('blackrock')
  })

  it.each([
    'PALANTIR TECHNOLOGIES INC CL A',
    'iShares Core S&P 500 ETF',
    'cl cl a co',
    'class 1 shares',
    'Common Stockholders Co.',
    'the the inc',
    'Société Générale SA',
    'SECURITY 12345',
    '  --  ',
    '',
    'Alphabet Inc Class C (GOOG)',
    'ab-c.d/e ord shs',
    'classic co-op',
    'common  stock',
  ])('reads %j as the regular expressions did', (name) => {
    expect(normalizeName(name)).toBe(byRegex(name))
  })
})
