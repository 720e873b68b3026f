/**
 * The rows of the exposure table and chart, built once so the chart and its table show the
 * same numbers.
 */
import type { ExposureRow } from './lookthrough'

export type ExposureSortKey = 'security' | 'via' | 'position' | 'effective' | 'share'
export type SortDirection = 'ascending' | 'descending'

/** How a row is held, in words (never by colour alone). */
export function heldAs(row: ExposureRow): string {
  if (row.route === 'direct') return row.short ? 'Direct: short position' : 'Direct: own shares'
  const short = row.short ? ' (short position)' : ''
  return row.route === 'fund'
    ? `Through fund: ${row.via?.name ?? ''}${short}`
    : `Through listed firm: ${row.via?.name ?? ''}${short}`
}

/** The chart's label for a row: the security and how it is held. */
export function contributorLabel(row: ExposureRow): string {
  if (row.route === 'direct' || !row.via) return `${row.security} (direct)`
  // A row identified by the fund's own name needs the name once.
  if (row.security.toLowerCase() === row.via.name.toLowerCase())
    return `${row.security} (${row.route === 'fund' ? 'fund' : 'listed firm'})`
  return `${row.security} via ${row.via.name}`
}

/** Rows sorted by a column; ties keep file order, so the table never reshuffles at random. */
export function sortExposureRows(
  rows: readonly ExposureRow[],
  key: ExposureSortKey,
  dir: SortDirection,
): ExposureRow[] {
  const value = (r: ExposureRow): string | number => {
    switch (key) {
      case 'security':
        return r.security.toLowerCase()
      case 'via':
        return heldAs(r).toLowerCase()
      case 'position':
        return r.positionCents
      case 'effective':
        return r.effectiveCents
      case 'share':
        return r.share
    }
  }
  const sign = dir === 'ascending' ? 1 : -1
  return [...rows].sort((a, b) => {
    const va = value(a)
    const vb = value(b)
    const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb))
    return c !== 0 ? sign * c : a.line - b.line
  })
}

/** The largest contributors by effective value, for the chart; the rest are summed as "others". */
export function topContributors(rows: readonly ExposureRow[], n = 10): { top: ExposureRow[]; othersCents: number } {
  const sorted = sortExposureRows(rows, 'effective', 'descending')
  return { top: sorted.slice(0, n), othersCents: sorted.slice(n).reduce((s, r) => s + r.effectiveCents, 0) }
}
