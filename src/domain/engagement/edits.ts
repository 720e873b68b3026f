import type { GeneratedQuestion } from './questions'
import type { Audience, LogEntry } from './schema'

/** What a person changed on top of the generated list, kept per company. */
export interface QuestionEdits {
  audience: Audience
  /** Question id -> the person's wording. */
  texts: Record<string, string>
  removed: string[]
  /** The person's order of question ids; empty until they reorder. */
  order: string[]
  custom: { id: string; text: string }[]
  log: LogEntry[]
  /** Due date (YYYY-MM-DD) of the next step on the ladder. */
  nextStepDue: string | null
}

export const emptyEdits: QuestionEdits = {
  audience: 'company',
  texts: {},
  removed: [],
  order: [],
  custom: [],
  log: [],
  nextStepDue: null,
}

export interface EditedQuestion extends GeneratedQuestion {
  /** The person rewrote the generated wording. */
  edited: boolean
  /** The person wrote the question. */
  custom: boolean
}

/**
 * The list the person sees: the generated questions and their own, with their wording, without
 * the removed ones, in their order (questions they have not placed keep the generated order,
 * after the placed ones). Derived on every render, so a new gap in the checklist shows up at once.
 */
export function applyQuestionEdits(generated: GeneratedQuestion[], edits: QuestionEdits): EditedQuestion[] {
  const all: EditedQuestion[] = [
    ...generated.map((q) => ({ ...q, text: edits.texts[q.id] ?? q.text, edited: q.id in edits.texts, custom: false })),
    ...edits.custom.map((c) => ({
      id: c.id,
      text: edits.texts[c.id] ?? c.text,
      cites: 'Added by you',
      evidence: [],
      sourceIds: [],
      edited: false,
      custom: true,
    })),
  ].filter((q) => !edits.removed.includes(q.id))
  if (edits.order.length === 0) return all
  const position = (id: string) => {
    const i = edits.order.indexOf(id)
    return i === -1 ? Number.MAX_SAFE_INTEGER : i
  }
  return all
    .map((q, i) => ({ q, i }))
    .sort((a, b) => position(a.q.id) - position(b.q.id) || a.i - b.i)
    .map(({ q }) => q)
}

/** The order after moving `id` by `delta` places in the list as shown. */
export function moveInOrder(shownIds: string[], id: string, delta: number): string[] {
  const from = shownIds.indexOf(id)
  const to = from + delta
  if (from === -1 || to < 0 || to >= shownIds.length) return shownIds
  const next = [...shownIds]
  next.splice(from, 1)
  next.splice(to, 0, id)
  return next
}
