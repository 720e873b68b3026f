import { formatCents, formatUsd } from '../../domain/format/format'

/** Cents as dollars with cents: 375000 -> "$3,750.00". */
export const usd = formatCents

/** Whole dollars for chart axes: 375000 -> "$3,750". */
export function usdShort(cents: number): string {
  return formatUsd(Math.round(cents / 100))
}

/** Shares of a portfolio with two decimals: small exposures matter here. 0.04027 -> "4.03%". */
export function pct(share: number): string {
  return `${(share * 100).toFixed(2)}%`
}
