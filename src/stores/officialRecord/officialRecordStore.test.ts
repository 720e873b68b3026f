import { describe, expect, it } from 'vitest'
import type { OfficialRecord } from '../../domain/usaspending/schema'
import { parseStoredRecord } from './officialRecordStore'

const record: OfficialRecord = {
  version: 1,
  fileName: 'PrimeTransactions_2026-11-30.zip',
  importedAt: '2026-12-01T10:00:00.000Z',
  asOf: '2026-11-20',
  layout: 'transactions',
  recipients: [
    { name: 'PALANTIR USG, INC.', uei: 'U1', parentName: 'PALANTIR TECHNOLOGIES INC.', parentUei: 'P1', rows: 1 },
  ],
  subAgency: 'U.S. Immigration and Customs Enforcement',
  transactions: [],
  leftOut: { rows: 0, recipients: [] },
}

describe('parseStoredRecord', () => {
  it('gives back a record of the current shape', () => {
    expect(parseStoredRecord(record)).toEqual(record)
  })

  it.each([
    null,
    'text',
    { ...record, version: 2 },
    { ...record, transactions: [{ key: '' }] },
    { ...record, asOf: 'Nov 2026' },
  ])('refuses a damaged or foreign value %#', (value) => {
    expect(parseStoredRecord(value)).toBeNull()
  })
})
