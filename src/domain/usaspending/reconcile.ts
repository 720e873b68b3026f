import type { AwardRow } from '../contracts/chartRows'
import type { ReportedValue } from '../contracts/schema'
import type { OfficialAward } from './aggregate'

/** A press-reported award matched to the official record by PIID. */
export interface ReconciledAward {
  pressId: string
  title: string
  piid: string
  officialCents: number
  url: string
  values: (ReportedValue & { differenceCents: number })[]
}

/**
 * Puts the official obligations beside every value the press reported for the same PIID, and
 * how far apart they are (reported minus official). Awards without a PIID cannot be matched.
 */
export function reconcileWithPress(official: readonly OfficialAward[], press: readonly AwardRow[]): ReconciledAward[] {
  const byPiid = new Map<string, OfficialAward[]>()
  for (const a of official) byPiid.set(a.piid.toUpperCase(), [...(byPiid.get(a.piid.toUpperCase()) ?? []), a])
  return press.flatMap((p) => {
    const matches = p.piid ? byPiid.get(p.piid.toUpperCase()) : undefined
    if (!matches?.length || !p.piid) return []
    const officialCents = matches.reduce((s, a) => s + a.obligatedCents, 0)
    return [
      {
        pressId: p.id,
        title: p.title,
        piid: p.piid,
        officialCents,
        url: matches[0]?.url ?? '',
        values: p.values.map((v) => ({ ...v, differenceCents: Math.round(v.amountUsd * 100) - officialCents })),
      },
    ]
  })
}

/** A fiscal year with the press-reported cumulative range and the official cumulative line, side by side. */
export interface SideBySideYear {
  fiscalYear: number
  pressLow: number | null
  pressHigh: number | null
  official: number | null
}

/**
 * Joins the press-reported cumulative sums and the official cumulative obligations by fiscal
 * year, for one chart: two series drawn beside each other, never added together. A year one side
 * lacks carries that side's running total forward from its last year (null before its first).
 */
export function sideBySide(
  press: readonly { fiscalYear: number; cumulativeLow: number; cumulativeHigh: number }[],
  official: readonly { fiscalYear: number; cumulativeCents: number }[],
): SideBySideYear[] {
  const years = [...new Set([...press.map((p) => p.fiscalYear), ...official.map((o) => o.fiscalYear)])].sort(
    (a, b) => a - b,
  )
  let low: number | null = null
  let high: number | null = null
  let off: number | null = null
  return years.map((fiscalYear) => {
    const p = press.find((x) => x.fiscalYear === fiscalYear)
    const o = official.find((x) => x.fiscalYear === fiscalYear)
    if (p) {
      low = p.cumulativeLow
      high = p.cumulativeHigh
    }
    if (o) off = o.cumulativeCents / 100
    return { fiscalYear, pressLow: low, pressHigh: high, official: off }
  })
}
