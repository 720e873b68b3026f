import type { Assessment, AnswerValue, ScoringWeights } from '../../domain/checklist/schema'
import { assessmentSchema } from '../../domain/checklist/schema'
import {
  ASSESSMENTS_STORE_VERSION,
  migrateAssessments,
  persistedAssessmentsSchema,
  type PersistedAssessments,
} from './migrate'
import { createPersistedStore } from '../createPersistedStore'
import { STORAGE_KEYS } from '../storageKeys'

/** The localStorage key (each assessment is kept under `<key>:item:<id>`). Other tabs listen to it. */
export const ASSESSMENTS_STORE_NAME = STORAGE_KEYS.assessments

interface Deleted {
  assessment: Assessment
  index: number
}

/** Another tab changed (or deleted) an assessment this tab shows. */
export interface ExternalChange {
  assessmentId: string
  name: string
  deleted: boolean
  /** This tab's last copy, so a deletion elsewhere can be kept here. */
  snapshot: Assessment
}

interface AssessmentsState extends PersistedAssessments {
  /** The last deletion, until undone or replaced by the next one (not saved). */
  recentlyDeleted: Deleted | null
  externalChange: ExternalChange | null
  /** Which assessment this tab shows, for the cross-tab notice. */
  viewingId: string | null
}

function newId(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  return `a-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

const initialState: AssessmentsState = {
  assessments: [],
  lastOpenedId: null,
  recentlyDeleted: null,
  externalChange: null,
  viewingId: null,
}

/**
 * Another tab changed storage and its change was merged in: tell this tab's viewer if the
 * assessment they are looking at changed, rather than changing it under them without a word.
 */
function otherTabChanged({ before, after }: { before: AssessmentsState; after: AssessmentsState }): void {
  const viewing = before.assessments.find((a) => a.id === before.viewingId)
  if (!viewing) return
  const now = after.assessments.find((a) => a.id === viewing.id)
  if (now && now.updatedAt === viewing.updatedAt && now.name === viewing.name) return
  useAssessmentsStore.setState({
    externalChange: { assessmentId: viewing.id, name: now?.name ?? viewing.name, deleted: !now, snapshot: viewing },
  })
}

const { useStore: useAssessmentsStore, persistence } = createPersistedStore<AssessmentsState, PersistedAssessments>(
  initialState,
  {
    name: ASSESSMENTS_STORE_NAME,
    version: ASSESSMENTS_STORE_VERSION,
    partialize: (s): PersistedAssessments => ({ assessments: s.assessments, lastOpenedId: s.lastOpenedId }),
    schema: persistedAssessmentsSchema,
    migrate: migrateAssessments,
    collection: { field: 'assessments', itemSchema: assessmentSchema },
    perTab: ['lastOpenedId'],
    quietFields: ['updatedAt'],
    onOtherTab: otherTabChanged,
  },
)

type Set = typeof useAssessmentsStore.setState

function updateAssessment(set: Set, id: string, change: (a: Assessment, now: number) => Assessment): void {
  const now = Date.now()
  set((s) => ({ assessments: s.assessments.map((a) => (a.id === id ? change(a, now) : a)) }))
}

const actions = {
  /** A new, empty assessment; returns its id. */
  assessmentCreated(input: { name: string; companyId: string; templateId: string; templateVersion: number }): string {
    const now = Date.now()
    const assessment: Assessment = { ...input, id: newId(), createdAt: now, updatedAt: now, answers: {}, notes: {} }
    useAssessmentsStore.setState((s) => ({ assessments: [...s.assessments, assessment], lastOpenedId: assessment.id }))
    return assessment.id
  },
  assessmentOpened(id: string): void {
    useAssessmentsStore.setState((s) =>
      s.lastOpenedId === id && s.viewingId === id ? s : { lastOpenedId: id, viewingId: id },
    )
  },
  assessmentRenamed(id: string, name: string): void {
    const trimmed = name.trim()
    if (!trimmed) return
    updateAssessment(useAssessmentsStore.setState, id, (a, now) => ({ ...a, name: trimmed, updatedAt: now }))
  },
  /** A copy placed after the original; returns the copy's id. */
  assessmentDuplicated(id: string): string | null {
    const s = useAssessmentsStore.getState()
    const index = s.assessments.findIndex((a) => a.id === id)
    const original = s.assessments[index]
    if (!original) return null
    const now = Date.now()
    const copy: Assessment = {
      ...original,
      id: newId(),
      name: `Copy of ${original.name}`,
      createdAt: now,
      updatedAt: now,
    }
    const assessments = [...s.assessments]
    assessments.splice(index + 1, 0, copy)
    useAssessmentsStore.setState({ assessments, lastOpenedId: copy.id })
    return copy.id
  },
  assessmentDeleted(id: string): void {
    useAssessmentsStore.setState((s) => {
      const index = s.assessments.findIndex((a) => a.id === id)
      const assessment = s.assessments[index]
      if (!assessment) return s
      const assessments = s.assessments.filter((a) => a.id !== id)
      return {
        assessments,
        recentlyDeleted: { assessment, index },
        lastOpenedId: s.lastOpenedId === id ? (assessments[Math.max(0, index - 1)]?.id ?? null) : s.lastOpenedId,
      }
    })
  },
  /** Puts the last deleted assessment back where it was. Returns its id. */
  deletionUndone(): string | null {
    const deleted = useAssessmentsStore.getState().recentlyDeleted
    if (!deleted) return null
    useAssessmentsStore.setState((s) => {
      const assessments = [...s.assessments]
      assessments.splice(Math.min(deleted.index, assessments.length), 0, deleted.assessment)
      return { assessments, recentlyDeleted: null, lastOpenedId: deleted.assessment.id }
    })
    return deleted.assessment.id
  },
  deletionNoticeDismissed(): void {
    useAssessmentsStore.setState({ recentlyDeleted: null })
  },
  answerRecorded(id: string, itemId: string, value: AnswerValue): void {
    updateAssessment(useAssessmentsStore.setState, id, (a, now) => ({
      ...a,
      updatedAt: now,
      answers: { ...a.answers, [itemId]: { value, answeredAt: now } },
    }))
  },
  answerCleared(id: string, itemId: string): void {
    updateAssessment(useAssessmentsStore.setState, id, (a, now) => {
      const answers = { ...a.answers }
      delete answers[itemId]
      return { ...a, updatedAt: now, answers }
    })
  },
  /** Several answers at once (a section's suggestions accepted after review). */
  answersRecorded(id: string, values: Record<string, AnswerValue>): void {
    updateAssessment(useAssessmentsStore.setState, id, (a, now) => ({
      ...a,
      updatedAt: now,
      answers: {
        ...a.answers,
        ...Object.fromEntries(Object.entries(values).map(([itemId, value]) => [itemId, { value, answeredAt: now }])),
      },
    }))
  },
  /** The committee's weights; null restores the template's published defaults. */
  weightsChanged(id: string, weights: ScoringWeights | null): void {
    updateAssessment(useAssessmentsStore.setState, id, (a, now) => {
      const next: Assessment = { ...a, updatedAt: now }
      if (weights) next.weights = weights
      else delete next.weights
      return next
    })
  },
  noteEdited(id: string, itemId: string, note: string): void {
    updateAssessment(useAssessmentsStore.setState, id, (a, now) => ({
      ...a,
      updatedAt: now,
      notes: { ...a.notes, [itemId]: note },
    }))
  },
  /** Adds an imported or shared assessment as a new copy: nothing existing is replaced. */
  assessmentImported(assessment: Assessment, nameSuffix = ''): string {
    const now = Date.now()
    const copy: Assessment = { ...assessment, id: newId(), name: `${assessment.name}${nameSuffix}`, updatedAt: now }
    useAssessmentsStore.setState((s) => ({ assessments: [...s.assessments, copy], lastOpenedId: copy.id }))
    return copy.id
  },
  externalChangeAcknowledged(): void {
    useAssessmentsStore.setState({ externalChange: null })
  },
}

/** The assessments' events. Stable: safe to call from anywhere. */
export function useAssessmentActions(): typeof actions {
  return actions
}

export function useAssessmentList(): Assessment[] {
  return useAssessmentsStore((s) => s.assessments)
}

export function useAssessment(id: string | null): Assessment | null {
  return useAssessmentsStore((s) => (id ? (s.assessments.find((a) => a.id === id) ?? null) : null))
}

/** The company an assessment is about (a string, so items that read it re-render only if it changes). */
export function useAssessmentCompanyId(id: string): string | null {
  return useAssessmentsStore((s) => s.assessments.find((a) => a.id === id)?.companyId ?? null)
}

/** The assessment a view opens by default: the last one opened, else the first. */
export function useDefaultAssessmentId(): string | null {
  return useAssessmentsStore((s) =>
    s.lastOpenedId && s.assessments.some((a) => a.id === s.lastOpenedId)
      ? s.lastOpenedId
      : (s.assessments[0]?.id ?? null),
  )
}

/** One item's answer; components for single items subscribe to this alone, so one answer re-renders one item. */
export function useItemAnswer(id: string, itemId: string): AnswerValue | null {
  return useAssessmentsStore((s) => s.assessments.find((a) => a.id === id)?.answers[itemId]?.value ?? null)
}

export function useItemNote(id: string, itemId: string): string {
  return useAssessmentsStore((s) => s.assessments.find((a) => a.id === id)?.notes[itemId] ?? '')
}

export function useRecentlyDeleted(): Assessment | null {
  return useAssessmentsStore((s) => s.recentlyDeleted?.assessment ?? null)
}

export function useExternalChange(): ExternalChange | null {
  return useAssessmentsStore((s) => s.externalChange)
}

/** For tests: the store's initial state and a fresh read of storage. */
export const assessmentsStoreForTests = {
  reset: persistence.reset,
  rehydrate: persistence.rehydrate,
  getState: () => useAssessmentsStore.getState(),
}
