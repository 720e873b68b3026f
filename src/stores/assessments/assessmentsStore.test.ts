import { act, renderHook, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  ASSESSMENTS_STORE_NAME,
  assessmentsStoreForTests,
  useAssessmentActions,
  useAssessmentList,
  useExternalChange,
  useRecentlyDeleted,
} from './assessmentsStore'

const input = { name: 'Palantir, base case', companyId: 'palantir', templateId: 'hrdd-investor', templateVersion: 1 }

function saved() {
  return JSON.parse(localStorage.getItem(ASSESSMENTS_STORE_NAME) ?? 'null') as {
    version: number
    state: Record<string, unknown>
  }
}

beforeEach(() => {
  assessmentsStoreForTests.reset()
})

describe('the assessments store', () => {
  it('saves answers and notes, and never the score or the undo buffer', () => {
    const actions = renderHook(() => useAssessmentActions()).result.current
    const id = actions.assessmentCreated(input)
    actions.answerRecorded(id, 'A1', 'yes')
    actions.noteEdited(id, 'A1', 'HSI since 2011')
    const stored = saved()
    expect(stored.version).toBe(3)
    expect(Object.keys(stored.state).sort()).toEqual(['assessments', 'lastOpenedId'])
    const [assessment] = stored.state.assessments as { answers: Record<string, { value: string }>; notes: object }[]
    expect(assessment?.answers.A1?.value).toBe('yes')
    expect(assessment?.notes).toEqual({ A1: 'HSI since 2011' })
  })

  it('saves the committee weights with the assessment and restores the defaults in one step', () => {
    const actions = renderHook(() => useAssessmentActions()).result.current
    const id = actions.assessmentCreated(input)
    actions.weightsChanged(id, { sections: { A: 2 }, items: {}, bands: {} })
    const [withWeights] = saved().state.assessments as { weights?: unknown }[]
    expect(withWeights?.weights).toEqual({ sections: { A: 2 }, items: {}, bands: {} })
    actions.weightsChanged(id, null)
    const [restored] = saved().state.assessments as object[]
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
    const saved = JSON.parse(localStorage.getItem(ASSESSMENTS_STORE_NAME) ?? '')
    saved.state.assessments[0].answers = { A1: { value: 'no', answeredAt: 99 } }
    saved.state.assessments[0].updatedAt = 99
    const written = JSON.stringify(saved)
    localStorage.setItem(ASSESSMENTS_STORE_NAME, written)
    await act(async () => {
      window.dispatchEvent(
        new StorageEvent('storage', { key: ASSESSMENTS_STORE_NAME, newValue: written, storageArea: localStorage }),
      )
      await Promise.resolve()
    })
    await waitFor(() => expect(result.current.change?.name).toBe('Palantir, base case'))
    expect(result.current.change?.deleted).toBe(false)
    expect(assessmentsStoreForTests.getState().assessments[0]?.answers.A1?.value).toBe('no')
  })
})
