import type { Transaction } from './schema'

/** USAspending's page for an award, built from the file's contract_award_unique_key. */
export function awardPageUrl(awardKey: string): string {
  return `https://www.usaspending.gov/award/${encodeURIComponent(awardKey)}/`
}

/** One fiscal year of obligations, in whole cents so the sums are exact. */
export interface FiscalYearObligation {
  fiscalYear: number
  /** federal_action_obligation summed over the year's actions, de-obligations netted. */
  cents: number
  cumulativeCents: number
  actions: number
}

/**
 * Obligations by fiscal year: federal_action_obligation summed per action_date_fiscal_year.
 * The running award totals (total_dollars_obligated) are never summed: each repeats the award's
 * total to date, so adding them counts the same money again and again.
 */
export function obligationsByFiscalYear(transactions: readonly Transaction[]): FiscalYearObligation[] {
  const byYear = new Map<number, { cents: number; actions: number }>()
  for (const t of transactions) {
    if (t.fiscalYear === null) continue
    const y = byYear.get(t.fiscalYear) ?? { cents: 0, actions: 0 }
    y.cents += t.obligationCents
    y.actions += 1
    byYear.set(t.fiscalYear, y)
  }
  let run = 0
  return [...byYear]
    .sort(([a], [b]) => a - b)
    .map(([fiscalYear, y]) => {
      run += y.cents
      return { fiscalYear, cents: y.cents, cumulativeCents: run, actions: y.actions }
    })
}

/** One award in the official record. */
export interface OfficialAward {
  awardKey: string
  piid: string
  parentPiid: string
  description: string
  subAgency: string
  office: string
  recipientName: string
  firstActionDate: string | null
  latestActionDate: string | null
  startDate: string | null
  currentEndDate: string | null
  potentialEndDate: string | null
  /** Obligated to date: the award's federal_action_obligation summed. */
  obligatedCents: number
  /** From the award's latest action. */
  currentValueCents: number | null
  potentialValueCents: number | null
  actions: number
  url: string
}

const later = (a: Transaction, b: Transaction) =>
  (a.actionDate ?? '').localeCompare(b.actionDate ?? '') || a.modification.localeCompare(b.modification)

/** Actions grouped by award, largest obligation first; values and end dates from the latest action. */
export function toOfficialAwards(transactions: readonly Transaction[]): OfficialAward[] {
  const groups = new Map<string, Transaction[]>()
  for (const t of transactions) {
    const g = groups.get(t.awardKey)
    if (g) g.push(t)
    else groups.set(t.awardKey, [t])
  }
  const awards: OfficialAward[] = []
  for (const [awardKey, txs] of groups) {
    const sorted = [...txs].sort(later)
    const first = sorted[0]
    const last = sorted[sorted.length - 1]
    if (!first || !last) continue
    const described = [...sorted].reverse().find((t) => t.description !== '')
    awards.push({
      awardKey,
      piid: last.piid,
      parentPiid: last.parentPiid,
      description: described?.description ?? '',
      subAgency: last.subAgency,
      office: last.office,
      recipientName: last.recipientName,
      firstActionDate: first.actionDate,
      latestActionDate: last.actionDate,
      startDate: sorted.find((t) => t.startDate !== null)?.startDate ?? null,
      currentEndDate: last.currentEndDate,
      potentialEndDate: last.potentialEndDate,
      obligatedCents: txs.reduce((s, t) => s + t.obligationCents, 0),
      currentValueCents: last.currentValueCents,
      potentialValueCents: last.potentialValueCents,
      actions: txs.length,
      url: awardPageUrl(awardKey),
    })
  }
  return awards.sort((a, b) => b.obligatedCents - a.obligatedCents || a.piid.localeCompare(b.piid))
}
