import { describe, expect, it } from 'vitest'
import { fundListSchema } from '../../src/domain/holdings/schema'
import { funds } from './funds'
import { sources } from './sources'

describe('the fund holdings fixture', () => {
  it('parses against the schema the client uses', () => {
    const result = fundListSchema.safeParse(funds)
    expect(result.success ? [] : result.error.issues).toEqual([])
  })

  it('marks every record as sample data', () => {
    expect(funds.filter((f) => !f.sample).map((f) => f.id)).toEqual([])
  })

  it('cites Reuters for BlackRock, Allianz and Alger as investors, and only known sources', () => {
    const known = new Set(sources.map((s) => s.id))
    const cited = funds.flatMap((f) => f.facts.flatMap((fact) => fact.sourceIds.map((id) => [f.id, id])))
    expect(cited.filter(([, id]) => !known.has(id as string))).toEqual([])
    expect(cited.filter(([, id]) => id === 'reuters-2019-11-22').map(([f]) => f)).toEqual([
      'blackrock',
      'allianz',
      'alger-sample-growth',
    ])
  })

  it('gives weights that sum to at most 1 per fund', () => {
    for (const f of funds) expect(f.constituents.reduce((s, c) => s + c.weight, 0)).toBeLessThanOrEqual(1 + 1e-9)
  })
})
