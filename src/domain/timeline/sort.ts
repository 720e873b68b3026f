import type { TimelineEvent } from './schema'

/**
 * Oldest first. Partial dates sort as the start of their period ("2019" before "2019-01-05"), so
 * a year-only event stands before the dated events of that year.
 */
export function sortTimeline(events: TimelineEvent[]): TimelineEvent[] {
  return [...events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id)))
}
