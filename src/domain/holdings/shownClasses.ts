/**
 * The rows of the "what each security is" table: the ones a person should check first (not
 * known, then the largest by value), cut to what the page shows. A portfolio of 100,000
 * securities is not sorted whole for a table of 100 rows: one pass keeps the best n.
 */
import type { ClassifiedPosition } from './lookthrough'

/** True when `a` comes before `b`: an unknown class first, then the larger value (short or long). */
function before(a: ClassifiedPosition, b: ClassifiedPosition): boolean {
  const au = a.cls === 'unknown'
  if (au !== (b.cls === 'unknown')) return au
  return Math.abs(a.valueCents ?? 0) > Math.abs(b.valueCents ?? 0)
}

/**
 * The first `n` securities in table order (unknown class first, then by size of value, ties in
 * file order), the same as sorting the whole list and cutting it, in one pass; and whether any
 * class is unknown (the table then opens by itself).
 */
export function shownClasses(
  classified: readonly ClassifiedPosition[],
  n: number,
): { shown: ClassifiedPosition[]; anyUnknown: boolean } {
  const shown: ClassifiedPosition[] = []
  let anyUnknown = false
  if (n <= 0) return { shown, anyUnknown: classified.some((c) => c.cls === 'unknown') }
  for (const c of classified) {
    if (c.cls === 'unknown') anyUnknown = true
    // Full and not better than the last kept: an equal one keeps file order by staying out.
    if (shown.length === n && !before(c, shown[n - 1] as ClassifiedPosition)) continue
    let i = shown.length
    while (i > 0 && before(c, shown[i - 1] as ClassifiedPosition)) i -= 1
    shown.splice(i, 0, c)
    if (shown.length > n) shown.pop()
  }
  return { shown, anyUnknown }
}
