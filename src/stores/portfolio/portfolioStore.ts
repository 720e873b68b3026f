import { create } from 'zustand'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import type { Position, StatedTotal } from '../../domain/holdings/parse'

/**
 * The accepted portfolio: client state the Holdings view writes and the Briefing and Checklist
 * read. Only positions are kept; the exposure is derived from them (with the holdings data)
 * wherever it is shown, never stored.
 */
export interface AcceptedPortfolio {
  /** The file name, "Pasted text" or "Sample portfolio". */
  label: string
  source: 'file' | 'paste' | 'sample'
  /** ISO time the user accepted it (passed in by the caller, so the store stays clock-free). */
  acceptedAt: string
  positions: Position[]
  statedTotal: StatedTotal | null
  /** Rows with problems the user chose to leave out. */
  rowsLeftOut: number
}

/** Why the portfolio is not (or not fully) saved in this browser. */
export type StorageNotice = 'too-large' | 'failed' | null

interface PortfolioState {
  portfolio: AcceptedPortfolio | null
  storageNotice: StorageNotice
  actions: {
    portfolioAccepted: (portfolio: AcceptedPortfolio) => void
    portfolioCleared: () => void
    storageNoticeDismissed: () => void
  }
}

/** Larger portfolios stay for the session only: saving them would block the page and may not fit. */
export const MAX_SAVED_POSITIONS = 5_000

export const PORTFOLIO_STORE_VERSION = 1

type Persisted = Pick<PortfolioState, 'portfolio'>

/**
 * Brings a saved state from an older version to the current shape. Version 0 saved the
 * portfolio without `source` and `rowsLeftOut`; anything unreadable is dropped rather than
 * trusted.
 */
export function migratePortfolioState(persisted: unknown, version: number): Persisted {
  if (typeof persisted !== 'object' || persisted === null) return { portfolio: null }
  const p = (persisted as { portfolio?: unknown }).portfolio
  if (typeof p !== 'object' || p === null || !Array.isArray((p as { positions?: unknown }).positions))
    return { portfolio: null }
  const old = p as Partial<AcceptedPortfolio> & { positions: Position[] }
  if (version < 1) {
    return {
      portfolio: {
        label: old.label ?? 'Saved portfolio',
        source: 'file',
        acceptedAt: old.acceptedAt ?? new Date(0).toISOString(),
        positions: old.positions,
        statedTotal: old.statedTotal ?? null,
        rowsLeftOut: 0,
      },
    }
  }
  return { portfolio: old as AcceptedPortfolio }
}

/** What is saved: the portfolio if it is small enough, else nothing (the user is told). */
export function partializePortfolioState(state: Pick<PortfolioState, 'portfolio'>): Persisted {
  const p = state.portfolio
  return { portfolio: p && p.positions.length <= MAX_SAVED_POSITIONS ? p : null }
}

let reportStorageFailure: () => void = () => {}

/** localStorage that reports a failed write (quota, private mode) instead of throwing into an action. */
const safeStorage: StateStorage = {
  getItem: (name) => {
    try {
      return window.localStorage.getItem(name)
    } catch {
      return null
    }
  },
  setItem: (name, value) => {
    try {
      window.localStorage.setItem(name, value)
    } catch {
      reportStorageFailure()
    }
  },
  removeItem: (name) => {
    try {
      window.localStorage.removeItem(name)
    } catch {
      // Nothing to keep consistent: the in-memory state is the truth.
    }
  },
}

const usePortfolioStore = create<PortfolioState>()(
  persist<PortfolioState, [], [], Persisted>(
    (set) => ({
      portfolio: null,
      storageNotice: null,
      actions: {
        portfolioAccepted: (portfolio) =>
          set({ portfolio, storageNotice: portfolio.positions.length > MAX_SAVED_POSITIONS ? 'too-large' : null }),
        portfolioCleared: () => set({ portfolio: null, storageNotice: null }),
        storageNoticeDismissed: () => set({ storageNotice: null }),
      },
    }),
    {
      name: 'red.portfolio',
      version: PORTFOLIO_STORE_VERSION,
      storage: createJSONStorage(() => safeStorage),
      partialize: partializePortfolioState,
      migrate: migratePortfolioState,
    },
  ),
)

let reportedFor: AcceptedPortfolio | null | undefined
reportStorageFailure = () => {
  // Once per portfolio: setting the notice writes again, and that write fails too.
  const { portfolio } = usePortfolioStore.getState()
  if (portfolio === reportedFor) return
  reportedFor = portfolio
  // Deferred: the failing write happens inside set(); report it after that set has finished.
  queueMicrotask(() => usePortfolioStore.setState({ storageNotice: 'failed' }))
}

/** The accepted portfolio, or null before one is accepted. */
export const usePortfolio = () => usePortfolioStore((s) => s.portfolio)
/** Set when the portfolio could not be saved in this browser; it stays in memory regardless. */
export const usePortfolioStorageNotice = () => usePortfolioStore((s) => s.storageNotice)
export const usePortfolioActions = () => usePortfolioStore((s) => s.actions)
