import { describe, expect, it } from 'vitest'
import type { PositionClass } from './classify'
import type { ClassifiedPosition } from './lookthrough'
import { ShownClasses } from './shownClasses'

/** Offers every security of `list` to a keeper of `n`, as the look-through does. */
function shownClasses(list: readonly ClassifiedPosition[], n: number) {
  const keep = new ShownClasses(n)
  for (const c of list) if (keep.note(c.cls, c.valueCents)) keep.place(c.cls, c.valueCents, c)
  const { shown, anyUnknown } = keep.result()
  return { shown, anyUnknown }
}

const pos = (line: number, cls: PositionClass, valueCents: number | null): ClassifiedPosition => ({
  key: `ticker:T${line}`,
  line,
  security: `T${line}`,
  cls,
  by: cls === 'unknown' ? 'none' : 'type-column',
  valueCents,
})

/** The table order by a full sort: what the keeper must give without one. */
const fullSort = (list: ClassifiedPosition[], n: number) =>
  [...list]
    .sort(
      (a, b) =>
        Number(b.cls === 'unknown') - Number(a.cls === 'unknown') ||
        Math.abs(b.valueCents ?? 0) - Math.abs(a.valueCents ?? 0),
    )
    .slice(0, n)

describe('ShownClasses', () => {
  it('puts unknown classes first, then the largest values, short positions by their size', () => {
    const list = [pos(2, 'other-company', 500), pos(3, 'unknown', 10), pos(4, 'fund', -900), pos(5, 'unknown', null)]
    const { shown, anyUnknown } = shownClasses(list, 3)
    expect(shown.map((c) => c.line)).toEqual([3, 5, 4])
    expect(anyUnknown).toBe(true)
  })

  it('keeps file order among equal values', () => {
    const list = [pos(7, 'fund', 100), pos(8, 'other-company', 100), pos(9, 'fund', 100), pos(10, 'fund', 200)]
    expect(shownClasses(list, 3).shown.map((c) => c.line)).toEqual([10, 7, 8])
  })

  it('gives the same 100 rows as sorting 100,000 securities whole', () => {
    const classes: PositionClass[] = ['other-company', 'fund', 'unknown', 'holder', 'company']
    const list = Array.from({ length: 100_000 }, (_, i) =>
      pos(i + 5, classes[(i * 7) % 5] as PositionClass, i % 13 === 0 ? null : ((i * 7919) % 90_001) - 30_000),
    )
    const { shown, anyUnknown } = shownClasses(list, 100)
    expect(shown).toEqual(fullSort(list, 100))
    expect(anyUnknown).toBe(true)
  })

  it('says no class is unknown, and shows everything, for a short list of known securities', () => {
    const list = [pos(2, 'fund', 1), pos(3, 'other-company', 2)]
    expect(shownClasses(list, 100)).toEqual({ shown: [list[1], list[0]], anyUnknown: false })
  })

  it('shows nothing for an empty portfolio', () => {
    expect(shownClasses([], 100)).toEqual({ shown: [], anyUnknown: false })
  })
})
