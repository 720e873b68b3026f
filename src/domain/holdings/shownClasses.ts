/**
 * The rows of the "what each security is" table: the ones a person should check first (not
 * known, then the largest by value), cut to what the page shows. A portfolio of 100,000
 * securities is not sorted whole for a table of 100 rows: one pass keeps the best n.
 */
import type { PositionClass } from './classify'
import type { ClassifiedPosition } from './lookthrough'

/** How many securities the table shows (the rest are counted). */
export const CLASSES_SHOWN = 100

/** True when a security of class `cls` and value `cents` comes before `b`: unknown first, then the larger value (short or long). */
function before(cls: PositionClass, cents: number | null, b: ClassifiedPosition): boolean {
  const au = cls === 'unknown'
  if (au !== (b.cls === 'unknown')) return au
  return Math.abs(cents ?? 0) > Math.abs(b.valueCents ?? 0)
}

/**
 * Keeps the first `n` securities in table order (unknown class first, then by size of value, ties
 * in file order) as they come, one at a time: the same as sorting the whole list and cutting it.
 * The caller asks `note` first and builds a security's row (for `place`) only when it is kept, so
 * a large portfolio allocates n rows, not one per security. A class: the look-through calls the
 * same `note` for every portfolio.
 */
export class ShownClasses {
  private readonly shown: ClassifiedPosition[] = []
  private anyUnknown = false
  private count = 0

  constructor(private readonly n: number) {}

  /** Counts a security; true when it would be kept (its row is then worth building). */
  note(cls: PositionClass, cents: number | null): boolean {
    const { n, shown } = this
    this.count += 1
    if (cls === 'unknown') this.anyUnknown = true
    // Full and not better than the last kept: an equal one keeps file order by staying out.
    return n > 0 && (shown.length < n || before(cls, cents, shown[n - 1] as ClassifiedPosition))
  }

  /** Puts a security that `note` said is kept in its place. */
  place(cls: PositionClass, cents: number | null, row: ClassifiedPosition): void {
    const shown = this.shown
    let i = shown.length
    while (i > 0 && before(cls, cents, shown[i - 1] as ClassifiedPosition)) i -= 1
    shown.splice(i, 0, row)
    if (shown.length > this.n) shown.pop()
  }

  result(): { shown: ClassifiedPosition[]; anyUnknown: boolean; count: number } {
    return { shown: this.shown, anyUnknown: this.anyUnknown, count: this.count }
  }
}
