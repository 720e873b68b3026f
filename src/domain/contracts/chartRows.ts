import { formatUsdMillions } from '../format/format'
import { qualifierText } from '../overview/headlines'
import type { Verification } from '../sources/schema'
import {
  componentSchema,
  vehicleSchema,
  type Component,
  type ContractAward,
  type ReportedTotal,
  type ReportedValue,
  type Vehicle,
} from './schema'

/** Vehicles in the order the charts stack and list them. */
export const VEHICLES: readonly Vehicle[] = vehicleSchema.options
/** ICE components in the order the breakdown lists them, empty ones included. */
export const COMPONENTS: readonly Component[] = componentSchema.options

const unique = (ids: string[]) => [...new Set(ids)]

/** The years and vehicle a reader chose; null means no limit. Lives in the URL. */
export interface ContractFilter {
  from: number | null
  to: number | null
  vehicle: Vehicle | null
}

/**
 * Reads the filter from URL parameters. Anything that is not a year or a known vehicle is
 * ignored rather than failing, and a reversed range is put the right way round, so a hand-edited
 * or old link still opens a sensible chart.
 */
export function parseContractFilter(params: {
  from: string | null
  to: string | null
  vehicle: string | null
}): ContractFilter {
  const year = (s: string | null) => (s !== null && /^\d{4}$/.test(s.trim()) ? Number(s.trim()) : null)
  let from = year(params.from)
  let to = year(params.to)
  if (from !== null && to !== null && from > to) [from, to] = [to, from]
  const vehicle = VEHICLES.find((v) => v === params.vehicle) ?? null
  return { from, to, vehicle }
}

/** The awards inside the filter (fiscal years inclusive). */
export function filterAwards(awards: readonly ContractAward[], filter: ContractFilter): ContractAward[] {
  return awards.filter(
    (a) =>
      (filter.from === null || a.fiscalYear >= filter.from) &&
      (filter.to === null || a.fiscalYear <= filter.to) &&
      (filter.vehicle === null || a.vehicle === filter.vehicle),
  )
}

/** The first and last fiscal year with an award, for the filter's choices. */
export function fiscalYearBounds(awards: readonly ContractAward[]): { first: number; last: number } | null {
  if (awards.length === 0) return null
  const years = awards.map((a) => a.fiscalYear)
  return { first: Math.min(...years), last: Math.max(...years) }
}

/**
 * Whether an award's values may go into a headline sum. Only medium and high confidence do: a
 * low-confidence value (an aggregator's report) is shown apart, never added in silently.
 */
export function countsInSums(award: Pick<ContractAward, 'confidence'>): boolean {
  return award.confidence !== 'low'
}

/**
 * The official record of an award on USAspending: the award page when the record's id is known
 * (CONT_AWD_<PIID>_<agency>_<parent>_<agency> cannot be guessed from the PIID alone), otherwise a
 * USAspending keyword search for the PIID. Null when the award has no PIID.
 */
export function officialRecordUrl(award: Pick<ContractAward, 'piid' | 'usaspendingId'>): string | null {
  if (award.usaspendingId) return `https://www.usaspending.gov/award/${encodeURIComponent(award.usaspendingId)}`
  if (award.piid) return `https://www.usaspending.gov/keyword_search/${encodeURIComponent(award.piid)}`
  return null
}

/** A possible double count between two awards, with why. */
export interface DoubleCountFlag {
  awardId: string
  otherAwardId: string
  reason: string
}

/** One award as the charts and tables show it: every reported value, and the range they span. */
export interface AwardRow {
  id: string
  title: string
  vehicle: Vehicle
  component: Component
  date: string
  fiscalYear: number
  piid: string | null
  /** Lowest and highest reported amounts; null when no source reports a value for this award alone. */
  low: number | null
  high: number | null
  /** Every reported value, lowest first: no silent pick. */
  values: ReportedValue[]
  /** An earlier award with the same order number: this one modifies it, so a sum may count it twice. */
  modifiesAwardId: string | null
  /** Other awards this one may be counted in or be the same as (from the data and the shared order number). */
  possibleDoubleCounts: { awardId: string; reason: string }[]
  /** False for a low-confidence award: shown apart, kept out of the app's sums. */
  inSums: boolean
  verification: Verification | null
  /** The award's official record (USAspending), when it has a PIID. */
  officialRecordUrl: string | null
  confidence: ContractAward['confidence']
  sourceIds: string[]
}

/** Awards to rows, in date order, each with the low-high range of the amounts sources report. */
export function toAwardRows(awards: readonly ContractAward[]): AwardRow[] {
  const sorted = [...awards].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
  return sorted.map((a, i) => {
    const values = [...a.values].sort((x, y) => x.amountUsd - y.amountUsd)
    const amounts = values.map((v) => v.amountUsd)
    const earlier = a.piid === null ? undefined : sorted.slice(0, i).find((b) => b.piid === a.piid)
    const flagged = a.possibleDoubleCounts ?? []
    const possibleDoubleCounts =
      earlier && !flagged.some((f) => f.awardId === earlier.id)
        ? [
            ...flagged,
            { awardId: earlier.id, reason: `Modifies that order (${a.piid}): its value may already be inside it.` },
          ]
        : flagged
    return {
      id: a.id,
      title: a.title,
      vehicle: a.vehicle,
      component: a.component,
      date: a.date,
      fiscalYear: a.fiscalYear,
      piid: a.piid,
      low: amounts.length ? Math.min(...amounts) : null,
      high: amounts.length ? Math.max(...amounts) : null,
      values,
      modifiesAwardId: earlier?.id ?? null,
      possibleDoubleCounts,
      inSums: countsInSums(a),
      verification: a.verification ?? null,
      officialRecordUrl: officialRecordUrl(a),
      confidence: a.confidence,
      sourceIds: unique([...a.sourceIds, ...values.flatMap((v) => v.sourceIds)]),
    }
  })
}

/** One fiscal year: the lowest reported values stacked by vehicle, the range above them, and the running sums. */
export interface FiscalYearRow {
  fiscalYear: number
  label: string
  /** Sum of each vehicle's lowest reported values this year. */
  lowByVehicle: Partial<Record<Vehicle, number>>
  low: number
  high: number
  /** high - low: the band drawn above the stack, what the highest reports add. */
  rangeExtra: number
  cumulativeLow: number
  cumulativeHigh: number
  awardIds: string[]
  /** Awards this year that no source values on their own (they add nothing to the sums). */
  unvaluedAwardIds: string[]
  /** Low-confidence values this year (lowest of each award): shown apart, never in the sums above. */
  lowConfidence: number
  lowConfidenceAwardIds: string[]
  sourceIds: string[]
}

/**
 * Award rows to one row per fiscal year with an award. Low sums add each award's lowest reported
 * amount, high sums its highest; the cumulative sums run from the first year shown. Only medium
 * and high confidence awards are summed; low-confidence ones are totalled apart (`lowConfidence`).
 * Amounts are kept in whole cents so sums are exact.
 */
export function toFiscalYearRows(rows: readonly AwardRow[]): FiscalYearRow[] {
  const cents = (usd: number) => Math.round(usd * 100)
  const years = [...new Set(rows.map((r) => r.fiscalYear))].sort((a, b) => a - b)
  let runLow = 0
  let runHigh = 0
  return years.map((fiscalYear) => {
    const inYear = rows.filter((r) => r.fiscalYear === fiscalYear)
    const lowCents: Partial<Record<Vehicle, number>> = {}
    let low = 0
    let high = 0
    let lowConfidence = 0
    for (const r of inYear) {
      if (r.low === null || r.high === null) continue
      if (!r.inSums) {
        lowConfidence += cents(r.low)
        continue
      }
      lowCents[r.vehicle] = (lowCents[r.vehicle] ?? 0) + cents(r.low)
      low += cents(r.low)
      high += cents(r.high)
    }
    runLow += low
    runHigh += high
    const lowByVehicle: Partial<Record<Vehicle, number>> = {}
    for (const v of VEHICLES) if (lowCents[v] !== undefined) lowByVehicle[v] = lowCents[v] / 100
    return {
      fiscalYear,
      label: `FY${fiscalYear}`,
      lowByVehicle,
      low: low / 100,
      high: high / 100,
      rangeExtra: (high - low) / 100,
      cumulativeLow: runLow / 100,
      cumulativeHigh: runHigh / 100,
      awardIds: inYear.map((r) => r.id),
      unvaluedAwardIds: inYear.filter((r) => r.low === null).map((r) => r.id),
      lowConfidence: lowConfidence / 100,
      lowConfidenceAwardIds: inYear.filter((r) => !r.inSums).map((r) => r.id),
      sourceIds: unique(inYear.flatMap((r) => r.sourceIds)),
    }
  })
}

/** Awards per ICE component with their low-high sums. */
export interface ComponentRow {
  component: Component
  awardCount: number
  unvaluedCount: number
  /** Low-confidence awards: counted in `awardCount`, kept out of the sums. */
  lowConfidenceCount: number
  low: number
  high: number
  rangeExtra: number
  sourceIds: string[]
}

/**
 * Award rows to one row per ICE component, every component listed even with no award, so a
 * reader sees that no award is recorded as ERO's (the company's position) and which are ICE-wide.
 */
export function toComponentRows(rows: readonly AwardRow[]): ComponentRow[] {
  return COMPONENTS.map((component) => {
    const mine = rows.filter((r) => r.component === component)
    const valued = mine.filter((r) => r.low !== null && r.high !== null && r.inSums)
    const low = valued.reduce((s, r) => s + Math.round((r.low ?? 0) * 100), 0) / 100
    const high = valued.reduce((s, r) => s + Math.round((r.high ?? 0) * 100), 0) / 100
    return {
      component,
      awardCount: mine.length,
      unvaluedCount: mine.filter((r) => r.low === null).length,
      lowConfidenceCount: mine.filter((r) => !r.inSums).length,
      low,
      high,
      rangeExtra: Math.round((high - low) * 100) / 100,
      sourceIds: unique(mine.flatMap((r) => r.sourceIds)),
    }
  })
}

/** A total someone else tallied, beside the app's own low-high sum over the same span. */
export interface ReportedTotalRow {
  id: string
  label: string
  /** As the source states it: "over $200M", "$84M-$111M". */
  stated: string
  amountUsd: number
  highUsd: number | null
  asOf: string
  scope: string
  /** The vehicle the total is limited to, when its scope names one. */
  vehicle: Vehicle | null
  /** Our sums over the awards dated up to `asOf` (and of `vehicle`, if any). */
  ourLow: number
  ourHigh: number
  verification: Verification | null
  sourceIds: string[]
}

/**
 * Others' totals with our own sums over the same span, never mixed into our sums. A total's
 * scope is taken to be one vehicle when its scope text names that vehicle (the FALCON tallies).
 */
export function toReportedTotalRows(rows: readonly AwardRow[], totals: readonly ReportedTotal[]): ReportedTotalRow[] {
  return totals.map((t) => {
    const vehicle = VEHICLES.find((v) => v !== 'Other' && t.scope.includes(v)) ?? null
    const upTo = rows.filter(
      (r) => r.date.slice(0, t.asOf.length) <= t.asOf && (vehicle === null || r.vehicle === vehicle),
    )
    const years = toFiscalYearRows(upTo)
    const last = years[years.length - 1]
    return {
      id: t.id,
      label: t.label,
      stated: qualifierText(t),
      amountUsd: t.amountUsd,
      highUsd: t.highUsd,
      asOf: t.asOf,
      scope: t.scope,
      vehicle,
      ourLow: last?.cumulativeLow ?? 0,
      ourHigh: last?.cumulativeHigh ?? 0,
      verification: t.verification ?? null,
      sourceIds: t.sourceIds,
    }
  })
}

/**
 * Every possible double count among the rows, once per pair: awards that modify an earlier order
 * (same PIID) and the pairs the data flags (the 2022 ICM order and ImmigrationOS; the $29.9M
 * follow-on, which may be ImmigrationOS itself). Pairs outside the rows are left out.
 */
export function doubleCountFlags(rows: readonly AwardRow[]): DoubleCountFlag[] {
  const ids = new Set(rows.map((r) => r.id))
  const seen = new Set<string>()
  const flags: DoubleCountFlag[] = []
  for (const r of rows)
    for (const f of r.possibleDoubleCounts) {
      const key = [r.id, f.awardId].sort().join('|')
      if (!ids.has(f.awardId) || seen.has(key)) continue
      seen.add(key)
      flags.push({ awardId: r.id, otherAwardId: f.awardId, reason: f.reason })
    }
  return flags
}

/** "$41M-$53M", or one amount when every source agrees; null reads "no value reported". */
export function formatUsdRange(low: number | null, high: number | null): string {
  if (low === null || high === null) return 'no value reported'
  return low === high ? formatUsdMillions(low) : `${formatUsdMillions(low)}–${formatUsdMillions(high)}`
}
