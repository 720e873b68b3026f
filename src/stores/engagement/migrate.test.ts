import { describe, expect, it } from 'vitest'
import { migrateEngagement } from './migrate'

describe('migrateEngagement', () => {
  it('moves a version 1 state under its company and renames notes to note', () => {
    const v1 = {
      companyId: 'palantir',
      audience: 'asset manager',
      texts: { 'gap:A1': 'Mine' },
      removed: [],
      order: [],
      custom: [],
      log: [{ id: 'e1', date: '2026-01-05', kind: 'letter', notes: 'Sent to the IR team' }],
      nextStepDue: null,
    }
    expect(migrateEngagement(v1, 1)).toEqual({
      byCompany: {
        palantir: {
          audience: 'asset manager',
          texts: { 'gap:A1': 'Mine' },
          removed: [],
          order: [],
          custom: [],
          log: [{ id: 'e1', date: '2026-01-05', kind: 'letter', note: 'Sent to the IR team' }],
          nextStepDue: null,
        },
      },
    })
  })
  it('passes a current state through', () => {
    const state = { byCompany: {} }
    expect(migrateEngagement(state, 2)).toEqual(state)
  })
  it('refuses a state it cannot read', () => {
    expect(() => migrateEngagement({ byCompany: { x: { audience: 'nobody' } } }, 2)).toThrow(/could not be read/)
  })
})
