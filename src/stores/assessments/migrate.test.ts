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
