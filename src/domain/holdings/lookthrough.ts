/**
 * The look-through: a portfolio's exposure to one company, held directly (its own shares) and
 * indirectly (through funds that hold it), with the coverage (the share of the portfolio's value
 * whose exposure is known, as PACTA reports coverage), short positions kept apart, and firms that
 * hold the company listed as routes to engage, never as exposure. Pure; money in whole cents of
 * the account's currency; other currencies only through a rate the user gave.
 */
import type { Company } from '../company/schema'
import { positionKey, classFromType, type ClassSource, type PositionClass } from './classify'
import { convertCents, formatMoneyFromCents } from './currency'
import type { FundWeightFile } from './fundFile'
import { CompanyMentions, NameFilter, normalizeName, normalizeTicker } from './identifiers'
import type { LeftOutSecurity, Position, StatedTotal } from './parse'
import type { Fund } from './schema'
import { CLASSES_SHOWN, ShownClasses } from './shownClasses'

/** The company looked through for: its identifiers as the data layer gives them. */
export interface TargetCompany {
  id: string
  name: string
  ticker: string
  isin: string | null
  cusip: string | null
}

/** The company as the look-through needs it, from the data layer's record (no CUSIP is null). */
export function toTargetCompany(company: Company): TargetCompany {
  return {
    id: company.id,
    name: company.name,
    ticker: company.ticker,
    isin: company.isin,
    cusip: company.cusip ?? null,
  }
}

/** Where a fund's weight came from: the issuer's holdings file the user dropped, or the data layer. */
export interface Via {
  fundId: string
  name: string
  weight: number
  sample: boolean
  source: 'file' | 'data'
  asOf: string
}

/** One exposed position: direct, or through a fund at that fund's weight. */
export interface ExposureRow {
  line: number
  /** What the file calls the position: ticker, else ISIN, CUSIP or name. */
  security: string
  route: 'direct' | 'fund' | 'listed-firm'
  via: Via | null
  /** In the account's currency (converted with the user's rate where needed). Negative when short. */
  positionCents: number
  /** positionCents × weight, rounded to the cent (the position itself for direct holdings). */
  effectiveCents: number
  /** effectiveCents / the portfolio total including cash. */
  share: number
  short: boolean
}

/** A firm with holdings in the company: a route to engage, not exposure. */
export interface HolderRow {
  line: number
  security: string
  name: string
  positionCents: number
  /** The company's weight in the firm's holdings where the data has it (sample or not). */
  weight: number | null
  sample: boolean
}

/** A position the look-through could not weigh: no data on the security, no value, or no rate. */
export interface UnresolvedPosition {
  line: number
  security: string
  reason: string
}

/** The company's own shares whose size is not known: why, and whether they are held short (where the file says). */
export interface CompanyOfUnknownSize extends UnresolvedPosition {
  cause: 'no-value' | 'no-rate' | 'left-out'
  short: boolean
}

/** How each security was classed, for the user to check and correct. */
export interface ClassifiedPosition {
  key: string
  line: number
  security: string
  cls: PositionClass
  by: ClassSource
  valueCents: number | null
}

/**
 * The classes as the page shows them: a 100,000-security portfolio is summed up, not listed, so
 * the look-through does not build (and the worker does not send) a row per security.
 */
export interface ClassesSummary {
  /** Securities classed (every counted security position). */
  count: number
  /** True when any class is unknown: the table then opens by itself. */
  anyUnknown: boolean
  /** The first CLASSES_SHOWN in table order: unknown first, then by size of value, ties in file order. */
  shown: ClassifiedPosition[]
  /** Every security classed as a fund, in file order: the ones a fund holdings file can be added for. */
  funds: ClassifiedPosition[]
}

export interface Reconciliation {
  stated: StatedTotal
  computedCents: number
  differenceCents: number
  matches: boolean
}

export interface LookThroughOptions {
  /** The account's currency; amounts in others are converted with `rates` or left out. */
  currency?: string | null
  /** Account-currency units per one unit of each other currency, as the user entered them. */
  rates?: Readonly<Record<string, number>>
  /** The user's class choices, by positionKey. */
  classes?: Readonly<Record<string, PositionClass>>
  /** Issuers' holdings files the user dropped: real weights, used before the data layer's. */
  fundFiles?: readonly FundWeightFile[]
  /** Rows with problems the user left out: any that is the company's shares is exposure of unknown size. */
  leftOut?: readonly LeftOutSecurity[]
}

export interface LookThroughResult {
  currency: string | null
  /** Every counted position including cash and pending activity: what the broker's account total shows. */
  totalCents: number
  totalExCashCents: number
  cashCents: number
  directCents: number
  indirectCents: number
  /** Net exposure: long minus short. */
  exposureCents: number
  /** Gross exposure: long plus the size of short exposure. */
  grossExposureCents: number
  /** The short part of the exposure (zero or negative). */
  shortExposureCents: number
  /** Shares of totalCents (0 when the total is 0). */
  directShare: number
  indirectShare: number
  exposureShare: number
  grossExposureShare: number
  /** The share of the portfolio's value (absolute, so shorts count) whose exposure is known. */
  coverage: { coveredCents: number; consideredCents: number; share: number }
  /** Largest effective value first. */
  rows: ExposureRow[]
  holders: HolderRow[]
  classes: ClassesSummary
  /** Funds found in the holdings data or files that do not hold the company. */
  checkedClean: number
  /**
   * Funds whose holdings file gives the company's shares a weight of zero but has notes to read
   * (a netted short line, lines naming the company that are not counted as its shares): not called
   * clean.
   */
  checkedWithNotes: number
  /** Other operating companies: exposure known to be zero. */
  knownZero: number
  unresolved: UnresolvedPosition[]
  /** Positions identified as the company whose value the file does not give: exposure of unknown size. */
  companyWithoutValue: CompanyOfUnknownSize[]
  /** Currencies with positions but no rate: those positions are left out of every sum. */
  missingRates: string[]
  reconciliation: Reconciliation | null
  /** True when any exposure row rests on sample (illustrative) fund data. */
  usesSampleData: boolean
  /** The holdings files whose weights were used, with their dates. */
  fundFilesUsed: FundWeightFile[]
}

type Match =
  { kind: 'company' } | { kind: 'fund'; fundKind: 'fund' | 'listed-firm'; via: Via; file: FundWeightFile | null }

/**
 * A lookup from every identifier to what it names. Company identifiers win over fund files, fund
 * files over the data layer. A class: the look-through calls the same `match` for every portfolio.
 */
class IdentifierIndex {
  private readonly byIsin = new Map<string, Match>()
  private readonly byCusip = new Map<string, Match>()
  private readonly byTicker = new Map<string, Match>()
  private readonly byName = new Map<string, Match>()
  private readonly mayName: NameFilter

  constructor(company: TargetCompany, funds: readonly Fund[], files: readonly FundWeightFile[]) {
    const { byIsin, byCusip, byTicker, byName } = this
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
    const add = (ids: { isins: string[]; cusips: string[]; tickers: string[]; names: string[] }, m: Match) => {
      ids.isins.forEach((k) => set(byIsin, k, m))
      ids.cusips.forEach((k) => set(byCusip, k, m))
      ids.tickers.forEach((k) => set(byTicker, normalizeTicker(k), m))
      ids.names.forEach((k) => set(byName, normalizeName(k), m))
    }
    for (const file of files) {
      if (file.companyId !== company.id) continue
      const via: Via = {
        fundId: file.id,
        name: file.fundName,
        weight: file.weight,
        sample: false,
        source: 'file',
        asOf: file.asOf,
      }
      add(file.appliesTo, { kind: 'fund', fundKind: 'fund', via, file })
    }
    for (const fund of funds) {
      const weight = fund.constituents.filter(isCompany).reduce((s, c) => s + c.weight, 0)
      const via: Via = {
        fundId: fund.id,
        name: fund.name,
        weight,
        sample: fund.sample,
        source: 'data',
        asOf: fund.asOf,
      }
      add({ ...fund, names: [fund.name, ...fund.names] }, { kind: 'fund', fundKind: fund.kind, via, file: null })
    }
    this.mayName = new NameFilter(byName.keys())
  }

  match(p: Position): Match | null {
    return (
      (p.isin && this.byIsin.get(p.isin)) ||
      (p.cusip && this.byCusip.get(p.cusip)) ||
      (p.ticker && this.byTicker.get(normalizeTicker(p.ticker))) ||
      (p.name && this.mayName.test(p.name) && this.byName.get(normalizeName(p.name))) ||
      null
    )
  }
}

/** A left-out row as a position without amounts, to be matched like one. */
function leftOutPosition({ line, ticker, isin, cusip, name }: LeftOutSecurity): Position {
  return {
    line,
    kind: 'security',
    ticker,
    isin,
    cusip,
    name,
    quantity: null,
    valueCents: null,
    currency: null,
    securityType: null,
  }
}

/**
 * The left-out rows that name the company's own shares (by ISIN, CUSIP, ticker or name): all the
 * look-through needs of them, so a file with 90,000 broken rows does not carry (or save) them all.
 */
export function leftOutOfCompany(leftOut: readonly LeftOutSecurity[], company: TargetCompany): LeftOutSecurity[] {
  if (leftOut.length === 0) return []
  const index = new IdentifierIndex(company, [], [])
  return leftOut.filter((l) => index.match(leftOutPosition(l))?.kind === 'company')
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

type Classed = Readonly<{ cls: PositionClass; by: ClassSource }>

/** Every class a position can get, with where it came from: made once, not once per position. */
const CLASSED = new Map<string, Classed>()
function classed(cls: PositionClass, by: ClassSource): Classed {
  const key = `${cls} ${by}`
  let c = CLASSED.get(key)
  if (!c) CLASSED.set(key, (c = Object.freeze({ cls, by })))
  return c
}
const BY_TYPE = { fund: classed('fund', 'type-column'), 'other-company': classed('other-company', 'type-column') }
const COMPANY_BY_DATA = classed('company', 'data')
const UNKNOWN = classed('unknown', 'none')

function classOf(m: Match | null, user: PositionClass | undefined, type: string | null, types: TypeClasses): Classed {
  if (user) return classed(user, 'user')
  if (m?.kind === 'company') return COMPANY_BY_DATA
  if (m?.kind === 'fund')
    return classed(m.fundKind === 'fund' ? 'fund' : 'holder', m.via.source === 'file' ? 'fund-file' : 'data')
  const t = types.of(type)
  return t ? BY_TYPE[t] : UNKNOWN
}

/**
 * Looks a portfolio through for `company`. Direct: positions in the company's own shares, at
 * their value. Indirect: positions in a fund that holds the company, at value × the company's
 * weight in it (from the fund's own holdings file where the user gave one, else the data layer).
 * Firms holding the company are routes to engage, not exposure. Other operating companies are a
 * known zero. Anything else is listed as unresolved, never counted as zero.
 */
export function lookThrough(
  positions: readonly Position[],
  company: TargetCompany,
  funds: readonly Fund[],
  statedTotal: StatedTotal | null = null,
  options: LookThroughOptions = {},
): LookThroughResult {
  const look = lookThroughStream(company, funds, options)
  look.add(positions)
  return look.finish(statedTotal)
}

/**
 * The look-through one batch of positions at a time, in file order: `finish` gives what
 * lookThrough gives for all of them (lookThrough is this, with one batch). A worker looks each
 * batch through as it is read, so that it need not keep 100,000 positions until the end.
 */
export interface LookThroughStream {
  add(positions: readonly Position[]): void
  /**
   * The result; once only (it sorts and completes the exposure rows in place). `leftOut`, where the
   * rows left out are known only at the end, stands for the option of that name.
   */
  finish(statedTotal: StatedTotal | null, leftOut?: readonly LeftOutSecurity[]): LookThroughResult
}

export function lookThroughStream(
  company: TargetCompany,
  funds: readonly Fund[],
  options: LookThroughOptions = {},
): LookThroughStream {
  return new LookThroughAccumulator(company, funds, options)
}

/**
 * A file has a handful of security types ("Stock", "ETF"): each is read once, not once per row.
 */
class TypeClasses {
  private readonly byType = new Map<string | null, ReturnType<typeof classFromType>>()

  of(type: string | null): ReturnType<typeof classFromType> {
    let c = this.byType.get(type)
    if (c === undefined) this.byType.set(type, (c = classFromType(type)))
    return c
  }
}

/**
 * The stream's state and steps. A class, not closures made per portfolio: the page looks every
 * file through with the same functions, so the code optimised for one file is kept for the next
 * (a closure made anew is another call target, and that code was thrown away).
 */
class LookThroughAccumulator implements LookThroughStream {
  private readonly currency: string | null
  private readonly rates: Readonly<Record<string, number>>
  private readonly userClasses: Readonly<Record<string, PositionClass>>
  private readonly index: IdentifierIndex
  private readonly mentions: CompanyMentions
  private totalCents = 0
  private cashCents = 0
  private directCents = 0
  private indirectCents = 0
  private coveredCents = 0
  private consideredCents = 0
  private checkedClean = 0
  private checkedWithNotes = 0
  private knownZero = 0
  private usesSampleData = false
  private readonly rows: ExposureRow[] = []
  private readonly holders: HolderRow[] = []
  private readonly shown = new ShownClasses(CLASSES_SHOWN)
  private readonly classedFunds: ClassifiedPosition[] = []
  /** The user's choices are looked up by key; without any, the key is built only for rows kept. */
  private readonly anyUserClass: boolean
  private readonly types = new TypeClasses()
  private readonly unresolved: UnresolvedPosition[] = []
  private readonly companyWithoutValue: CompanyOfUnknownSize[] = []
  private readonly missingRates = new Set<string>()
  private readonly filesUsed = new Set<FundWeightFile>()

  constructor(
    private readonly company: TargetCompany,
    funds: readonly Fund[],
    private readonly options: LookThroughOptions,
  ) {
    this.currency = options.currency ?? null
    this.rates = options.rates ?? {}
    this.userClasses = options.classes ?? {}
    this.index = new IdentifierIndex(company, funds, options.fundFiles ?? [])
    this.mentions = new CompanyMentions(company)
    this.anyUserClass = Object.keys(this.userClasses).length > 0
  }

  /** The position is the company's own shares, by the data or by the user's own class. */
  private isCompany(p: Position): boolean {
    const chosen = this.anyUserClass ? this.userClasses[positionKey(p)] : undefined
    return chosen ? chosen === 'company' : this.index.match(p)?.kind === 'company'
  }

  add(batch: readonly Position[]): void {
    for (const p of batch) this.addOne(p)
  }

  private addOne(p: Position): void {
    const security = securityLabel(p)
    const v = p.valueCents === null ? null : convertCents(p.valueCents, p.currency, this.currency, this.rates)
    if (p.valueCents !== null && v === null) {
      // Pence are asked for as a pound rate (convertCents takes it): a rate per penny is easy to get 100 times wrong.
      this.missingRates.add(p.currency === 'GBX' ? 'GBP' : (p.currency ?? ''))
      const amount = `In ${p.currency ?? '?'} (${formatMoneyFromCents(p.valueCents, p.currency)})`
      const until = this.currency ? `no rate to ${this.currency} given` : 'the account currency is not chosen'
      // The company's own shares stay exposure, of a size not yet known: never a silent zero.
      if (p.kind === 'security' && this.isCompany(p)) {
        this.companyWithoutValue.push({
          line: p.line,
          security,
          reason: `${this.company.name} shares. ${amount}; ${until}: exposure of unknown size until ${this.currency ? 'you give the rate' : 'you choose the account currency and give the rate'}.`,
          cause: 'no-rate',
          short: p.valueCents < 0,
        })
        return
      }
      this.unresolved.push({ line: p.line, security, reason: `${amount}; ${until}, so it is left out of every sum.` })
      return
    }
    if (v !== null) {
      this.totalCents += v
      this.consideredCents += Math.abs(v)
    }
    if (p.kind !== 'security') {
      this.cashCents += v ?? 0
      this.coveredCents += Math.abs(v ?? 0)
      return
    }
    const m = this.index.match(p)
    const userKey = this.anyUserClass ? positionKey(p) : null
    const classedAs = classOf(m, userKey === null ? undefined : this.userClasses[userKey], p.securityType, this.types)
    // A line typed as shares that names the company without being its shares (a preferred share,
    // an option, a bond): not another company's shares, so never a known zero.
    const otherOfCompany =
      ((classedAs.by === 'type-column' && classedAs.cls === 'other-company') || classedAs.cls === 'unknown') &&
      this.mentions.test(p)
    const { cls, by } = otherOfCompany ? UNKNOWN : classedAs
    // The row is built only where it is kept: no closure per security (100,000 of them, with
    // their contexts, were 13 MB of the 131 MB a 100,000-row job allocated).
    const kept = this.shown.note(cls, v)
    if (kept || cls === 'fund') {
      const row: ClassifiedPosition = { key: userKey ?? positionKey(p), line: p.line, security, cls, by, valueCents: v }
      if (kept) this.shown.place(cls, v, row)
      if (cls === 'fund') this.classedFunds.push({ ...row })
    }
    if (v === null) {
      if (cls === 'company') {
        this.companyWithoutValue.push({
          line: p.line,
          security,
          reason: `${this.company.name} shares (quantity ${p.quantity ?? '?'}) without a usable value: exposure of unknown size. Map the value column, or a price column, to weigh it.`,
          cause: 'no-value',
          short: (p.quantity ?? 0) < 0,
        })
        return
      }
      const what = m?.kind === 'fund' ? ` (${m.via.name})` : ''
      this.unresolved.push({
        line: p.line,
        security,
        reason: `No market value or price in the file, only a quantity (${p.quantity ?? 0})${what}: it cannot be weighed.`,
      })
      return
    }
    const short = v < 0
    if (cls === 'company') {
      this.directCents += v
      this.coveredCents += Math.abs(v)
      this.rows.push({
        line: p.line,
        security,
        route: 'direct',
        via: null,
        positionCents: v,
        effectiveCents: v,
        share: 0,
        short,
      })
      return
    }
    if (cls === 'other-company') {
      this.knownZero += 1
      this.coveredCents += Math.abs(v)
      return
    }
    if (cls === 'holder') {
      this.coveredCents += Math.abs(v)
      const via = m?.kind === 'fund' ? m.via : null
      if (via?.sample) this.usesSampleData = true
      this.holders.push({
        line: p.line,
        security,
        name: via?.name ?? p.name ?? security,
        positionCents: v,
        weight: via?.weight ?? null,
        sample: via?.sample ?? false,
      })
      return
    }
    if (cls === 'fund' && m?.kind === 'fund') {
      this.coveredCents += Math.abs(v)
      if (m.file) this.filesUsed.add(m.file)
      if (m.via.weight <= 0) {
        if (m.file?.notes?.length) this.checkedWithNotes += 1
        else this.checkedClean += 1
        return
      }
      const effectiveCents = Math.round(v * m.via.weight)
      this.indirectCents += effectiveCents
      if (m.via.sample) this.usesSampleData = true
      this.rows.push({
        line: p.line,
        security,
        route: 'fund',
        via: m.via,
        positionCents: v,
        effectiveCents,
        share: 0,
        short,
      })
      return
    }
    this.unresolved.push({
      line: p.line,
      security,
      reason:
        cls === 'fund'
          ? 'A fund with no holdings data: add the fund’s holdings file (from its issuer’s website) to look it through.'
          : otherOfCompany
            ? `Names ${this.company.name} but is not recognised as its shares (${p.securityType ? `the file calls it “${p.securityType}”` : 'the file gives no type'}): a preferred share, an option or a bond of the company is neither its shares nor a known zero. Choose what it is below.`
            : p.securityType
              ? `Not in the holdings data, and the file’s type “${p.securityType}” does not say whether it is a fund or a company’s shares: choose what it is below.`
              : 'Not in the holdings data, and the file gives no security type that tells a fund from a company’s shares: choose what it is below.',
    })
  }

  finish(
    statedTotal: StatedTotal | null,
    leftOut: readonly LeftOutSecurity[] = this.options.leftOut ?? [],
  ): LookThroughResult {
    for (const l of leftOut) {
      const p = leftOutPosition(l)
      if (this.isCompany(p))
        this.companyWithoutValue.push({
          line: l.line,
          security: securityLabel(p),
          reason: `${this.company.name} shares on a row left out for a problem (${l.problem}): exposure of unknown size. Correct the row in the file and load it again to weigh it.`,
          cause: 'left-out',
          short: false,
        })
    }
    this.companyWithoutValue.sort((a, b) => a.line - b.line)
    const share = (c: number) => (this.totalCents > 0 ? c / this.totalCents : 0)
    for (const r of this.rows) r.share = share(r.effectiveCents)
    this.rows.sort((a, b) => b.effectiveCents - a.effectiveCents || a.line - b.line)
    const exposureCents = this.directCents + this.indirectCents
    let grossExposureCents = 0
    let shortExposureCents = 0
    for (const r of this.rows) {
      grossExposureCents += Math.abs(r.effectiveCents)
      if (r.effectiveCents < 0) shortExposureCents += r.effectiveCents
    }
    return {
      currency: this.currency,
      totalCents: this.totalCents,
      totalExCashCents: this.totalCents - this.cashCents,
      cashCents: this.cashCents,
      directCents: this.directCents,
      indirectCents: this.indirectCents,
      exposureCents,
      grossExposureCents,
      shortExposureCents,
      directShare: share(this.directCents),
      indirectShare: share(this.indirectCents),
      exposureShare: share(exposureCents),
      grossExposureShare: share(grossExposureCents),
      coverage: {
        coveredCents: this.coveredCents,
        consideredCents: this.consideredCents,
        share: this.consideredCents > 0 ? this.coveredCents / this.consideredCents : 0,
      },
      rows: this.rows,
      holders: this.holders,
      classes: { ...this.shown.result(), funds: this.classedFunds },
      checkedClean: this.checkedClean,
      checkedWithNotes: this.checkedWithNotes,
      knownZero: this.knownZero,
      unresolved: this.unresolved,
      companyWithoutValue: this.companyWithoutValue,
      missingRates: [...this.missingRates].sort(),
      reconciliation: reconcile(this.totalCents, statedTotal),
      usesSampleData: this.usesSampleData,
      fundFilesUsed: [...this.filesUsed],
    }
  }
}
