import { describe, expect, it } from 'vitest'
import { migrateSettings } from './migrate'

describe('migrateSettings', () => {
  it('keeps a name and organisation as they were saved', () => {
    expect(migrateSettings({ name: 'Ana Ruiz', organisation: 'Fondo Ético' }, 1)).toEqual({
      name: 'Ana Ruiz',
      organisation: 'Fondo Ético',
    })
  })
  it('starts a missing field empty and drops fields it does not know', () => {
    expect(migrateSettings({ name: 'Ana Ruiz', theme: 'dark' }, 0)).toEqual({ name: 'Ana Ruiz', organisation: '' })
  })
  it('refuses settings it cannot read, so the stored copy is kept aside', () => {
    expect(() => migrateSettings({ name: 42 }, 1)).toThrow(/could not be read/)
    expect(() => migrateSettings('Ana', 1)).toThrow(/could not be read/)
  })
})
