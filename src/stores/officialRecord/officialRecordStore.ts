import { create } from 'zustand'
import { officialRecordSchema, type OfficialRecord } from '../../domain/usaspending/schema'

/**
 * The official contract record (a USAspending download, the company's rows only), kept in
 * IndexedDB through idb-keyval: a download is too large for localStorage. The Contracts view
 * writes it; the Briefing reads it. idb-keyval loads with the first read.
 */
export const OFFICIAL_RECORD_KEY = 'rights-dashboard:official-record'
const DB_NAME = 'rights-dashboard'
const STORE_NAME = 'official-record'

/** The stored value if it is a record of the current shape, else null (never trusted unread). */
export function parseStoredRecord(value: unknown): OfficialRecord | null {
  const parsed = officialRecordSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

type Status = 'loading' | 'ready' | 'error'

interface OfficialRecordState {
  status: Status
  record: OfficialRecord | null
  /** Why the record could not be read or saved; the record in memory is kept. */
  problem: string | null
  actions: {
    loadRequested: () => Promise<void>
    recordAccepted: (record: OfficialRecord) => Promise<boolean>
    subAgencyChosen: (subAgency: string) => Promise<void>
  }
}

async function idb() {
  const { createStore, get, set } = await import('idb-keyval')
  const store = createStore(DB_NAME, STORE_NAME)
  return {
    read: () => get<unknown>(OFFICIAL_RECORD_KEY, store),
    write: (record: OfficialRecord) => set(OFFICIAL_RECORD_KEY, record, store),
  }
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error))

const useOfficialRecordStore = create<OfficialRecordState>()((setState, getState) => ({
  status: 'loading',
  record: null,
  problem: null,
  actions: {
    loadRequested: async () => {
      if (getState().status === 'ready' && getState().record) return
      try {
        const stored = await (await idb()).read()
        const record = stored === undefined ? null : parseStoredRecord(stored)
        setState({
          status: 'ready',
          record,
          problem:
            stored !== undefined && record === null
              ? 'The saved official record could not be read (it is damaged or from another version); import the download again.'
              : null,
        })
      } catch (error) {
        setState({ status: 'error', problem: `The browser's storage is not available: ${describe(error)}` })
      }
    },
    recordAccepted: async (record) => {
      setState({ record, status: 'ready', problem: null })
      try {
        await (await idb()).write(record)
        return true
      } catch (error) {
        setState({
          problem: `The record is shown but could not be saved in this browser (${describe(error)}); it will be gone after a reload.`,
        })
        return false
      }
    },
    subAgencyChosen: async (subAgency) => {
      const record = getState().record
      if (!record || record.subAgency === subAgency) return
      await getState().actions.recordAccepted({ ...record, subAgency })
    },
  },
}))

/** The official record, or null when none is loaded. */
export const useOfficialRecord = () => useOfficialRecordStore((s) => s.record)
/** Any storage problem. */
export const useOfficialRecordProblem = () => useOfficialRecordStore((s) => s.problem)
export const useOfficialRecordActions = () => useOfficialRecordStore((s) => s.actions)
