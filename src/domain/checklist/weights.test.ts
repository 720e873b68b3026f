import { describe, expect, it } from 'vitest'
import { checklistTemplate } from '../../../mocks/data/checklist'
import { scoreAssessment } from './score'
import type { Answers, AnswerValue } from './schema'
import {
  applyWeights,
  defaultWeights,
  describeWeights,
  isDefaultWeights,
  validateWeights,
  weightsToDraft,
  type WeightsDraft,
} from './weights'

function answers(values: Record<string, AnswerValue>): Answers {
  return Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value, answeredAt: 0 }]))
}

const draft = (): WeightsDraft => weightsToDraft(checklistTemplate, undefined)

describe('committee weights', () => {
  it('start from the published defaults: every section ×1, the items’ own weights, Sustainalytics’ thresholds', () => {
    const w = defaultWeights(checklistTemplate)
    expect(w.sections).toEqual({ A: 1, B: 1, C: 1, D: 1, E: 1, F: 1 })
    expect(w.items.A1).toBe(3)
    expect(w.items.D18).toBe(8)
    expect(w.bands).toEqual({ negligible: 0, low: 10, medium: 20, high: 30, severe: 40 })
    expect(isDefaultWeights(checklistTemplate, w)).toBe(true)
    expect(describeWeights(checklistTemplate, undefined)).toMatch(/^Weights: the published defaults of/)
  })

  it('change the score: doubling section B’s weight lowers U when B is well managed', () => {
    const given = answers({ A1: 'yes', B8: 'yes', B9: 'yes', B10: 'yes' })
    const before = scoreAssessment(checklistTemplate, given)
    const weights = { sections: { B: 2 }, items: {}, bands: {} }
    const after = scoreAssessment(applyWeights(checklistTemplate, weights), given)
    // M: 10 of 70 by default; 20 of 80 with B doubled. U = 100 x (1 - M).
    expect([before.unmanaged, after.unmanaged]).toEqual([85.7, 75])
    expect(describeWeights(checklistTemplate, weights)).toBe(
      'Weights: committee weights, not the published defaults. Changed from the published defaults of “Human-rights due diligence for investors: technology supplied to immigration enforcement” (version 1, 2026-11-23): section B 1 → 2.',
    )
  })

  it('move the bands: with Severe from 50, a U of 42.9 is High', () => {
    const given = answers({ A1: 'partial', B8: 'yes', B9: 'yes', B10: 'yes' })
    const weights = { sections: {}, items: {}, bands: { severe: 50 } }
    expect(scoreAssessment(applyWeights(checklistTemplate, weights), given).band?.id).toBe('high')
    expect(isDefaultWeights(checklistTemplate, weights)).toBe(false)
  })

  it('are read from the form when valid', () => {
    const result = validateWeights(checklistTemplate, { ...draft(), 'item:A1': '4.5', 'band:low': '12' })
    expect(result.ok && [result.weights.items.A1, result.weights.bands.low]).toEqual([4.5, 12])
  })

  it.each([
    ['item:A1', 'abc', 'Item A1: enter a number, such as 1 or 2.5.'],
    ['item:A1', '', 'Item A1: enter a number, such as 1 or 2.5.'],
    ['item:B8', '-1', 'Item B8: a weight cannot be negative.'],
    ['section:C', 'NaN', 'Section C: enter a number, such as 1 or 2.5.'],
    ['band:medium', '5', 'Medium threshold: must be above Low’s (10); the bands must rise in order.'],
    ['band:severe', '120', 'Severe threshold: the score runs from 0 to 100, so it must be 100 or less.'],
  ] as const)('refuses %s = "%s" with a message on that field', (key, text, message) => {
    const result = validateWeights(checklistTemplate, { ...draft(), [key]: text })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors).toEqual({ [key]: message })
  })

  it('refuses every exposure weight at zero, on the exposure section', () => {
    const zeroed = { ...draft(), 'section:A': '0' }
    const result = validateWeights(checklistTemplate, zeroed)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(Object.keys(result.errors)).toEqual(['section:A'])
    // One item at zero is a committee's choice, not an error.
    expect(validateWeights(checklistTemplate, { ...draft(), 'item:A1': '0' }).ok).toBe(true)
  })
})
