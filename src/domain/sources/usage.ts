import type { ArrestStat } from '../arrests/schema'
import type { Suggestion } from '../checklist/schema'
import type { Claim } from '../claims/schema'
import type { ContractAward, ReportedTotal } from '../contracts/schema'
import { formatCount, formatPartialDate, formatUsdMillions } from '../format/format'
import type { Operation } from '../operations/schema'
import type { TimelineEvent } from '../timeline/schema'
import {
  confidenceSchema,
  SOURCE_TIERS,
  type Confidence,
  type Source,
  type SourceTier,
  type Verification,
} from './schema'

/** What kind of record rests on a source, in the order the Sources view lists them. */
export type UseKind = 'figure' | 'claim' | 'checklist evidence' | 'timeline event'

/** One record that rests on a source, with an in-app link back to where it is shown. */
export interface SourceUse {
  kind: UseKind
  label: string
  /** An in-app address; a hash names an element id the target view renders. */
  href: string
  verification: Verification | null
}

/** Everything the app shows that cites sources. */
export interface CitingRecords {
  awards: readonly ContractAward[]
  totals: readonly ReportedTotal[]
  arrests: readonly ArrestStat[]
  operations: readonly Operation[]
  claims: readonly Claim[]
  suggestions: readonly Suggestion[]
  timeline: readonly TimelineEvent[]
}

const usd = (n: number) => formatUsdMillions(n)

/**
 * Every use of every source: the figures (contract values and totals, arrest counts, operation
 * figures), the company's claims and their counter-evidence, the checklist evidence and the
 * timeline events, each with a link back. Keyed by source id; a source nobody cites has no entry.
 */
export function sourceUsage(records: CitingRecords): Map<string, SourceUse[]> {
  const uses = new Map<string, SourceUse[]>()
  const add = (ids: readonly string[], use: SourceUse) => {
    for (const id of new Set(ids)) {
      const list = uses.get(id) ?? []
      if (!list.some((u) => u.href === use.href && u.label === use.label)) list.push(use)
      uses.set(id, list)
    }
  }
  for (const a of records.awards) {
    add(a.sourceIds, {
      kind: 'figure',
      label: `Contract: ${a.title} (${formatPartialDate(a.date)})`,
      href: '/contracts',
      verification: a.verification ?? null,
    })
    for (const v of a.values)
      add(v.sourceIds, {
        kind: 'figure',
        label: `Contract value: ${a.title}, ${usd(v.amountUsd)} (${v.basis})`,
        href: '/contracts',
        verification: v.verification ?? a.verification ?? null,
      })
  }
  for (const t of records.totals)
    add(t.sourceIds, {
      kind: 'figure',
      label: `Reported total: ${t.label}, ${usd(t.amountUsd)}`,
      href: '/contracts',
      verification: t.verification ?? null,
    })
  for (const s of records.arrests)
    add(s.sourceIds, {
      kind: 'figure',
      label: `${s.unit} ${s.category}, FY${s.fiscalYear}: ${formatCount(s.count)}`,
      href: '/arrests',
      verification: s.verification ?? null,
    })
  for (const o of records.operations)
    for (const f of o.figures)
      add(f.sourceIds, {
        kind: 'figure',
        label: `${o.name}: ${f.label}, ${formatCount(f.count)}`,
        href: '/arrests',
        verification: f.verification ?? o.verification ?? null,
      })
  for (const c of records.claims) {
    add(c.statementSourceIds, {
      kind: 'claim',
      label: `Claim: ${c.statedBy}, ${formatPartialDate(c.statedOn)}`,
      href: `/claims#${c.id}`,
      verification: c.verification ?? null,
    })
    for (const e of c.counterEvidence)
      add(e.sourceIds, {
        kind: 'claim',
        label: `Evidence against a claim (${c.statedBy}, ${formatPartialDate(c.statedOn)})`,
        href: `/claims#${c.id}`,
        verification: e.verification ?? null,
      })
  }
  for (const s of records.suggestions)
    for (const e of s.evidence)
      add(e.sourceIds, {
        kind: 'checklist evidence',
        label: `Checklist item ${s.itemId}: ${e.text.length > 90 ? `${e.text.slice(0, 89)}…` : e.text}`,
        href: `/checklist#q-${s.itemId}`,
        verification: e.verification ?? null,
      })
  for (const t of records.timeline)
    add(t.sourceIds, {
      kind: 'timeline event',
      label: `${formatPartialDate(t.date)}: ${t.title}`,
      href: `/#${t.id}`,
      verification: t.verification ?? null,
    })
  return uses
}

/** The Sources view's filter, read from the URL: a tier and a confidence, each optional. */
export interface SourceFilter {
  tier: SourceTier | null
  confidence: Confidence | null
}

/** Reads the filter from URL parameters; anything unknown is ignored, so an old link still opens. */
export function parseSourceFilter(params: { tier: string | null; confidence: string | null }): SourceFilter {
  return {
    tier: SOURCE_TIERS.find((t) => t === params.tier) ?? null,
    confidence: confidenceSchema.options.find((c) => c === params.confidence) ?? null,
  }
}

/** The sources inside the filter, by tier (as SOURCE_TIERS orders them), then newest first. */
export function filterSources(sources: readonly Source[], filter: SourceFilter): Source[] {
  return sources
    .filter(
      (s) =>
        (filter.tier === null || s.tier === filter.tier) &&
        (filter.confidence === null || s.confidence === filter.confidence),
    )
    .sort(
      (a, b) =>
        SOURCE_TIERS.indexOf(a.tier) - SOURCE_TIERS.indexOf(b.tier) ||
        b.date.localeCompare(a.date) ||
        a.id.localeCompare(b.id),
    )
}
