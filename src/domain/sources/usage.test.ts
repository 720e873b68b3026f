import { describe, expect, it } from 'vitest'
import { arrestStats } from '../../../mocks/data/arrests'
import { palantirSuggestions } from '../../../mocks/data/checklist'
import { claims } from '../../../mocks/data/claims'
import { contractAwards, reportedTotals } from '../../../mocks/data/contracts'
import { operations } from '../../../mocks/data/operations'
import { sources } from '../../../mocks/data/sources'
import { checklistTemplate } from '../../../mocks/data/checklist'
import { timeline } from '../../../mocks/data/timeline'
import { filterSources, parseSourceFilter, sourceUsage } from './usage'

const usage = sourceUsage({
  awards: contractAwards,
  totals: reportedTotals,
  arrests: arrestStats,
  operations,
  claims,
  suggestions: palantirSuggestions.suggestions,
  timeline,
})

describe('sourceUsage', () => {
  it('lists the figures, claims, checklist evidence and timeline events that rest on the company letter', () => {
    const kinds = new Set(usage.get('palantir-letter-2020-09-18')?.map((u) => u.kind))
    expect([...kinds].sort()).toEqual(['checklist evidence', 'claim', 'figure', 'timeline event'])
  })

  it('links a claim to its card, a checklist item to its question and an event to its place in the timeline', () => {
    const hrefs = usage.get('palantir-letter-2020-09-18')?.map((u) => u.href) ?? []
    expect(hrefs).toContain('/claims#only-3-5-percent')
    expect(hrefs).toContain('/checklist#q-A6')
    expect(hrefs).toContain('/#t-2020-palantir-letter')
  })

  it('points every hash link at an element id its view renders', () => {
    const ids = new Set([
      ...claims.map((c) => `/claims#${c.id}`),
      ...checklistTemplate.sections.flatMap((s) => s.items.map((i) => `/checklist#q-${i.id}`)),
      ...timeline.map((t) => `/#${t.id}`),
    ])
    const hrefs = [...usage.values()].flat().map((u) => u.href)
    expect(hrefs.filter((h) => h.includes('#') && !ids.has(h))).toEqual([])
  })

  it('carries the reason a record is unverified', () => {
    const uses = usage.get('albence-2019-05-09') ?? []
    expect(uses.find((u) => u.label.startsWith('HSI arrests (all), FY2018'))?.verification?.reason).toMatch(
      /Only the company/,
    )
  })

  it('gives every cited source at least one use, and no use to a source that does not exist', () => {
    const known = new Set(sources.map((s) => s.id))
    expect([...usage.keys()].filter((id) => !known.has(id))).toEqual([])
  })
})

describe('parseSourceFilter and filterSources', () => {
  it.each([
    [
      { tier: 'aggregator', confidence: 'low' },
      { tier: 'aggregator', confidence: 'low' },
    ],
    [
      { tier: 'gossip', confidence: 'certain' },
      { tier: null, confidence: null },
    ],
    [
      { tier: null, confidence: 'medium' },
      { tier: null, confidence: 'medium' },
    ],
  ])('reads %o as %o', (params, expected) => {
    expect(parseSourceFilter(params)).toEqual(expected)
  })

  it('keeps the sources of the chosen tier and confidence', () => {
    const low = filterSources(sources, { tier: 'aggregator', confidence: 'low' })
    expect(low.map((s) => s.id).sort()).toEqual(['dhs-eoy-2017', 'moneyracket-2025-09'])
  })

  it('lists every source with no filter, official records first', () => {
    const all = filterSources(sources, { tier: null, confidence: null })
    expect(all).toHaveLength(sources.length)
    expect(all[0]?.tier).toBe('official record')
  })
})
