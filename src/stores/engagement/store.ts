import {
  emptyAudienceEdits,
  emptyEngagement,
  moveInOrder,
  orderedThemes,
  type AudienceEdits,
  type CompanyEngagement,
} from '../../domain/engagement/edits'
import type { Audience, LogEntry, QuestionResponse, Theme } from '../../domain/engagement/schema'
import { createPersistedStore } from '../createPersistedStore'
import { STORAGE_KEYS } from '../storageKeys'
import {
  ENGAGEMENT_STORE_VERSION,
  migrateEngagement,
  persistedEngagementSchema,
  type PersistedEngagement,
} from './migrate'

export const ENGAGEMENT_STORE_NAME = STORAGE_KEYS.engagement

// Full, blocked or corrupt storage is reported (see storageHealth) and never loses what is in memory;
// another tab's changes merge field by field down to one question's text or one log entry
// (byCompany/<company>/lists/<audience>/texts/<question>), so two tabs never lose each other's work.
const { useStore: useEngagementStore } = createPersistedStore<PersistedEngagement, PersistedEngagement>(
  { byCompany: {} },
  {
    name: ENGAGEMENT_STORE_NAME,
    version: ENGAGEMENT_STORE_VERSION,
    partialize: (s): PersistedEngagement => ({ byCompany: s.byCompany }),
    schema: persistedEngagementSchema,
    migrate: migrateEngagement,
    // Down to one question's text in one audience's list: byCompany/<company>/lists/<audience>/texts/<question>.
    mergeDepth: 6,
  },
)

function update(companyId: string, change: (e: CompanyEngagement) => CompanyEngagement): void {
  useEngagementStore.setState((s) => ({
    byCompany: { ...s.byCompany, [companyId]: change(s.byCompany[companyId] ?? emptyEngagement) },
  }))
}

/** Changes one audience's list only: another audience's wording is never touched. */
function updateList(companyId: string, audience: Audience, change: (l: AudienceEdits) => AudienceEdits): void {
  update(companyId, (e) => ({
    ...e,
    lists: { ...e.lists, [audience]: change(e.lists[audience] ?? emptyAudienceEdits) },
  }))
}

function newId(prefix: string): string {
  const random =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`
  return `${prefix}:${random}`
}

const without = (ids: string[], id: string) => ids.filter((x) => x !== id)

const actions = {
  audienceChosen: (companyId: string, audience: Audience) => update(companyId, (e) => ({ ...e, audience })),
  questionReworded: (companyId: string, audience: Audience, id: string, text: string) =>
    updateList(companyId, audience, (l) => ({ ...l, texts: { ...l.texts, [id]: text } })),
  /** Back to the generated wording. */
  wordingRestored: (companyId: string, audience: Audience, id: string) =>
    updateList(companyId, audience, (l) => {
      const texts = { ...l.texts }
      delete texts[id]
      return { ...l, texts }
    }),
  questionRemoved: (companyId: string, audience: Audience, id: string) =>
    updateList(companyId, audience, (l) => ({ ...l, removed: [...without(l.removed, id), id] })),
  removalUndone: (companyId: string, audience: Audience, id: string) =>
    updateList(companyId, audience, (l) => ({ ...l, removed: without(l.removed, id) })),
  /** `order`: every question id in the order the person now wants (see moveWithinGroup). */
  questionsReordered: (companyId: string, audience: Audience, order: string[]) =>
    updateList(companyId, audience, (l) => ({ ...l, order })),
  themeMoved: (companyId: string, audience: Audience, shownThemes: Theme[], theme: Theme, delta: number) =>
    updateList(companyId, audience, (l) => ({
      ...l,
      themeOrder: moveInOrder(orderedThemes([...shownThemes, ...l.themeOrder]), theme, delta) as Theme[],
    })),
  questionPromoted: (companyId: string, audience: Audience, id: string) =>
    updateList(companyId, audience, (l) => ({
      ...l,
      promoted: [...without(l.promoted, id), id],
      demoted: without(l.demoted, id),
    })),
  questionDemoted: (companyId: string, audience: Audience, id: string) =>
    updateList(companyId, audience, (l) => ({
      ...l,
      demoted: [...without(l.demoted, id), id],
      promoted: without(l.promoted, id),
    })),
  questionAdded: (companyId: string, audience: Audience, text: string, theme: Theme): string => {
    const id = newId('custom')
    updateList(companyId, audience, (l) => ({ ...l, custom: [...l.custom, { id, text, theme }] }))
    return id
  },
  recipientChanged: (companyId: string, audience: Audience, recipient: string) =>
    updateList(companyId, audience, (l) => ({ ...l, recipient })),
  respondBySet: (companyId: string, audience: Audience, date: string | null) =>
    updateList(companyId, audience, (l) => ({ ...l, respondBy: date })),
  logEntryAdded: (companyId: string, entry: Omit<LogEntry, 'id'>) =>
    update(companyId, (e) => ({ ...e, log: [...e.log, { ...entry, id: newId('log') }] })),
  logEntryRemoved: (companyId: string, id: string) =>
    update(companyId, (e) => ({ ...e, log: e.log.filter((l) => l.id !== id) })),
  nextStepDueSet: (companyId: string, date: string | null) => update(companyId, (e) => ({ ...e, nextStepDue: date })),
  responseRecorded: (companyId: string, questionId: string, response: QuestionResponse) =>
    update(companyId, (e) => ({ ...e, responses: { ...e.responses, [questionId]: response } })),
  responseRemoved: (companyId: string, questionId: string) =>
    update(companyId, (e) => {
      const responses = { ...e.responses }
      delete responses[questionId]
      return { ...e, responses }
    }),
  noticeDismissed: (companyId: string) => update(companyId, (e) => ({ ...e, notice: null })),
}

/** The person's engagement work for one company. */
export function useEngagement(companyId: string): CompanyEngagement {
  return useEngagementStore((s) => s.byCompany[companyId] ?? emptyEngagement)
}

/** The list of the audience shown, with the audience. */
export function useAudienceList(companyId: string): { audience: Audience; list: AudienceEdits } {
  const audience = useEngagementStore((s) => (s.byCompany[companyId] ?? emptyEngagement).audience)
  const list = useEngagementStore(
    (s) => (s.byCompany[companyId] ?? emptyEngagement).lists[audience] ?? emptyAudienceEdits,
  )
  return { audience, list }
}

/** The company's recorded responses, question id -> response. */
export function useResponses(companyId: string): Record<string, QuestionResponse> {
  return useEngagementStore((s) => (s.byCompany[companyId] ?? emptyEngagement).responses)
}

export function useEngagementActions(): typeof actions {
  return actions
}
