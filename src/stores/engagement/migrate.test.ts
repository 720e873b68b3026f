import { describe, expect, it } from 'vitest'
import { emptyAudienceEdits } from '../../domain/engagement/edits'
import { migrateEngagement } from './migrate'

const v2Entry = {
  audience: 'asset manager',
  texts: { 'gap:C15': 'My words' },
  removed: ['claim:x'],
  order: ['gap:C15'],
  custom: [{ id: 'custom:1', text: 'Mine?' }],
  log: [{ id: 'e1', date: '2026-01-05', kind: 'letter', note: 'Sent to the IR team' }],
  nextStepDue: '2026-03-01',
}

describe('migrateEngagement', () => {
  it('gives every audience a copy of version 2 edits, since it did not record which audience they were for, and says so', () => {
    const migrated = migrateEngagement({ byCompany: { palantir: v2Entry } }, 2)
    const entry = migrated.byCompany.palantir
    const list = {
      ...emptyAudienceEdits,
      texts: { 'gap:C15': 'My words' },
      removed: ['claim:x'],
      order: ['gap:C15'],
      custom: [{ id: 'custom:1', text: 'Mine?', theme: 'governance' }],
    }
    expect(entry?.lists).toEqual({ company: list, 'asset manager': list, 'proxy advisor': list })
    expect(entry).toMatchObject({
      audience: 'asset manager',
      log: v2Entry.log,
      nextStepDue: '2026-03-01',
      responses: {},
    })
    expect(entry?.notice).toMatch(/copied to each audience's list/)
    expect(entry?.notice).toMatch(/last shown for an asset manager/)
  })
  it('says nothing when the earlier version held no edits to the list', () => {
    const migrated = migrateEngagement(
      { byCompany: { palantir: { ...v2Entry, texts: {}, removed: [], order: [], custom: [] } } },
      2,
    )
    expect(migrated.byCompany.palantir?.notice).toBeNull()
    expect(migrated.byCompany.palantir?.log).toHaveLength(1)
  })
  it('moves a version 1 state under its company, renames notes to note, and copies its edits', () => {
    const v1 = {
      ...v2Entry,
      companyId: 'palantir',
      log: [{ id: 'e1', date: '2026-01-05', kind: 'letter', notes: 'Sent' }],
    }
    const entry = migrateEngagement(v1, 1).byCompany.palantir
    expect(entry?.log).toEqual([{ id: 'e1', date: '2026-01-05', kind: 'letter', note: 'Sent' }])
    expect(entry?.lists['proxy advisor'].texts).toEqual({ 'gap:C15': 'My words' })
  })
  it('passes a current state through', () => {
    const state = { byCompany: {} }
    expect(migrateEngagement(state, 3)).toEqual(state)
  })
  it('refuses a state it cannot read, so the store keeps it aside', () => {
    expect(() => migrateEngagement({ byCompany: { x: { audience: 'nobody' } } }, 2)).toThrow(/could not be read/)
    expect(() => migrateEngagement({ byCompany: { x: { audience: 'company' } } }, 3)).toThrow(/could not be read/)
  })
})
