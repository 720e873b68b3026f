import { describe, expect, it } from 'vitest'
import { checklistTemplate, palantirSuggestions } from '../../../mocks/data/checklist'
import { referenceProfiles } from './calibration'
import type { Answers, AnswerValue } from './schema'
import { rateAssessment, scoreWords } from './wording'

function answers(values: Record<string, AnswerValue>): Answers {
  return Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value, answeredAt: 0 }]))
}
const suggested = Object.fromEntries(palantirSuggestions.suggestions.map((s) => [s.itemId, s.answer]))
const words = (given: Answers, weights?: Parameters<typeof rateAssessment>[2]) =>
  scoreWords(rateAssessment(checklistTemplate, given, weights))

describe('scoreWords', () => {
  it('gives a range, not a settled Severe, after one accepted suggestion', () => {
    expect(words(answers({ A1: 'yes' })).sentence).toBe(
      'Band: between Negligible and Severe. Unmanaged risk between 0 and 100: answer 20 more items to settle it.',
    )
  })

  it('names the band once the whole range falls inside it', () => {
    const allButOne = { ...suggested }
    delete allButOne.B8
    const w = words(answers(allButOne))
    expect(w.sentence).toBe('Band: Severe. Unmanaged risk between 67.3 and 71.3: answer 1 more item to settle it.')
    expect([w.band, w.short, w.settled]).toEqual(['Severe', '67.3–71.3', false])
  })

  it('says a red flag holds the low end up', () => {
    expect(words(answers({ A4: 'yes', D18: 'no' })).sentence).toBe(
      'Band: between High and Severe (held up by a red flag). Unmanaged risk between 2.3 and 100: answer 19 more items to settle it.',
    )
  })

  it('settles with every company item answered', () => {
    expect(words(answers(suggested)).sentence).toBe('Band: Severe. Unmanaged risk 71.3 of 100.')
  })

  it('settles early when no remaining answer can change the score', () => {
    const none = answers({ A1: 'no', A2: 'no', A3: 'no', A4: 'no', A5: 'no', A6: 'no', A7: 'no' })
    expect(words(none).sentence).toBe(
      'Band: Negligible. Unmanaged risk 0.0 of 100; the 14 unanswered items cannot change it.',
    )
  })

  it('asks for answers when there is nothing to score', () => {
    expect(words({}).sentence).toBe('No score yet: answer the checklist items, starting with section A (Exposure).')
  })
})

describe('the reference profiles (calibration table)', () => {
  const rows = referenceProfiles(checklistTemplate, undefined, palantirSuggestions.suggestions, 'Palantir')
  it.each([
    ['no-exposure', 0, 0, 0, 'Negligible'],
    ['high-strong', 100, 100, 0, 'Negligible'],
    ['partial-partial', 50, 50, 25, 'Medium'],
    ['high-partial', 100, 50, 50, 'Severe'],
    ['high-weak', 100, 0, 100, 'Severe'],
    ['suggested', 93.3, 23.6, 71.3, 'Severe'],
  ])('scores %s at E %s, M %s%%, U %s, %s', (id, e, m, u, band) => {
    const row = rows.find((r) => r.id === id)
    const { score } = row?.rating ?? {}
    expect([score?.exposure, score?.management, score?.unmanaged, row?.words.band]).toEqual([e, m, u, band])
    expect(row?.words.settled).toBe(true)
  })

  it('says in words what each profile answers', () => {
    expect(rows.map((r) => [r.label, r.answers])).toEqual([
      ['No exposure', 'Every exposure item No; every management item No (management makes no difference).'],
      ['High exposure, strong management', 'Every exposure item Yes; every management item Yes.'],
      ['Partial exposure, partial management', 'Every exposure item Partial; every management item Partial.'],
      ['High exposure, partial management', 'Every exposure item Yes; every management item Partial.'],
      ['High exposure, weak management', 'Every exposure item Yes; every management item No.'],
      [
        'Palantir: the suggested answers',
        `The ${palantirSuggestions.suggestions.length} suggested answers, each with its evidence.`,
      ],
    ])
  })

  it('keeps no exposure Negligible whatever the management, on any weights', () => {
    const weights = { sections: { B: 3 }, items: { A1: 10 }, bands: { low: 1, medium: 2, high: 3, severe: 4 } }
    const row = referenceProfiles(checklistTemplate, weights, [], 'Palantir').find((r) => r.id === 'no-exposure')
    expect(row?.words.sentence).toBe('Band: Negligible. Unmanaged risk 0.0 of 100.')
  })
})
