import * as z from 'zod/mini'
import { positionKey, type PositionClass } from '../../domain/holdings/classify'
import { normalizeName, restoreCusip } from '../../domain/holdings/identifiers'
import type { AccountCurrency } from '../../domain/holdings/currency'
import type { FundWeightFile } from '../../domain/holdings/fundFile'
import type { LeftOutSecurity, Position, StatedTotal } from '../../domain/holdings/parse'
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
  /** Those of them that name a security: the look-through checks them for the company's own shares. */
  leftOut?: LeftOutSecurity[]
  /** The account's currency as read from the file (or chosen by the user), and how. */
  currency: AccountCurrency
  /** Account-currency units per unit of each other currency, as the user entered them. */
  rates: Record<string, number>
  /** The user's corrections of how positions are classed, by positionKey. */
  classes: Record<string, PositionClass>
  /** How long the company's shares have been held, in years (the user's answer), for Rule 14a-8. */
  heldYears: number | null
}

interface PortfolioState {
  portfolio: AcceptedPortfolio | null
  /** Issuers' fund holdings files: kept apart from the portfolio, so they survive a new import. */
  fundFiles: FundWeightFile[]
  actions: {
    portfolioAccepted: (portfolio: AcceptedPortfolio) => void
    portfolioCleared: () => void
    currencyChosen: (code: string) => void
    rateEntered: (code: string, rate: number | null) => void
    classChosen: (key: string, cls: PositionClass | null) => void
    heldYearsEntered: (years: number | null) => void
    fundFileAdded: (file: FundWeightFile) => void
    fundFileRemoved: (id: string) => void
  }
}

/** Larger portfolios stay for the session only: saving them would block the page and may not fit. */
export const MAX_SAVED_POSITIONS = 5_000

export const PORTFOLIO_STORE_VERSION = 4

type Persisted = Pick<PortfolioState, 'portfolio' | 'fundFiles'>

const positionSchema = z.object({
  line: z.number(),
  kind: z.enum(['security', 'cash', 'pending']),
  ticker: z.nullable(z.string()),
  isin: z.nullable(z.string()),
  cusip: z.nullable(z.string()),
  name: z.nullable(z.string()),
  quantity: z.nullable(z.number()),
  valueCents: z.nullable(z.number()),
  currency: z.nullable(z.string()),
  securityType: z.nullable(z.string()),
})

const idsSchema = z.array(z.string())
const fundFileSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  fundName: z.string(),
  fundTicker: z.nullable(z.string()),
  asOf: z.string(),
  companyId: z.string(),
  weight: z.number().check(z.gte(0), z.lte(1)),
  found: z.boolean(),
  matchedBy: z.nullable(z.string()),
  holdingsCount: z.number(),
  appliesTo: z.object({ isins: idsSchema, cusips: idsSchema, tickers: idsSchema, names: idsSchema }),
  loadedAt: z.string(),
  sheet: z.nullable(z.string()),
  // Files saved before notes were kept have none.
  notes: z.optional(z.array(z.string())),
})

const currencySourceSchema = z.union([
  z.object({ kind: z.literal('value-header'), header: z.string() }),
  z.object({ kind: z.literal('base-line'), line: z.number() }),
  z.object({ kind: z.literal('currency-column'), header: z.string() }),
  z.object({ kind: z.literal('rate-column'), header: z.string() }),
  z.object({ kind: z.literal('user'), carriedFrom: z.optional(z.string()) }),
  z.object({ kind: z.enum(['symbols', 'none']) }),
])

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
      leftOut: z.optional(
        z.array(
          z.object({
            line: z.number(),
            ticker: z.nullable(z.string()),
            isin: z.nullable(z.string()),
            cusip: z.nullable(z.string()),
            name: z.nullable(z.string()),
            problem: z.string(),
          }),
        ),
      ),
      currency: z.object({ code: z.nullable(z.string()), source: currencySourceSchema }),
      rates: z.record(z.string(), z.number()),
      classes: z.record(z.string(), z.enum(['company', 'fund', 'holder', 'other-company', 'unknown'])),
      heldYears: z.nullable(z.number()),
    }),
  ),
  fundFiles: z.array(fundFileSchema),
})

/**
 * Brings a saved state from an older version to the current shape. Version 0 saved the
 * portfolio without `source` and `rowsLeftOut`; version 1 without currencies (on positions, the
 * account currency and rates), class choices, the holding period and fund files: its currency is
 * kept as "not stated" for the user to choose rather than assumed. Version 2's class choices for
 * securities known only by name move to version 3's keys (moveNameKeys). Version 3 kept a CUSIP as the
 * file wrote it (without the zeros a spreadsheet drops) and a name's accented letters as gaps: both
 * are read as version 4 reads them, with the class choices and fund files that name them
 * (toVersion4). Throws on anything it cannot
 * read, so the stored copy is kept aside (and the person told) instead of being trusted or dropped.
 */
export function migratePortfolioState(persisted: unknown, version: number): Persisted {
  let state = persisted
  const p = (persisted as { portfolio?: unknown } | null)?.portfolio
  if (version < 2 && typeof persisted === 'object' && persisted !== null && 'portfolio' in persisted) {
    const old = typeof p === 'object' && p !== null ? (p as Partial<AcceptedPortfolio>) : null
    state = {
      portfolio: old && {
        label: old.label ?? 'Saved portfolio',
        source: version < 1 ? 'file' : (old.source ?? 'file'),
        acceptedAt: old.acceptedAt ?? new Date(0).toISOString(),
        positions: Array.isArray(old.positions)
          ? old.positions.map((x: Partial<Position> | null) =>
              x === null || typeof x !== 'object'
                ? x
                : { ...x, currency: x.currency ?? null, securityType: x.securityType ?? null },
            )
          : old.positions,
        statedTotal: old.statedTotal ?? null,
        rowsLeftOut: version < 1 ? 0 : (old.rowsLeftOut ?? 0),
        currency: { code: null, source: { kind: 'none' } },
        rates: {},
        classes: {},
        heldYears: null,
      },
      fundFiles: [],
    }
  }
  if (!persistedPortfolioSchema.safeParse(state).success)
    throw new Error(`The saved portfolio (version ${version}) could not be read.`)
  const read = state as Persisted
  const moved = version < 3 && read.portfolio ? { ...read, portfolio: moveNameKeys(read.portfolio) } : read
  return version < 4 ? toVersion4(moved) : moved
}

/** A name's class-choice key as version 3 made it: accented letters were gaps ("Nestlé" was "nestl"). */
function version3NameKey(name: string): string {
  const n = normalizeName(name.toLowerCase().replace(/[\u0080-\uffff]/g, ' '))
  return `name:${n || name.trim().toLowerCase()}`
}

/**
 * Version 4 puts back the zeros a spreadsheet drops from an all-digit CUSIP (restoreCusip) and
 * keeps accented letters in names: the saved positions and fund files are read that way, and the
 * class choices saved under version 3's keys move to the new ones, so none is lost.
 */
function toVersion4(state: Persisted): Persisted {
  const fundFiles = state.fundFiles.map(fundFileToVersion4)
  const p = state.portfolio
  if (!p) return { ...state, fundFiles }
  const classes: Record<string, PositionClass> = {}
  // Choices follow a security from one import to the next, so some name securities no longer in
  // the saved positions: a CUSIP key is read from the key itself.
  for (const [key, cls] of Object.entries(p.classes)) {
    const cusip = key.startsWith('cusip:') ? restoreCusip(key.slice(6)) : null
    const now = cusip === null ? key : `cusip:${cusip}`
    if (now === key || p.classes[now] === undefined) classes[now] ??= cls
  }
  // A name key cannot be read back (accented letters were gaps): it is moved through the saved
  // positions. Two names that shared a key ("Müller", "Møller": "m ller") each keep the choice.
  const moved = new Set<string>()
  for (const x of p.positions) {
    if (x.isin || x.cusip || x.ticker || !x.name || !NON_ASCII.test(x.name)) continue
    const old = version3NameKey(x.name)
    const key = positionKey(x)
    const chosen = p.classes[old]
    if (old === key || chosen === undefined) continue
    classes[key] ??= chosen
    moved.add(old)
  }
  for (const old of moved) delete classes[old]
  const positions = p.positions.map((x) => {
    const cusip = x.cusip === null ? null : restoreCusip(x.cusip)
    return cusip === x.cusip ? x : { ...x, cusip }
  })
  return { ...state, fundFiles, portfolio: { ...p, positions, classes } }
}

const NON_ASCII = /[\u0080-\uffff]/

/**
 * A fund file as version 4 reads it: the CUSIPs it applies to without the zeros a spreadsheet
 * dropped, and its id made as toFundWeightFile makes it now, so that adding the fund's file again
 * replaces it instead of standing beside it.
 */
function fundFileToVersion4(f: FundWeightFile): FundWeightFile {
  const cusips = f.appliesTo.cusips.map(restoreCusip)
  const byCusip = f.appliesTo.cusips.findIndex((c) => f.id === `fund:${c}`)
  const byName = f.appliesTo.names.find((n) => f.id === version3NameKey(n).replace(/^name:/, 'fund:'))
  const id =
    byCusip >= 0
      ? `fund:${cusips[byCusip]}`
      : byName !== undefined && normalizeName(byName)
        ? `fund:${normalizeName(byName)}`
        : f.id
  const changed = id !== f.id || cusips.some((c, i) => c !== f.appliesTo.cusips[i])
  return changed ? { ...f, id, appliesTo: { ...f.appliesTo, cusips } } : f
}

/** A name's class-choice key as version 2 made it, before share designations ("INC-A", "Registered Shares") were dropped. */
function version2NameKey(name: string): string {
  const n = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(
      /\b(inc|incorporated|corp|corporation|co|ltd|plc|se|ag|sa|nv|the|class [a-z]|cl [a-z]|com|common stock|shs|ord)\b/g,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim()
  return `name:${n}`
}

/**
 * Version 3 keys a security known only by its name by the name without its share designations:
 * the user's class choices saved under version 2's keys move to the new ones, so none is lost.
 */
function moveNameKeys(p: AcceptedPortfolio): AcceptedPortfolio {
  const classes = { ...p.classes }
  for (const x of p.positions) {
    if (x.isin || x.cusip || x.ticker || !x.name) continue
    const old = version2NameKey(x.name)
    const key = positionKey(x)
    const chosen = classes[old]
    if (old === key || chosen === undefined) continue
    classes[key] ??= chosen
    delete classes[old]
  }
  return { ...p, classes }
}

/** What is saved: the portfolio. One too large to save is refused by `portfolioTooLarge`. */
export function partializePortfolioState(state: Pick<PortfolioState, 'portfolio' | 'fundFiles'>): Persisted {
  return { portfolio: state.portfolio, fundFiles: state.fundFiles }
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
    fundFiles: [],
    actions: {
      portfolioAccepted: (portfolio) => usePortfolioStore.setState({ portfolio }),
      portfolioCleared: () => usePortfolioStore.setState({ portfolio: null }),
      // Rates were entered against the account currency ("EUR per 1 USD"): another one clears them.
      currencyChosen: (code) =>
        updatePortfolio((p) => ({
          currency: { code, source: { kind: 'user' } },
          rates: p.currency.code === code ? p.rates : {},
        })),
      rateEntered: (code, rate) =>
        updatePortfolio((p) => {
          const rates = { ...p.rates }
          if (rate === null || !(rate > 0)) delete rates[code]
          else rates[code] = rate
          return { rates }
        }),
      classChosen: (key, cls) =>
        updatePortfolio((p) => {
          const classes = { ...p.classes }
          if (cls === null) delete classes[key]
          else classes[key] = cls
          return { classes }
        }),
      heldYearsEntered: (heldYears) => updatePortfolio(() => ({ heldYears })),
      fundFileAdded: (file) =>
        usePortfolioStore.setState((s) => ({ fundFiles: [...s.fundFiles.filter((f) => f.id !== file.id), file] })),
      fundFileRemoved: (id) =>
        usePortfolioStore.setState((s) => ({ fundFiles: s.fundFiles.filter((f) => f.id !== id) })),
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

function updatePortfolio(f: (p: AcceptedPortfolio) => Partial<AcceptedPortfolio>): void {
  usePortfolioStore.setState((s) => (s.portfolio ? { portfolio: { ...s.portfolio, ...f(s.portfolio) } } : {}))
}

/** For tests: a fresh read of storage. */
export const portfolioStoreForTests = { ...persistence, getState: () => usePortfolioStore.getState() }

/** The accepted portfolio, or null before one is accepted. */
export const usePortfolio = () => usePortfolioStore((s) => s.portfolio)
export const usePortfolioActions = () => usePortfolioStore((s) => s.actions)
/** The fund holdings files the user added, kept in this browser. */
export const useFundFiles = () => usePortfolioStore((s) => s.fundFiles)
