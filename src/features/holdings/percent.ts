/** Shares of a portfolio with two decimals: small exposures matter here. 0.04027 -> "4.03%". */
export function pct(share: number): string {
  return `${(share * 100).toFixed(2)}%`
}
