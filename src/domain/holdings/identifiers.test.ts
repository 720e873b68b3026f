import { describe, expect, it } from 'vitest'
import { funds } from '../../../mocks/data/funds'
import { mayNormalizeTo, normalizeName } from './identifiers'

describe('mayNormalizeTo', () => {
  // The names the look-through matches by: the company's and every fund's in the data layer.
  const keys = ['Palantir Technologies Inc.', ...funds.flatMap((f) => [f.name, ...f.names])].map(normalizeName)
  const may = mayNormalizeTo(keys)

  it('never rules out a name that normalises to a key, however the file writes it', () => {
    const written = [
      'PALANTIR TECHNOLOGIES INC',
      'Palantir Technologies Inc. Class A',
      'palantir-technologies, inc',
      '  Palantir   Technologies  CL A ',
      'THE PALANTIR TECHNOLOGIES CORP',
      ...funds.flatMap((f) => [f.name, ...f.names].flatMap((n) => [n, n.toUpperCase(), `${n} Inc.`, ` ${n}, Ltd`])),
    ]
    for (const name of written) {
      expect(keys).toContain(normalizeName(name))
      expect(may(name), name).toBe(true)
    }
  })

  it('rules out names that share no key word, so they are not normalised at all', () => {
    for (const name of ['SECURITY 12345', 'Microsoft Corp', 'Apple Inc', 'Exxon Mobil Corporation', 'Coca-Cola Co'])
      expect(may(name), name).toBe(false)
  })

  it('rules out every name when there are no keys', () => {
    expect(mayNormalizeTo([])('Palantir Technologies')).toBe(false)
    expect(mayNormalizeTo([''])('Palantir Technologies')).toBe(false)
  })
})
