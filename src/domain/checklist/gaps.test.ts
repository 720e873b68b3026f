import { describe, expect, it } from 'vitest'
import { checklistTemplate, palantirSuggestions } from '../../../mocks/data/checklist'
import { assessmentGaps, largestGaps } from './gaps'
import type { Assessment } from './schema'

const answered = (values: Record<string, 'yes' | 'partial' | 'no' | 'unknown' | 'na'>): Assessment['answers'] =>
  Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value, answeredAt: 1 }]))

describe('assessmentGaps', () => {
  const answers = answered({ A1: 'yes', A4: 'yes', C12: 'no', C14: 'partial', D18: 'no', B8: 'yes', F22: 'no' })
  const gaps = assessmentGaps(
    checklistTemplate,
    { answers, notes: { C12: 'Nothing on the website' } },
    palantirSuggestions.suggestions,
  )

  it('lists management items answered No, Partial or Unknown, never exposure or investor items', () => {
    expect(gaps.map((g) => [g.itemId, g.answer, g.redFlag])).toEqual([
      ['C12', 'no', false],
      ['C14', 'partial', false],
      ['D18', 'no', true],
    ])
  })

  it("puts the person's note before the suggestion's evidence", () => {
    expect(gaps[0]?.evidence[0]).toEqual({ text: 'Your note: Nothing on the website', sourceIds: [] })
    expect(gaps[0]?.evidence.length).toBeGreaterThan(1)
  })

  it('ranks red flags first, then by the weight left unmanaged', () => {
    expect(largestGaps(gaps, 2).map((g) => g.itemId)).toEqual(['D18', 'C12'])
  })
})
