import type { GeneratedQuestion } from './questions'
import { themeSchema, type Audience, type LogEntry, type QuestionResponse, type Theme } from './schema'

/** How many questions the short list holds before the person promotes or demotes any. */
export const SHORT_LIST_SIZE = 8

/** What a person changed on top of one audience's generated list. */
export interface AudienceEdits {
  /** Question id -> the person's wording. */
  texts: Record<string, string>
  removed: string[]
  /** The person's order of question ids; empty until they reorder. */
  order: string[]
  custom: { id: string; text: string; theme: Theme }[]
  /** The person's order of themes; themes missing from it follow in the default order. */
  themeOrder: Theme[]
  /** Moved from the appendix to the short list, or from the short list to the appendix. */
  promoted: string[]
  demoted: string[]
  /** The letter's addressee (lines), and the date a response is requested by (YYYY-MM-DD). */
  recipient: string
  respondBy: string | null
}

/** The person's engagement work for one company: one list per audience, one log, the responses. */
export interface CompanyEngagement {
  /** The audience shown. */
  audience: Audience
  lists: Record<Audience, AudienceEdits>
  log: LogEntry[]
  /** Due date (YYYY-MM-DD) of the next step on the ladder. */
  nextStepDue: string | null
  /** Question id -> the company's response to it. */
  responses: Record<string, QuestionResponse>
  /** Something the person should be told once (a migration of their saved work), or null. */
  notice: string | null
}

export const emptyAudienceEdits: AudienceEdits = {
  texts: {},
  removed: [],
  order: [],
  custom: [],
  themeOrder: [],
  promoted: [],
  demoted: [],
  recipient: '',
  respondBy: null,
}

export const emptyEngagement: CompanyEngagement = {
  audience: 'company',
  lists: { company: emptyAudienceEdits, 'asset manager': emptyAudienceEdits, 'proxy advisor': emptyAudienceEdits },
  log: [],
  nextStepDue: null,
  responses: {},
  notice: null,
}

export interface EditedQuestion extends GeneratedQuestion {
  /** The person rewrote the generated wording. */
  edited: boolean
  /** The person wrote the question. */
  custom: boolean
  /** The person emptied it: it stays in the list with its generated wording to restore, and is left out of letters. */
  empty: boolean
  /** The generated wording, to restore after an edit. */
  generatedText: string
}

/**
 * The list the person sees for one audience: the generated questions and their own, with their
 * wording, without the removed ones, in their order (questions they have not placed keep the
 * generated order, after the placed ones). Derived on every render, so a new gap in the checklist
 * shows up at once.
 */
export function applyQuestionEdits(generated: GeneratedQuestion[], edits: AudienceEdits): EditedQuestion[] {
  const all: EditedQuestion[] = [
    ...generated.map((q) => {
      const text = edits.texts[q.id] ?? q.text
      return { ...q, text, generatedText: q.text, edited: q.id in edits.texts, custom: false, empty: !text.trim() }
    }),
    ...edits.custom.map((c) => {
      const text = edits.texts[c.id] ?? c.text
      return {
        id: c.id,
        text,
        generatedText: c.text,
        cites: 'Added by you',
        evidence: [],
        sourceIds: [],
        theme: c.theme,
        // After every generated question when themes are ranked; the person's questions stay on the short list anyway.
        priority: 10,
        redFlag: false,
        priorAnswer: null,
        edited: c.id in edits.texts,
        custom: true,
        empty: !text.trim(),
      }
    }),
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

/** The themes in the person's order, every theme once. */
export function orderedThemes(themeOrder: Theme[]): Theme[] {
  return [...new Set([...themeOrder, ...themeSchema.options])]
}

export interface ArrangedQuestions {
  /** The short list, grouped by theme in the person's theme order; empty themes are left out. */
  shortList: { theme: Theme; questions: EditedQuestion[] }[]
  /** Everything else, most important first; the person can promote any of it. */
  appendix: EditedQuestion[]
}

/**
 * The short list and the appendix. By default the short list holds the SHORT_LIST_SIZE most
 * important generated questions (red flags and contradicted claims first) and every question the
 * person wrote; the person moves questions between the two. Themes come in the person's order;
 * until they set one, the theme holding the most important question comes first.
 */
export function arrangeQuestions(generated: GeneratedQuestion[], edits: AudienceEdits): ArrangedQuestions {
  const byPriority = [...generated].sort((a, b) => a.priority - b.priority)
  const defaultShort = new Set(byPriority.slice(0, SHORT_LIST_SIZE).map((q) => q.id))
  const shown = applyQuestionEdits(generated, edits)
  const inShort = (q: EditedQuestion) =>
    !edits.demoted.includes(q.id) && (q.custom || defaultShort.has(q.id) || edits.promoted.includes(q.id))
  const short = shown.filter(inShort)
  const groups = themeSchema.options
    .map((theme) => ({ theme, questions: short.filter((q) => q.theme === theme) }))
    .filter((g) => g.questions.length > 0)
  const userRank = (t: Theme) => {
    const i = edits.themeOrder.indexOf(t)
    return i === -1 ? Number.MAX_SAFE_INTEGER : i
  }
  const best = (g: (typeof groups)[number]) => Math.min(...g.questions.map((q) => q.priority))
  return {
    shortList: groups.sort(
      (a, b) =>
        userRank(a.theme) - userRank(b.theme) ||
        best(a) - best(b) ||
        themeSchema.options.indexOf(a.theme) - themeSchema.options.indexOf(b.theme),
    ),
    appendix: shown.filter((q) => !inShort(q)),
  }
}

/** The ids in the order shown: the short list theme by theme, then the appendix. */
export function shownOrder(arranged: ArrangedQuestions): string[] {
  return [...arranged.shortList.flatMap((g) => g.questions.map((q) => q.id)), ...arranged.appendix.map((q) => q.id)]
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

/**
 * The whole order after moving `id` one place within its group (a theme of the short list, or the
 * appendix): the neighbours it swaps with are the group's, whatever sits between them elsewhere.
 */
export function moveWithinGroup(allIds: string[], groupIds: string[], id: string, delta: number): string[] {
  const moved = moveInOrder(groupIds, id, delta)
  if (moved === groupIds) return allIds
  const slots = allIds.map((x) => groupIds.includes(x))
  let next = 0
  return allIds.map((x, i) => (slots[i] ? (moved[next++] ?? x) : x))
}
