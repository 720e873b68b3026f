import { formatUsdMillions } from '../format/format'
import { qualifierText } from '../overview/headlines'
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
  sourceIds: string[]
}

/**
 * Award rows to one row per fiscal year with an award. Low sums add each award's lowest reported
 * amount, high sums its highest; the cumulative sums run from the first year shown. Amounts are
 * kept in whole cents so sums are exact.
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
    for (const r of inYear) {
      if (r.low === null || r.high === null) continue
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
      sourceIds: unique(inYear.flatMap((r) => r.sourceIds)),
    }
  })
}

/** Awards per ICE component with their low-high sums. */
export interface ComponentRow {
  component: Component
  awardCount: number
  unvaluedCount: number
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
    const valued = mine.filter((r) => r.low !== null && r.high !== null)
    const low = valued.reduce((s, r) => s + Math.round((r.low ?? 0) * 100), 0) / 100
    const high = valued.reduce((s, r) => s + Math.round((r.high ?? 0) * 100), 0) / 100
    return {
      component,
      awardCount: mine.length,
      unvaluedCount: mine.length - valued.length,
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
      sourceIds: t.sourceIds,
    }
  })
}

/** "$41M-$53M", or one amount when every source agrees; null reads "no value reported". */
export function formatUsdRange(low: number | null, high: number | null): string {
  if (low === null || high === null) return 'no value reported'
  return low === high ? formatUsdMillions(low) : `${formatUsdMillions(low)}–${formatUsdMillions(high)}`
}
