import { describe, expect, it } from 'vitest'
import { arrestStatListSchema } from '../../src/domain/arrests/schema'
import { claimListSchema } from '../../src/domain/claims/schema'
import { companyListSchema } from '../../src/domain/company/schema'
import { contractsResponseSchema } from '../../src/domain/contracts/schema'
import { operationListSchema } from '../../src/domain/operations/schema'
import { sourceListSchema } from '../../src/domain/sources/schema'
import { timelineSchema } from '../../src/domain/timeline/schema'
import { isMirrorUrl, sourceProblems } from '../../src/domain/sources/integrity'
import { palantirSuggestions } from './checklist'
import { funds } from './funds'
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
  palantirSuggestions.suggestions.forEach((s) => s.evidence.forEach((e) => cite(`suggestion ${s.itemId}`, e.sourceIds)))
  funds.forEach((f) => f.facts.forEach((e) => cite(`fund ${f.id}`, e.sourceIds)))
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

  it('lock in the $41M at signing to The Hill, which says it, not to Nextgov ($42M)', () => {
    const icm = contractAwards.find((a) => a.id === 'icm-2014')
    expect(icm?.values.find((v) => v.amountUsd === 41_000_000)?.sourceIds).toEqual(['thehill-2019-08'])
    expect(icm?.values.find((v) => v.amountUsd === 42_000_000)?.sourceIds).toEqual(['nextgov-2014-09'])
  })

  // The day of the data layer's last check (the newest `retrieved`): a fixed date, so the test
  // does not depend on the clock.
  it('rate no mirror or aggregator above low, cite no mirror as an original, date every source in the past', () => {
    expect(sourceProblems(sources, '2026-12-03')).toEqual([])
  })

  it('keep mirrors only as access copies, never as the cited address', () => {
    const cited = sources.filter((s) => s.url !== null && isMirrorUrl(s.url) && s.tier !== 'aggregator')
    expect(cited.map((s) => s.id)).toEqual([])
    expect(sources.filter((s) => s.accessCopy).map((s) => s.id).length).toBeGreaterThan(0)
  })

  it('agree with the timeline on each event date: a source cannot report an event before it happened', () => {
    const byId = new Map(sources.map((s) => [s.id, s]))
    const compatible = (a: string, b: string) => a.startsWith(b) || b.startsWith(a)
    const wrong = timeline.flatMap((e) => {
      const dates = e.sourceIds.map((id) => byId.get(id)?.date ?? '')
      const reportedAfter = dates.some((d) => compatible(d, e.date) || d.localeCompare(e.date) > 0)
      // A publication event (a disclosure, an engagement step) is dated as its source is.
      const isPublication = e.kind === 'disclosure' || e.kind === 'engagement'
      const sameDate = dates.some((d) => compatible(d, e.date))
      return !reportedAfter || (isPublication && !sameDate) ? [`${e.id} (${e.date}): ${dates.join(', ')}`] : []
    })
    expect(wrong).toEqual([])
  })

  it('show both accounts of the Mississippi releases, each with its own source', () => {
    const ms = operations.find((o) => o.id === 'mississippi-2019')
    const figure = (id: string) => ms?.figures.find((f) => f.id === id)
    expect(figure('released-humanitarian')).toMatchObject({ count: 30, sourceIds: ['clarion-2019-08-08'] })
    expect(figure('released-after-processing')).toMatchObject({ count: 270, sourceIds: ['clarion-2019-08-08'] })
    expect(figure('released-company-account')).toMatchObject({ count: 300, sourceIds: ['palantir-letter-2020-09-18'] })
    expect(sources.find((s) => s.id === 'clarion-2019-08-08')).toMatchObject({
      title: "ICE releases 300 of 680 detainees in Mississippi, some on 'humanitarian grounds'",
      publisher: 'Clarion Ledger',
      date: '2019-08-08',
    })
  })
})
