/**
 * The look-through: a portfolio's exposure to one company, held directly (its own shares) and
 * indirectly (through funds and listed firms that hold it). Pure; money in whole cents.
 */
import type { Fund } from './schema'
import { normalizeName, normalizeTicker } from './identifiers'
import type { Position, StatedTotal } from './parse'

/** The company looked through for: its identifiers as the data layer gives them. */
export interface TargetCompany {
  id: string
  name: string
  ticker: string
  isin: string | null
  cusip: string | null
}

/** One exposed position: direct, or through a fund or firm at that fund's weight. */
export interface ExposureRow {
  line: number
  /** What the file calls the position: ticker, else ISIN, CUSIP or name. */
  security: string
  route: 'direct' | 'fund' | 'listed-firm'
  via: { fundId: string; name: string; weight: number; sample: boolean } | null
  positionCents: number
  /** positionCents × weight, rounded to the cent (the position itself for direct holdings). */
  effectiveCents: number
  /** effectiveCents / the portfolio total including cash. */
  share: number
}

/** A position the look-through could not weigh: no data on the security, or no value. */
export interface UnresolvedPosition {
  line: number
  security: string
  reason: string
}

export interface Reconciliation {
  stated: StatedTotal
  computedCents: number
  differenceCents: number
  matches: boolean
}

export interface LookThroughResult {
  /** Every position including cash and pending activity: what the broker's account total shows. */
  totalCents: number
  totalExCashCents: number
  cashCents: number
  directCents: number
  indirectCents: number
  exposureCents: number
  /** Shares of totalCents (0 when the total is 0). */
  directShare: number
  indirectShare: number
  exposureShare: number
  /** Largest effective value first. */
  rows: ExposureRow[]
  /** Securities found in the holdings data that do not hold the company. */
  checkedClean: number
  unresolved: UnresolvedPosition[]
  reconciliation: Reconciliation | null
  /** True when any exposure row rests on sample (illustrative) fund data. */
  usesSampleData: boolean
}

type Match = { kind: 'company' } | { kind: 'fund'; fund: Fund; weight: number }

/** A lookup from every identifier to what it names. Company identifiers win over fund ones. */
export function buildIndex(company: TargetCompany, funds: readonly Fund[]) {
  const byIsin = new Map<string, Match>()
  const byCusip = new Map<string, Match>()
  const byTicker = new Map<string, Match>()
  const byName = new Map<string, Match>()
  const set = (m: Map<string, Match>, k: string | null, v: Match) => {
    if (k && !m.has(k)) m.set(k, v)
  }
  const isCompany = (c: { ticker: string | null; isin: string | null; cusip: string | null; name: string }) =>
    (c.isin !== null && c.isin === company.isin) ||
    (c.cusip !== null && c.cusip === company.cusip) ||
    (c.ticker !== null && normalizeTicker(c.ticker) === normalizeTicker(company.ticker))
  const direct: Match = { kind: 'company' }
  set(byIsin, company.isin, direct)
  set(byCusip, company.cusip, direct)
  set(byTicker, normalizeTicker(company.ticker), direct)
  set(byName, normalizeName(company.name), direct)
  for (const fund of funds) {
    const weight = fund.constituents.filter(isCompany).reduce((s, c) => s + c.weight, 0)
    const m: Match = { kind: 'fund', fund, weight }
    fund.isins.forEach((k) => set(byIsin, k, m))
    fund.cusips.forEach((k) => set(byCusip, k, m))
    fund.tickers.forEach((k) => set(byTicker, normalizeTicker(k), m))
    ;[fund.name, ...fund.names].forEach((k) => set(byName, normalizeName(k), m))
  }
  return (p: Position): Match | null =>
    (p.isin && byIsin.get(p.isin)) ||
    (p.cusip && byCusip.get(p.cusip)) ||
    (p.ticker && byTicker.get(normalizeTicker(p.ticker))) ||
    (p.name && byName.get(normalizeName(p.name))) ||
    null
}

/** How the file names a position, for tables and messages. */
export function securityLabel(p: Position): string {
  return p.ticker ?? p.isin ?? p.cusip ?? p.name ?? `line ${p.line}`
}

/** Checks the file's own total against the sum of its positions; a cent's difference is a mismatch. */
export function reconcile(totalCents: number, stated: StatedTotal | null): Reconciliation | null {
  if (!stated) return null
  const differenceCents = totalCents - stated.cents
  return { stated, computedCents: totalCents, differenceCents, matches: Math.abs(differenceCents) <= 1 }
}

/**
 * Looks a portfolio through for `company`. Direct: positions in the company's own shares, at
 * their value. Indirect: positions in a fund or firm from the holdings data that holds the
 * company, at value × the company's weight in it. Securities found nowhere in the data are
 * listed as unresolved, never dropped.
 */
export function lookThrough(
  positions: readonly Position[],
  company: TargetCompany,
  funds: readonly Fund[],
  statedTotal: StatedTotal | null = null,
): LookThroughResult {
  const match = buildIndex(company, funds)
  let totalCents = 0
  let cashCents = 0
  let directCents = 0
  let indirectCents = 0
  let checkedClean = 0
  let usesSampleData = false
  const rows: ExposureRow[] = []
  const unresolved: UnresolvedPosition[] = []
  for (const p of positions) {
    if (p.valueCents !== null) totalCents += p.valueCents
    if (p.kind !== 'security') {
      cashCents += p.valueCents ?? 0
      continue
    }
    const m = match(p)
    const security = securityLabel(p)
    if (p.valueCents === null) {
      const what = m === null ? '' : m.kind === 'company' ? ` (${company.name} shares)` : ` (${m.fund.name})`
      unresolved.push({
        line: p.line,
        security,
        reason: `No market value or price in the file, only a quantity (${p.quantity ?? 0})${what}: it cannot be weighed.`,
      })
      continue
    }
    if (m === null) {
      unresolved.push({
        line: p.line,
        security,
        reason: 'Not in the holdings data: its exposure could not be looked through.',
      })
      continue
    }
    if (m.kind === 'company') {
      directCents += p.valueCents
      rows.push({
        line: p.line,
        security,
        route: 'direct',
        via: null,
        positionCents: p.valueCents,
        effectiveCents: p.valueCents,
        share: 0,
      })
      continue
    }
    if (m.weight <= 0) {
      checkedClean += 1
      continue
    }
    const effectiveCents = Math.round(p.valueCents * m.weight)
    indirectCents += effectiveCents
    if (m.fund.sample) usesSampleData = true
    rows.push({
      line: p.line,
      security,
      route: m.fund.kind,
      via: { fundId: m.fund.id, name: m.fund.name, weight: m.weight, sample: m.fund.sample },
      positionCents: p.valueCents,
      effectiveCents,
      share: 0,
    })
  }
  const share = (c: number) => (totalCents > 0 ? c / totalCents : 0)
  for (const r of rows) r.share = share(r.effectiveCents)
  rows.sort((a, b) => b.effectiveCents - a.effectiveCents || a.line - b.line)
  const exposureCents = directCents + indirectCents
  return {
    totalCents,
    totalExCashCents: totalCents - cashCents,
    cashCents,
    directCents,
    indirectCents,
    exposureCents,
    directShare: share(directCents),
    indirectShare: share(indirectCents),
    exposureShare: share(exposureCents),
    rows,
    checkedClean,
    unresolved,
    reconciliation: reconcile(totalCents, statedTotal),
    usesSampleData,
  }
}
