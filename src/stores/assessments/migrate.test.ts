import { describe, expect, it } from 'vitest'
import { ASSESSMENTS_STORE_VERSION, migrateAssessments } from './migrate'

describe('migrateAssessments', () => {
  it('turns the version 1 single assessment into one saved assessment with its answers and notes', () => {
    const v1 = { answers: { A1: 'yes', C12: 'no' }, notes: { C12: 'Amnesty 2020' }, savedAt: 1700000000000 }
    expect(migrateAssessments(v1, 1)).toEqual({
      assessments: [
        {
          id: 'migrated-v1',
          name: 'Palantir assessment',
          companyId: 'palantir',
          templateId: 'hrdd-investor',
          templateVersion: 1,
          createdAt: 1700000000000,
          updatedAt: 1700000000000,
          answers: {
            A1: { value: 'yes', answeredAt: 1700000000000 },
            C12: { value: 'no', answeredAt: 1700000000000 },
          },
          notes: { C12: 'Amnesty 2020' },
        },
      ],
      lastOpenedId: 'migrated-v1',
    })
  })

  it('reads a version 1 state without notes or a save time', () => {
    const migrated = migrateAssessments({ answers: { A4: 'partial' } }, 1)
    expect(migrated.assessments[0]?.answers).toEqual({ A4: { value: 'partial', answeredAt: 0 } })
    expect(migrated.assessments[0]?.notes).toEqual({})
  })

  it('reads a version 2 save as assessments on the published default weights', () => {
    const v2 = {
      assessments: [
        {
          id: 'q3',
          name: 'Q3 review',
          companyId: 'palantir',
          templateId: 'hrdd-investor',
          templateVersion: 1,
          createdAt: 1,
          updatedAt: 2,
          answers: { A1: { value: 'yes', answeredAt: 2 } },
          notes: {},
        },
      ],
      lastOpenedId: 'q3',
    }
    const migrated = migrateAssessments(v2, 2)
    expect(migrated).toEqual(v2)
    expect(migrated.assessments[0]?.weights).toBeUndefined()
  })

  it('keeps the committee weights of a version 3 save', () => {
    const weights = { sections: { A: 2 }, items: { A1: 5 }, bands: { low: 15 } }
    const v3 = {
      assessments: [
        {
          id: 'q4',
          name: 'Q4 review',
          companyId: 'palantir',
          templateId: 'hrdd-investor',
          templateVersion: 1,
          createdAt: 1,
          updatedAt: 2,
          answers: {},
          notes: {},
          weights,
        },
      ],
      lastOpenedId: null,
    }
    expect(migrateAssessments(v3, 3).assessments[0]?.weights).toEqual(weights)
  })

  it('refuses saved weights that are negative, instead of scoring with them', () => {
    const bad = {
      assessments: [
        {
          id: 'x',
          name: 'x',
          companyId: 'palantir',
          templateId: 'hrdd-investor',
          templateVersion: 1,
          createdAt: 1,
          updatedAt: 2,
          answers: {},
          notes: {},
          weights: { sections: {}, items: { A1: -1 }, bands: {} },
        },
      ],
      lastOpenedId: null,
    }
    expect(() => migrateAssessments(bad, 3)).toThrow('version 3')
  })

  it('passes a current state through unchanged', () => {
    const current = { assessments: [], lastOpenedId: null }
    expect(migrateAssessments(current, ASSESSMENTS_STORE_VERSION)).toEqual(current)
  })

  it('refuses a version 1 state with an answer it does not know, instead of guessing', () => {
    expect(() => migrateAssessments({ answers: { A1: 'maybe' } }, 1)).toThrow('could not be read')
  })

  it('refuses an unknown version', () => {
    expect(() => migrateAssessments({}, 0)).toThrow('version 0')
  })
})
