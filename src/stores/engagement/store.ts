import { emptyEdits, moveInOrder, type QuestionEdits } from '../../domain/engagement/edits'
import type { Audience, LogEntry } from '../../domain/engagement/schema'
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
// (byCompany/<company>/texts/<question>), so two tabs never lose each other's work.
const { useStore: useEngagementStore, persistence } = createPersistedStore<PersistedEngagement, PersistedEngagement>(
  { byCompany: {} },
  {
    name: ENGAGEMENT_STORE_NAME,
    version: ENGAGEMENT_STORE_VERSION,
    partialize: (s): PersistedEngagement => ({ byCompany: s.byCompany }),
    schema: persistedEngagementSchema,
    migrate: migrateEngagement,
    mergeDepth: 4,
  },
)

/** For tests: the store's initial state and a fresh read of storage. */
export const engagementStoreForTests = { ...persistence, getState: () => useEngagementStore.getState() }

function update(companyId: string, change: (e: QuestionEdits) => QuestionEdits): void {
  useEngagementStore.setState((s) => ({
    byCompany: { ...s.byCompany, [companyId]: change(s.byCompany[companyId] ?? emptyEdits) },
  }))
}

function newId(prefix: string): string {
  const random =
    typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`
  return `${prefix}:${random}`
}

const actions = {
  audienceChosen: (companyId: string, audience: Audience) => update(companyId, (e) => ({ ...e, audience })),
  questionReworded: (companyId: string, id: string, text: string) =>
    update(companyId, (e) => ({ ...e, texts: { ...e.texts, [id]: text } })),
  questionRemoved: (companyId: string, id: string) =>
    update(companyId, (e) => ({ ...e, removed: [...e.removed.filter((r) => r !== id), id] })),
  removalUndone: (companyId: string, id: string) =>
    update(companyId, (e) => ({ ...e, removed: e.removed.filter((r) => r !== id) })),
  /** `shownIds`: the list as the person sees it, so the move matches what they see. */
  questionMoved: (companyId: string, shownIds: string[], id: string, delta: number) =>
    update(companyId, (e) => ({ ...e, order: moveInOrder(shownIds, id, delta) })),
  questionAdded: (companyId: string, text: string): string => {
    const id = newId('custom')
    update(companyId, (e) => ({ ...e, custom: [...e.custom, { id, text }] }))
    return id
  },
  logEntryAdded: (companyId: string, entry: Omit<LogEntry, 'id'>) =>
    update(companyId, (e) => ({ ...e, log: [...e.log, { ...entry, id: newId('log') }] })),
  logEntryRemoved: (companyId: string, id: string) =>
    update(companyId, (e) => ({ ...e, log: e.log.filter((l) => l.id !== id) })),
  nextStepDueSet: (companyId: string, date: string | null) => update(companyId, (e) => ({ ...e, nextStepDue: date })),
}

/** The person's engagement work for one company. */
export function useEngagementEdits(companyId: string): QuestionEdits {
  return useEngagementStore((s) => s.byCompany[companyId] ?? emptyEdits)
}

export function useEngagementActions(): typeof actions {
  return actions
}
