import { formatMoney } from '../../domain/holdings/currency'

/** Cents in the account's currency: 375000 EUR -> "€3,750.00". */
export const money = formatMoney

/** Shares of a portfolio with two decimals: small exposures matter here. 0.04027 -> "4.03%". */
export function pct(share: number): string {
  return `${(share * 100).toFixed(2)}%`
}
