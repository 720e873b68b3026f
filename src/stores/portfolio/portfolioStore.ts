import * as z from 'zod/mini'
import type { Position, StatedTotal } from '../../domain/holdings/parse'
import { createPersistedStore } from '../createPersistedStore'
import { LEGACY_STORAGE_KEYS, STORAGE_KEYS } from '../storageKeys'

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

const positionSchema = z.object({
  line: z.number(),
  kind: z.enum(['security', 'cash', 'pending']),
  ticker: z.nullable(z.string()),
  isin: z.nullable(z.string()),
  cusip: z.nullable(z.string()),
  name: z.nullable(z.string()),
  quantity: z.nullable(z.number()),
  valueCents: z.nullable(z.number()),
})

/** The saved shape, checked on every load: a position that is not a position is never trusted. */
export const persistedPortfolioSchema = z.object({
  portfolio: z.nullable(
    z.object({
      label: z.string(),
      source: z.enum(['file', 'paste', 'sample']),
      acceptedAt: z.string(),
      positions: z.array(positionSchema),
      statedTotal: z.nullable(z.object({ line: z.number(), label: z.string(), cents: z.number() })),
      rowsLeftOut: z.number(),
    }),
  ),
})

/**
 * Brings a saved state from an older version to the current shape. Version 0 saved the
 * portfolio without `source` and `rowsLeftOut`. Throws on anything it cannot read, so the
 * stored copy is kept aside (and the person told) instead of being trusted or dropped.
 */
export function migratePortfolioState(persisted: unknown, version: number): Persisted {
  let state = persisted
  const p = (persisted as { portfolio?: unknown } | null)?.portfolio
  if (version < 1 && typeof p === 'object' && p !== null) {
    const old = p as Partial<AcceptedPortfolio>
    state = {
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
  if (!persistedPortfolioSchema.safeParse(state).success)
    throw new Error(`The saved portfolio (version ${version}) could not be read.`)
  return state as Persisted
}

/** What is saved: the portfolio. One too large to save is refused by `portfolioTooLarge`. */
export function partializePortfolioState(state: Pick<PortfolioState, 'portfolio'>): Persisted {
  return { portfolio: state.portfolio }
}

/**
 * A portfolio over MAX_SAVED_POSITIONS is not saved: the previously saved one stays in storage
 * (it comes back on reload) and the notice says so, instead of being erased by one that cannot fit.
 */
export function portfolioTooLarge(document: unknown) {
  const p = (document as Persisted).portfolio
  if (!p || p.positions.length <= MAX_SAVED_POSITIONS) return null
  return {
    item: `“${p.label}”`,
    size: `${p.positions.length.toLocaleString('en-GB')} positions`,
    limit: `${MAX_SAVED_POSITIONS.toLocaleString('en-GB')} positions`,
  }
}

const { useStore: usePortfolioStore, persistence } = createPersistedStore<PortfolioState, Persisted>(
  {
    portfolio: null,
    storageNotice: null,
    actions: {
      portfolioAccepted: (portfolio) =>
        usePortfolioStore.setState({
          portfolio,
          storageNotice: portfolio.positions.length > MAX_SAVED_POSITIONS ? 'too-large' : null,
        }),
      portfolioCleared: () => usePortfolioStore.setState({ portfolio: null, storageNotice: null }),
      storageNoticeDismissed: () => usePortfolioStore.setState({ storageNotice: null }),
    },
  },
  {
    name: STORAGE_KEYS.portfolio,
    legacyNames: [LEGACY_STORAGE_KEYS.portfolio],
    version: PORTFOLIO_STORE_VERSION,
    partialize: partializePortfolioState,
    schema: persistedPortfolioSchema,
    migrate: migratePortfolioState,
    mergeDepth: 1,
    tooLarge: portfolioTooLarge,
  },
)

/** For tests: a fresh read of storage. */
export const portfolioStoreForTests = { ...persistence, getState: () => usePortfolioStore.getState() }

/** The accepted portfolio, or null before one is accepted. */
export const usePortfolio = () => usePortfolioStore((s) => s.portfolio)
/** Set when the portfolio could not be saved in this browser; it stays in memory regardless. */
export const usePortfolioStorageNotice = () => usePortfolioStore((s) => s.storageNotice)
export const usePortfolioActions = () => usePortfolioStore((s) => s.actions)
