/** Which checklist items to show (`?show=` in the URL). */
export type ItemFilter = 'all' | 'unanswered' | 'flags' | 'disagreements'

export const filterLabels: Record<ItemFilter, string> = {
  all: 'All items',
  unanswered: 'Unanswered',
  flags: 'Red-flag items',
  disagreements: 'Disagreements with the suggestion',
}

/**
 * The filter a `?show=` value names, or 'all'. Own properties only: `?show=toString` or
 * `?show=__proto__` name something every object inherits, not a filter.
 */
export function parseItemFilter(value: string | null): ItemFilter {
  return value !== null && Object.hasOwn(filterLabels, value) ? (value as ItemFilter) : 'all'
}
