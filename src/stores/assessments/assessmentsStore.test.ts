import { act, renderHook, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { ASSESSMENTS_STORE_VERSION } from './migrate'
import {
  ASSESSMENTS_STORE_NAME,
  assessmentsStoreForTests,
  useAssessmentActions,
  useAssessmentList,
  useExternalChange,
  useRecentlyDeleted,
} from './assessmentsStore'

const input = { name: 'Palantir, base case', companyId: 'palantir', templateId: 'hrdd-investor', templateVersion: 1 }

function saved(key: string = ASSESSMENTS_STORE_NAME) {
  return JSON.parse(localStorage.getItem(key) ?? 'null') as {
    version: number
    state: Record<string, unknown>
    clock: Record<string, number>
  }
}

beforeEach(() => {
  localStorage.clear()
  assessmentsStoreForTests.reset()
})

describe('the assessments store', () => {
  it('saves each assessment under its own key with answers and notes, never the score or the undo buffer', () => {
    const actions = renderHook(() => useAssessmentActions()).result.current
    const id = actions.assessmentCreated(input)
    actions.answerRecorded(id, 'A1', 'yes')
    actions.noteEdited(id, 'A1', 'HSI since 2011')
    const index = saved()
    expect(index.version).toBe(ASSESSMENTS_STORE_VERSION)
    expect(index.state).toEqual({ lastOpenedId: id, order: [id] })
    const item = saved(`${ASSESSMENTS_STORE_NAME}:item:${id}`)
    const assessment = item.state as { answers: Record<string, { value: string }>; notes: object }
    expect(assessment.answers.A1?.value).toBe('yes')
    expect(assessment.notes).toEqual({ A1: 'HSI since 2011' })
    expect(Object.keys(item.clock)).toEqual(expect.arrayContaining(['answers/A1', 'notes/A1']))
  })

  it('reads assessments saved all under one key (before each had its own) and splits them', async () => {
    const assessment = { ...input, id: 'old', createdAt: 1, updatedAt: 1, answers: {}, notes: { A1: 'kept' } }
    localStorage.setItem(
      ASSESSMENTS_STORE_NAME,
      JSON.stringify({ version: 2, state: { assessments: [assessment], lastOpenedId: 'old' } }),
    )
    await assessmentsStoreForTests.rehydrate()
    expect(assessmentsStoreForTests.getState().assessments[0]?.notes.A1).toBe('kept')
    expect(saved(`${ASSESSMENTS_STORE_NAME}:item:old`).state).toMatchObject(assessment)
    expect(saved().state).toEqual({ lastOpenedId: 'old', order: ['old'] })
  })

  it('keeps one unreadable assessment aside and loads the others', async () => {
    const good = { ...input, id: 'good', createdAt: 1, updatedAt: 1, answers: {}, notes: {} }
    localStorage.setItem(
      ASSESSMENTS_STORE_NAME,
      JSON.stringify({ version: ASSESSMENTS_STORE_VERSION, state: { lastOpenedId: null, order: ['bad', 'good'] } }),
    )
    localStorage.setItem(`${ASSESSMENTS_STORE_NAME}:item:bad`, '{"version":3,"state":{"id":')
    localStorage.setItem(
      `${ASSESSMENTS_STORE_NAME}:item:good`,
      JSON.stringify({ version: ASSESSMENTS_STORE_VERSION, state: good, clock: {} }),
    )
    await assessmentsStoreForTests.rehydrate()
    expect(assessmentsStoreForTests.getState().assessments.map((a) => a.id)).toEqual(['good'])
    expect(Object.keys(localStorage).some((k) => k.startsWith(`${ASSESSMENTS_STORE_NAME}:item:bad:corrupt:`))).toBe(
      true,
    )
  })

  it('saves the committee weights with the assessment and restores the defaults in one step', () => {
    const actions = renderHook(() => useAssessmentActions()).result.current
    const id = actions.assessmentCreated(input)
    actions.weightsChanged(id, { sections: { A: 2 }, items: {}, bands: {} })
    const withWeights = saved(`${ASSESSMENTS_STORE_NAME}:item:${id}`).state as { weights?: unknown }
    expect(withWeights.weights).toEqual({ sections: { A: 2 }, items: {}, bands: {} })
    actions.weightsChanged(id, null)
    const restored = saved(`${ASSESSMENTS_STORE_NAME}:item:${id}`).state
    expect(restored).not.toHaveProperty('weights')
  })

  it('duplicates, deletes and undoes the deletion in place', () => {
    const { result } = renderHook(() => ({
      list: useAssessmentList(),
      deleted: useRecentlyDeleted(),
      actions: useAssessmentActions(),
    }))
    let first = ''
    act(() => {
      first = result.current.actions.assessmentCreated(input)
      result.current.actions.answerRecorded(first, 'C12', 'no')
      result.current.actions.assessmentDuplicated(first)
    })
    expect(result.current.list.map((a) => a.name)).toEqual(['Palantir, base case', 'Copy of Palantir, base case'])
    expect(result.current.list[1]?.answers.C12?.value).toBe('no')
    act(() => result.current.actions.assessmentDeleted(first))
    expect(result.current.list.map((a) => a.name)).toEqual(['Copy of Palantir, base case'])
    expect(result.current.deleted?.name).toBe('Palantir, base case')
    act(() => void result.current.actions.deletionUndone())
    expect(result.current.list.map((a) => a.name)).toEqual(['Palantir, base case', 'Copy of Palantir, base case'])
    expect(result.current.deleted).toBeNull()
  })

  it('reloads what was saved', async () => {
    const actions = renderHook(() => useAssessmentActions()).result.current
    const id = actions.assessmentCreated(input)
    actions.answerRecorded(id, 'A4', 'partial')
    const raw = localStorage.getItem(ASSESSMENTS_STORE_NAME) ?? ''
    assessmentsStoreForTests.reset()
    expect(assessmentsStoreForTests.getState().assessments).toEqual([])
    localStorage.setItem(ASSESSMENTS_STORE_NAME, raw)
    await assessmentsStoreForTests.rehydrate()
    expect(assessmentsStoreForTests.getState().assessments[0]?.answers.A4?.value).toBe('partial')
  })

  it('migrates a version 1 save on load', async () => {
    localStorage.setItem(ASSESSMENTS_STORE_NAME, JSON.stringify({ state: { answers: { A1: 'yes' } }, version: 1 }))
    await assessmentsStoreForTests.rehydrate()
    const [migrated] = assessmentsStoreForTests.getState().assessments
    expect(migrated?.name).toBe('Palantir assessment')
    expect(migrated?.answers.A1?.value).toBe('yes')
  })

  it('imports a file as a new copy beside the existing assessments', () => {
    const actions = renderHook(() => useAssessmentActions()).result.current
    const id = actions.assessmentCreated(input)
    const original = assessmentsStoreForTests.getState().assessments[0]
    if (!original) throw new Error('fixture')
    const copyId = actions.assessmentImported(original, ' (imported)')
    expect(copyId).not.toBe(id)
    expect(assessmentsStoreForTests.getState().assessments.map((a) => a.name)).toEqual([
      'Palantir, base case',
      'Palantir, base case (imported)',
    ])
  })

  it('reloads when another tab saves, and says so when the assessment being viewed changed', async () => {
    const { result } = renderHook(() => ({ change: useExternalChange(), actions: useAssessmentActions() }))
    let id = ''
    act(() => {
      id = result.current.actions.assessmentCreated(input)
      result.current.actions.assessmentOpened(id)
    })
    const key = `${ASSESSMENTS_STORE_NAME}:item:${id}`
    const other = saved(key)
    const later = Date.now() + 1000
    other.state.answers = { A1: { value: 'no', answeredAt: later } }
    other.state.updatedAt = later
    other.clock = { ...other.clock, 'answers/A1': later, updatedAt: later }
    const written = JSON.stringify(other)
    localStorage.setItem(key, written)
    await act(async () => {
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: written, storageArea: localStorage }))
      await Promise.resolve()
    })
    await waitFor(() => expect(result.current.change?.name).toBe('Palantir, base case'))
    expect(result.current.change?.deleted).toBe(false)
    expect(assessmentsStoreForTests.getState().assessments[0]?.answers.A1?.value).toBe('no')
  })
})
