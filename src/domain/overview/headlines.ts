import type { ArrestStat } from '../arrests/schema'
import type { ReportedTotal } from '../contracts/schema'
import type { Operation } from '../operations/schema'
import type { Verification } from '../sources/schema'
import { formatCount, formatPartialDate, formatPercent, formatUsdMillions } from '../format/format'

/** The investor briefing's "over $200 million" is the headline contract figure. */
export const HEADLINE_TOTAL_ID = 'iahr-over-200m'
/** The year of the company's own arrest figures (its letter to Amnesty, Sept 2020). */
export const HEADLINE_ARREST_YEAR = 2018
export const HEADLINE_OPERATION_ID = 'mississippi-2019'

export interface HeadlineFigure {
  id: string
  label: string
  /** The figure as the source states it, e.g. "over $200M". */
  value: string
  detail: string
  sourceIds: string[]
  /** Where sources give different accounts, each account with its own sources. */
  accounts?: { text: string; sourceIds: string[] }[]
  /** Set when a record behind the figure is unverified: shown with the figure, with the reason. */
  verification?: Verification
}

export type Headline = HeadlineFigure | { id: string; label: string; missing: true }

/** The share of worksite administrative arrests in all HSI arrests of a fiscal year, from the data. */
export function worksiteShare(
  arrests: ArrestStat[],
  fiscalYear: number,
): { total: ArrestStat; worksite: ArrestStat; share: number } | null {
  const total = arrests.find((a) => a.unit === 'HSI' && a.category === 'arrests (all)' && a.fiscalYear === fiscalYear)
  const worksite = arrests.find(
    (a) => a.unit === 'HSI worksite' && a.category === 'administrative arrests' && a.fiscalYear === fiscalYear,
  )
  if (!total || !worksite || total.count === 0) return null
  return { total, worksite, share: worksite.count / total.count }
}

/** A reported total as its source phrases it: "over $200M", "up to $127M", "$84M-$111M". */
export function qualifierText(total: ReportedTotal): string {
  const amount = formatUsdMillions(total.amountUsd)
  switch (total.qualifier) {
    case 'over':
      return `over ${amount}`
    case 'up to':
      return `up to ${amount}`
    case 'about':
      return `about ${amount}`
    case 'range':
      return total.highUsd === null ? amount : `${amount}-${formatUsdMillions(total.highUsd)}`
    default:
      return amount
  }
}

const unique = (ids: string[]) => [...new Set(ids)]

/**
 * The Overview's headline figures, each built from data-layer records and carrying their source
 * ids. A record that is missing yields a `missing` headline instead of a made-up number.
 */
export function buildHeadlines(input: {
  totals: ReportedTotal[]
  arrests: ArrestStat[]
  operations: Operation[]
}): Headline[] {
  const headlines: Headline[] = []

  const total = input.totals.find((t) => t.id === HEADLINE_TOTAL_ID)
  headlines.push(
    total
      ? {
          id: 'ice-contracts',
          label: 'ICE contracts',
          value: qualifierText(total),
          detail: total.scope,
          sourceIds: total.sourceIds,
        }
      : { id: 'ice-contracts', label: 'ICE contracts', missing: true },
  )

  const share = worksiteShare(input.arrests, HEADLINE_ARREST_YEAR)
  headlines.push(
    share
      ? {
          id: 'hsi-arrests',
          label: `HSI arrests in ${HEADLINE_ARREST_YEAR}`,
          value: formatCount(share.total.count),
          detail: `of which ${formatCount(share.worksite.count)} (${formatPercent(share.share)}) were worksite administrative arrests`,
          sourceIds: unique([...share.total.sourceIds, ...share.worksite.sourceIds]),
          ...(share.total.verification ? { verification: share.total.verification } : {}),
        }
      : { id: 'hsi-arrests', label: `HSI arrests in ${HEADLINE_ARREST_YEAR}`, missing: true },
  )

  const operation = input.operations.find((o) => o.id === HEADLINE_OPERATION_ID)
  const arrested = operation?.figures.find((f) => f.id === 'arrested')
  const released = operation?.figures.find((f) => f.id === 'released')
  const about = (f: { qualifier: string; count: number }) =>
    `${f.qualifier === 'about' ? 'about ' : ''}${formatCount(f.count)}`
  // The accounts of the releases differ: the U.S. Attorney's release (as the Clarion Ledger
  // reported it) and the company's letter. Both are shown, each with its own source.
  const humanitarian = operation?.figures.find((f) => f.id === 'released-humanitarian')
  const processed = operation?.figures.find((f) => f.id === 'released-after-processing')
  const company = operation?.figures.find((f) => f.id === 'released-company-account')
  const accounts = [
    ...(humanitarian && processed
      ? [
          {
            text: `${about(humanitarian)} on humanitarian grounds and ${about(processed)} after processing: ${humanitarian.account ?? 'official account'}.`,
            sourceIds: unique([...humanitarian.sourceIds, ...processed.sourceIds]),
          },
        ]
      : []),
    ...(company
      ? [
          {
            text: `All ${formatCount(company.count)} on humanitarian grounds: ${company.account ?? "the company's account"}.`,
            sourceIds: company.sourceIds,
          },
        ]
      : []),
  ]
  headlines.push(
    operation && arrested
      ? {
          id: 'mississippi',
          label: `${operation.name}, ${formatPartialDate(operation.date)}`,
          value: `${formatCount(arrested.count)} arrested`,
          detail: released
            ? `${about(released)} released within a day${accounts.length > 1 ? '; the accounts of why differ' : ''}`
            : operation.place,
          sourceIds: unique([...arrested.sourceIds, ...(released?.sourceIds ?? [])]),
          ...(accounts.length ? { accounts } : {}),
        }
      : { id: 'mississippi', label: 'Mississippi worksite raids', missing: true },
  )
  return headlines
}
