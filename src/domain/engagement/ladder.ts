import type { LadderStep, LogEntry, LogKind } from './schema'

/**
 * Which rung of the escalation ladder each kind of log entry shows was reached. Ranks follow the
 * investor guidance: 1 engage, 2 collaborative engagement, 3 vote against directors or file a
 * resolution, 4 public statement, 5 divestment as last resort. A response (or its absence) is
 * recorded but climbs nothing.
 */
export const KIND_RANK: Record<LogKind, number> = {
  letter: 1,
  meeting: 1,
  'response received': 0,
  'no response': 0,
  'collaborative engagement': 2,
  'vote against directors': 3,
  'resolution filed': 3,
  'public statement': 4,
  divestment: 5,
}

export interface LadderPosition {
  /** The highest step reached, or null before any engagement. */
  current: LadderStep | null
  /** The step after the current one (the first step before any engagement), or null at the top. */
  next: LadderStep | null
  /** The latest entry and whether the company answered it. */
  lastEntry: LogEntry | null
}

/** Where the company stands on the ladder, from the log. */
export function ladderPosition(ladder: LadderStep[], log: LogEntry[]): LadderPosition {
  const steps = [...ladder].sort((a, b) => a.rank - b.rank)
  const reached = log.reduce((max, e) => Math.max(max, KIND_RANK[e.kind]), 0)
  const current = [...steps].reverse().find((s) => s.rank <= reached) ?? null
  const next = steps.find((s) => s.rank > reached) ?? null
  const lastEntry = [...log].sort((a, b) => b.date.localeCompare(a.date) || b.id.localeCompare(a.id))[0] ?? null
  return { current, next, lastEntry }
}

/** Oldest first, as a log reads. */
export function sortLog(log: LogEntry[]): LogEntry[] {
  return [...log].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
}
