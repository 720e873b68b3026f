import { describe, expect, it } from 'vitest'
import { checklistTemplate, palantirSuggestions } from '../../../mocks/data/checklist'
import type { Answers, AnswerValue, ChecklistTemplate } from './schema'
import { bandFor, scoreAssessment } from './score'

function answers(values: Record<string, AnswerValue>): Answers {
  return Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value, answeredAt: 0 }]))
}

const bands = checklistTemplate.scoring.bands

/** A tiny template whose numbers are easy to follow by hand. */
function tinyTemplate(redFlags: ChecklistTemplate['scoring']['redFlags'] = []): ChecklistTemplate {
  return {
    ...checklistTemplate,
    sections: [
      {
        id: 'A',
        title: 'Exposure',
        kind: 'exposure',
        frameworks: [],
        items: [{ id: 'A1', question: 'Exposed?', frameworks: ['x'], weight: 1 }],
      },
      {
        id: 'B',
        title: 'Management',
        kind: 'management',
        frameworks: [],
        items: [
          { id: 'B1', question: 'Managed (heavy)?', frameworks: ['x'], weight: 7 },
          { id: 'B2', question: 'Managed (light)?', frameworks: ['x'], weight: 3 },
        ],
      },
    ],
    scoring: { ...checklistTemplate.scoring, redFlags },
  }
}

describe('scoreAssessment with the investor checklist', () => {
  it('scores the Palantir suggestions at 71.3, Severe, with all three red flags', () => {
    const accepted = answers(Object.fromEntries(palantirSuggestions.suggestions.map((s) => [s.itemId, s.answer])))
    const score = scoreAssessment(checklistTemplate, accepted)
    expect(score.status).toBe('scored')
    expect(score.exposure).toBe(93.3) // 14 of 15 weighted points
    expect(score.management).toBe(23.6) // 16.5 of 70
    expect(score.unmanaged).toBe(71.3) // 93.33 x (1 - 0.2357)
    expect(score.band?.label).toBe('Severe')
    expect(score.redFlags.map((f) => f.rule.id)).toEqual([
      'harm-without-remedy',
      'statements-contradicted',
      'no-due-diligence',
    ])
    expect(score.heldBy).toEqual([])
    expect(score.totals.exposure).toEqual({ credit: 14, weight: 15 })
    expect(score.totals.management).toEqual({ credit: 16.5, weight: 70 })
    expect(score.progress).toEqual({ answered: 21, total: 21 })
    expect(score.sections.map((s) => [s.sectionId, s.score, s.points])).toEqual([
      ['A', 93.3, 93.3],
      ['B', 15, 2.1],
      ['C', 8, 2.9],
      ['D', 0, 0],
      ['E', 65, 18.6],
      ['F', null, null],
    ])
  })

  it('gives no score and says so when nothing is answered', () => {
    const score = scoreAssessment(checklistTemplate, {})
    expect(score.status).toBe('no-answers')
    expect(score.unmanaged).toBeNull()
    expect(score.band).toBeNull()
    expect(score.progress).toEqual({ answered: 0, total: 21 })
    expect(score.investor).toEqual({ answered: 0, total: 6, progress: null })
  })

  it('gives no score when every answer is Not applicable', () => {
    const all = checklistTemplate.sections.flatMap((s) => s.items.map((i) => [i.id, 'na'] as const))
    const score = scoreAssessment(checklistTemplate, answers(Object.fromEntries(all)))
    expect(score.status).toBe('all-not-applicable')
    expect(score.unmanaged).toBeNull()
    expect(score.investor.progress).toBeNull()
  })

  it('scores one exposure answer as 100 exposed and 0 managed: Severe until management is evidenced', () => {
    const score = scoreAssessment(checklistTemplate, answers({ A1: 'yes' }))
    expect(score.status).toBe('scored')
    expect([score.exposure, score.management, score.unmanaged]).toEqual([100, 0, 100])
    expect(score.band?.id).toBe('severe')
    expect(score.progress).toEqual({ answered: 1, total: 21 })
  })

  it('asks for an exposure answer when only management items are answered', () => {
    const score = scoreAssessment(checklistTemplate, answers({ B8: 'yes' }))
    expect(score.status).toBe('no-exposure-answers')
    expect(score.unmanaged).toBeNull()
  })

  it('scores 0, Negligible, when every exposure item is Not applicable', () => {
    const exposureNa = Object.fromEntries(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7'].map((id) => [id, 'na' as const]))
    const score = scoreAssessment(checklistTemplate, answers({ ...exposureNa, B8: 'yes' }))
    expect([score.status, score.exposure, score.unmanaged, score.band?.id]).toEqual(['scored', 0, 0, 'negligible'])
  })

  it('counts Unknown exposure as half and Unknown management as nothing', () => {
    const score = scoreAssessment(checklistTemplate, answers({ A1: 'unknown', B8: 'unknown' }))
    expect([score.exposure, score.management, score.unmanaged]).toEqual([50, 0, 50])
  })

  it('keeps the investor’s progress apart from the company’s risk', () => {
    const base = answers({ A1: 'yes', B8: 'yes' })
    const withInvestor = { ...base, ...answers({ F22: 'yes', F23: 'partial' }) }
    const before = scoreAssessment(checklistTemplate, base)
    const after = scoreAssessment(checklistTemplate, withInvestor)
    expect(after.unmanaged).toBe(before.unmanaged)
    expect(after.investor).toEqual({ answered: 2, total: 6, progress: 25 }) // 1.5 of 6
  })
})

describe('bands', () => {
  it.each([
    [0, 'negligible'],
    [9.9, 'negligible'],
    [10, 'low'],
    [19.9, 'low'],
    [20, 'medium'],
    [29.9, 'medium'],
    [30, 'high'],
    [39.9, 'high'],
    [40, 'severe'],
    [100, 'severe'],
  ])('puts an unmanaged score of %s in the %s band', (value, band) => {
    expect(bandFor(bands, value).id).toBe(band)
  })

  it.each([
    // A1 yes (E 100); B1 yes (M 70%): U = 30 exactly, the first value of High.
    [{ A1: 'yes', B1: 'yes', B2: 'no' }, 30, 'high'],
    // A1 partial (E 50); B1 no, B2 no: U = 50.
    [{ A1: 'partial', B1: 'no', B2: 'no' }, 50, 'severe'],
    // A1 partial (E 50); B1 partial, B2 yes (M 65%): U = 17.5.
    [{ A1: 'partial', B1: 'partial', B2: 'yes' }, 17.5, 'low'],
    // A1 yes; B1 yes, B2 partial (M 85%): U = 15.
    [{ A1: 'yes', B1: 'yes', B2: 'partial' }, 15, 'low'],
    // A1 yes; everything managed: U = 0.
    [{ A1: 'yes', B1: 'yes', B2: 'yes' }, 0, 'negligible'],
    // E 50; M 70%: U = 15.
    [{ A1: 'partial', B1: 'yes', B2: 'no' }, 15, 'low'],
  ] as const)('scores %j at %s (%s)', (values, unmanaged, band) => {
    const score = scoreAssessment(tinyTemplate(), answers(values))
    expect(score.unmanaged).toBe(unmanaged)
    expect(score.band?.id).toBe(band)
  })

  it('reads the band from the one-decimal score shown (29.96 shows as 30.0, High)', () => {
    const template = tinyTemplate()
    const section = template.sections[1]
    if (!section) throw new Error('fixture')
    section.items = [
      { id: 'B1', question: 'q', frameworks: ['x'], weight: 7004 },
      { id: 'B2', question: 'q', frameworks: ['x'], weight: 2996 },
    ]
    const score = scoreAssessment(template, answers({ A1: 'yes', B1: 'yes', B2: 'no' }))
    expect(score.unmanaged).toBe(30)
    expect(score.band?.id).toBe('high')
  })
})

describe('red flags', () => {
  const flag = {
    id: 'f',
    title: 'Flag',
    reason: 'Because.',
    when: [
      { itemId: 'A1', answers: ['yes', 'partial'] as AnswerValue[] },
      { itemId: 'B2', answers: ['no'] as AnswerValue[] },
    ],
    minimumBand: 'high' as const,
  }

  it('holds a Low score at High and says which flag did it', () => {
    const score = scoreAssessment(tinyTemplate([flag]), answers({ A1: 'partial', B1: 'yes', B2: 'no' }))
    expect(score.unmanaged).toBe(15)
    expect(score.scoreBand?.id).toBe('low')
    expect(score.band?.id).toBe('high')
    expect(score.heldBy.map((f) => f.rule.id)).toEqual(['f'])
  })

  it('does not lower a band that is already above the flag’s minimum', () => {
    const score = scoreAssessment(tinyTemplate([flag]), answers({ A1: 'yes', B1: 'no', B2: 'no' }))
    expect(score.band?.id).toBe('severe')
    expect(score.redFlags).toHaveLength(1)
    expect(score.heldBy).toEqual([])
  })

  it('does not fire while a condition is unanswered', () => {
    const score = scoreAssessment(tinyTemplate([flag]), answers({ A1: 'yes', B1: 'yes' }))
    expect(score.redFlags).toEqual([])
  })
})
