import { describe, expect, it } from 'vitest'
import { arrestStatListSchema } from '../../src/domain/arrests/schema'
import { claimListSchema } from '../../src/domain/claims/schema'
import { companyListSchema } from '../../src/domain/company/schema'
import { contractsResponseSchema } from '../../src/domain/contracts/schema'
import { operationListSchema } from '../../src/domain/operations/schema'
import { sourceListSchema } from '../../src/domain/sources/schema'
import { timelineSchema } from '../../src/domain/timeline/schema'
import { engagementTemplatesSchema } from '../../src/domain/engagement/schema'
import { engagementTemplates } from './engagement'
import { arrestStats } from './arrests'
import { claims } from './claims'
import { companies } from './companies'
import { contractAwards, reportedTotals } from './contracts'
import { operations } from './operations'
import { sources } from './sources'
import { timeline } from './timeline'

/** Every source id a fixture cites, with where it is cited. */
function citedIds(): { id: string; where: string }[] {
  const out: { id: string; where: string }[] = []
  const cite = (where: string, ids: string[]) => ids.forEach((id) => out.push({ id, where }))
  companies.forEach((c) => cite(`company ${c.id}`, c.sourceIds))
  contractAwards.forEach((a) => {
    cite(`award ${a.id}`, a.sourceIds)
    a.values.forEach((v) => cite(`award ${a.id} value`, v.sourceIds))
  })
  reportedTotals.forEach((t) => cite(`total ${t.id}`, t.sourceIds))
  arrestStats.forEach((s) => {
    cite(`arrests ${s.id}`, s.sourceIds)
    s.variants.forEach((v) => cite(`arrests ${s.id} variant`, v.sourceIds))
  })
  operations.forEach((o) => {
    cite(`operation ${o.id}`, o.sourceIds)
    o.figures.forEach((f) => cite(`operation ${o.id} figure`, f.sourceIds))
  })
  claims.forEach((c) => {
    cite(`claim ${c.id}`, c.statementSourceIds)
    c.counterEvidence.forEach((e) => cite(`claim ${c.id} evidence`, e.sourceIds))
  })
  timeline.forEach((e) => cite(`event ${e.id}`, e.sourceIds))
  engagementTemplates.questionTemplates.forEach((t) => cite(`template ${t.id}`, t.sourceIds))
  engagementTemplates.ladder.forEach((s) => cite(`ladder ${s.id}`, s.sourceIds))
  return out
}

describe('the mocked data layer fixtures', () => {
  it.each([
    ['sources', sourceListSchema, sources],
    ['companies', companyListSchema, companies],
    ['contracts', contractsResponseSchema, { awards: contractAwards, reportedTotals }],
    ['arrests', arrestStatListSchema, arrestStats],
    ['operations', operationListSchema, operations],
    ['claims', claimListSchema, claims],
    ['timeline', timelineSchema, timeline],
    ['engagement templates', engagementTemplatesSchema, engagementTemplates],
  ] as const)('%s parse against the schema the client uses', (_name, schema, data) => {
    const result = schema.safeParse(data)
    expect(result.success ? [] : result.error.issues).toEqual([])
  })

  it('cite only sources that exist', () => {
    const known = new Set(sources.map((s) => s.id))
    expect(citedIds().filter((c) => !known.has(c.id))).toEqual([])
  })

  it('give every source a unique id', () => {
    const ids = sources.map((s) => s.id)
    expect(ids.length).toBe(new Set(ids).size)
  })

  it('give every record a unique id within its area', () => {
    for (const list of [contractAwards, reportedTotals, arrestStats, operations, claims, timeline]) {
      const ids = list.map((r) => r.id)
      expect(ids.length).toBe(new Set(ids).size)
    }
  })

  it('keep every value reported for the 2014 ICM award', () => {
    const icm = contractAwards.find((a) => a.id === 'icm-2014')
    expect(icm?.values.map((v) => v.amountUsd)).toEqual([41_000_000, 42_000_000, 51_000_000, 51_800_000, 53_000_000])
  })
})
