import { describe, expect, it } from 'vitest'
import { checklistTemplate, palantirSuggestions } from '../../../mocks/data/checklist'
import { compareAssessments } from './compare'
import type { Assessment, AnswerValue } from './schema'

function assessment(name: string, values: Record<string, AnswerValue>, notes: Record<string, string> = {}): Assessment {
  return {
    id: name,
    name,
    companyId: 'palantir',
    templateId: 'hrdd-investor',
    templateVersion: 1,
    createdAt: 0,
    updatedAt: 0,
    answers: Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value, answeredAt: 0 }])),
    notes,
  }
}
const suggested = Object.fromEntries(palantirSuggestions.suggestions.map((s) => [s.itemId, s.answer]))

describe('compareAssessments', () => {
  it('lists the items whose answers or notes differ, and how the range and band moved', () => {
    const q3 = assessment('Q3', { A1: 'yes' }, { A1: 'HSI since 2011' })
    const q4 = assessment('Q4', suggested, { A1: 'HSI since 2011', C12: 'Amnesty, 2020' })
    const c = compareAssessments(checklistTemplate, q3, q4)
    expect(c.items.filter((i) => i.answerChanged)).toHaveLength(20)
    expect(c.items.find((i) => i.itemId === 'A1')).toBeUndefined()
    expect(c.items.find((i) => i.itemId === 'C12')).toMatchObject({
      before: null,
      after: suggested.C12,
      noteBefore: '',
      noteAfter: 'Amnesty, 2020',
    })
    expect(c.movement).toBe(
      'The band moved from between Negligible and Severe to Severe; unmanaged risk moved from between 0 and 100 to 71.3 of 100.',
    )
  })

  it('lists a note change alone, and says when the weights differ', () => {
    const a = assessment('Mine', { A1: 'yes' }, { A1: 'old note' })
    const b = {
      ...assessment('Colleague', { A1: 'yes' }, { A1: 'new note' }),
      weights: { sections: { B: 2 }, items: {}, bands: {} },
    }
    const c = compareAssessments(checklistTemplate, a, b)
    expect(c.items).toEqual([
      expect.objectContaining({ itemId: 'A1', answerChanged: false, noteBefore: 'old note', noteAfter: 'new note' }),
    ])
    expect(c.movement).toMatch(/scored with different weights/)
  })

  it('says so when neither has a score', () => {
    expect(compareAssessments(checklistTemplate, assessment('a', {}), assessment('b', {})).movement).toBe(
      'Neither assessment has a score yet.',
    )
  })
})
