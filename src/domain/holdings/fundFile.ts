/**
 * A fund's holdings file, as its issuer publishes it on the fund's page (iShares' CSV with a
 * preamble and a disclaimer; European issuers' files with localised headers, decimal commas and
 * "%" signs; XLSX sheets read into rows elsewhere): the company's weight in the fund and the
 * file's "as of" date. Pure: rows of text in, the weight out.
 */
import { detectDecimalMark, parseAmount, type DecimalMark } from './amount'
import { isValidCusip, isValidIsin, namesCompany, normalizeName, normalizeTicker, restoreCusip } from './identifiers'
import type { TargetCompany } from './lookthrough'
import type { Position } from './parse'
import { plural } from '../format/format'

/** A fund file kept in the browser: only what the look-through needs, not the whole file. */
export interface FundWeightFile {
  /** One record per fund: a new file for the same fund replaces the old one. */
  id: string
  fileName: string
  fundName: string
  fundTicker: string | null
  /** ISO date the holdings are as of; '' when the file does not say. */
  asOf: string
  companyId: string
  /** The company's weight in the fund, 0..1 (0 when the file does not hold it: a known zero). */
  weight: number
  found: boolean
  /** How the company was found in the file: "ISIN US69608A1088", "ticker PLTR". */
  matchedBy: string | null
  holdingsCount: number
  /** Identifiers of the portfolio positions this file is used for. */
  appliesTo: { isins: string[]; cusips: string[]; tickers: string[]; names: string[] }
  /** ISO time the user added it (passed in, so this stays clock-free). */
  loadedAt: string
  /** For an XLSX, the sheet read. */
  sheet: string | null
  /**
   * What the person relying on the weight should know, kept with the file and named in the
   * briefing: the company's lines netted or counted as zero, lines naming the company that are not
   * its shares (a swap, a future), a file that could not be checked against its position. Files
   * saved before notes were kept have none.
   */
  notes?: string[]
}

/** What a holdings file says, before the user says which position it is for. */
export type FundFileRead =
  | {
      ok: true
      fundName: string
      /** False when the file does not name its fund and fundName is made from the file name. */
      fundNameStated: boolean
      /** The fund's ticker from the file's preamble ("Ticker Symbol:,SPY"), else from its file name. */
      fundTicker: string | null
      /** The fund's ISIN from the file's preamble ("ISIN:,IE00B6YX5C33"). */
      fundIsin: string | null
      asOf: string
      weight: number
      found: boolean
      matchedBy: string | null
      holdingsCount: number
      /** Cash and derivatives rows, counted apart (not holdings of a company). */
      cashRows: number
      headerLine: number
      /**
       * Sentences for the user about how the weight was read, to show and keep with it: a negative
       * weight for the company (a short position or a derivative), counted as zero or netted; lines
       * that name the company but are not its shares (a swap, a future, cash), left out of the
       * weight. Empty when there is nothing to say.
       */
      notes: string[]
    }
  | { ok: false; error: string }

const WEIGHT =
  /weight|gewicht|poids|pond[ée]ration|anteil|%\s*(?:of\s+)?(?:net\s+assets|fund|nav|portfolio)|%\s*netto|allocation|portfolio\s*%/i
const NAME =
  /^(?:name|issuer(?:\s+name)?|security(?:\s+name)?|holding(?:\s+name)?|description|bezeichnung|emittent|wertpapier|nom|titre|instrument|company|constituent)$/i
const TICKER = /^(?:ticker|symbol|ticker\s+symbol|issuer\s+ticker|code|kürzel)$/i
// Invesco's rows carry the fund's ticker too ("Fund Ticker", in some files also "Ticker"): the
// holding's own is "Holding Ticker", taken before any other.
const HOLDING_TICKER = /^holding\s+ticker$/i
const ISIN = /^isin(?:\s+code)?$/i
const CUSIP = /^cusip$/i
// SPDR's "Identifier" and Invesco's "Security Identifier": a CUSIP for US funds, else an ISIN,
// told apart by the value's shape.
const IDENTIFIER = /^(?:security\s+)?identifier$/i
const SEDOL = /^sedol$/i
// Every class-like column is read: iShares' newer layout has "Type" (STIF, EQUITY) before "Sector"
// and "Asset Class", and only the latter two say Cash or Money Market.
const CLASS = /asset\s*class|anlageklasse|sector|sektor|type|typ|classe|class\s+of\s+shares/i
const CASH = /\bcash\b|derivative|futures?|\bfx\b|forward|money\s*market|collateral|liquidit|devisen|barmittel|margin/i
// Cash tickers: SPDR's "CASH_USD", and "CASH" alone.
const CASH_TICKER = /^(?:CASH(?:[_\-\s]?[A-Z]{3})?|[A-Z]{3}[_\-\s]CASH)$/
// Currency codes as cash rows' tickers ("USD", "EUR"): cash only beside a cash or currency name,
// since some are also listed tickers (USD is a ProShares fund).
const CURRENCY_CODE =
  /^(?:USD|EUR|GBP|GBX|JPY|CHF|CAD|AUD|NZD|HKD|SGD|SEK|NOK|DKK|CNY|CNH|KRW|TWD|INR|BRL|MXN|ZAR|ILS|PLN|HUF|CZK|TRY)$/
const CURRENCY_NAME =
  /^(?:(?:us|u\.s\.|canadian|australian|new\s+zealand|hong\s+kong|singapore)\s+dollars?|euros?(?:\s+currency)?|japanese\s+yen|(?:british\s+)?pounds?(?:\s+sterling)?|swiss\s+francs?)$/i
// Money-market and cash funds held for cash, whatever their identifiers: BlackRock's XTSLA ("BLK CSH
// FND TREASURY SL AGENCY"), State Street's "…GOVERNMENT MONEY MARKET FUND".
const MONEY_MARKET = /money\s*market|\bcsh\b|\bcash\s+(?:funds?|management)\b|\bliquidity\s+funds?\b/i
// A cell holding an identifier, not a placeholder ("-", "N/A").
const AN_IDENTIFIER = /^[A-Z0-9]{6,12}$/i
// Columns of Invesco's rows: the fund's ticker and the date of the holdings, on every row.
const FUND_TICKER_COLUMN = /^fund\s+ticker$/i
const DATE_COLUMN = /^(?:as\s+of\s+)?date$/i
const AS_OF = /as\s+of|\bstand\b|\bper\b|\bau\b|holdings\s+as|\bdatum\b/i

// Labels of the two-cell "label, value" lines of a preamble (SPDR: "Fund Name:,SPDR® S&P 500® ETF
// Trust", "Ticker Symbol:,SPY", "Holdings:,As of 29-Nov-2024"), in English, German and French.
const FUND_NAME_LABEL =
  /^(?:fund(?:\s+name)?|name\s+of\s+(?:the\s+)?fund|product\s+name|fonds(?:name|bezeichnung)?|name\s+des\s+fonds|produktname|nom\s+du\s+(?:fonds|produit))$/i
const FUND_TICKER_LABEL =
  /^(?:(?:fund\s+|exchange\s+)?ticker(?:[\s-]*symbol)?|(?:trading\s+)?symbol|(?:börsen)?kürzel|(?:code\s+)?mnémonique)$/i
const FUND_ISIN_LABEL = /^(?:(?:fund\s+|share\s+class\s+)?isin(?:[\s-]*code)?|code\s+isin)$/i
const AS_OF_LABEL =
  /^(?:(?:holdings\s+)?as\s+of(?:\s+date)?|(?:as\s+of\s+|valuation\s+|holdings\s+|effective\s+)?date|holdings|stand|datum|stichtag|date\s+de\s+valorisation|en\s+date\s+du|au)$/i

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MONTHS_DE: Record<string, number> = { mär: 3, mai: 5, okt: 10, dez: 12 }

const iso = (y: number, m: number, d: number) =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null

/**
 * A date as issuers print it: "Nov 29, 2024", "29 Nov 2024", "29-Nov-2024", "29-Nov-24" (SPDR),
 * "29.11.2024", "2024-11-29", "11/29/2024". A two-digit year is in this century: holdings files
 * are recent.
 */
export function parseIssuerDate(text: string): string | null {
  const s = text.trim()
  let m = /(\d{4})-(\d{2})-(\d{2})/.exec(s)
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]))
  m = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(s)
  if (m) return iso(Number(m[3]), Number(m[2]), Number(m[1]))
  m = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(s)
  if (m) {
    const a = Number(m[1])
    const b = Number(m[2])
    return a > 12 ? iso(Number(m[3]), b, a) : iso(Number(m[3]), a, b)
  }
  const month = (w: string) => {
    const k = w.toLowerCase().slice(0, 3)
    const i = MONTHS.indexOf(k)
    return i >= 0 ? i + 1 : (MONTHS_DE[k] ?? 0)
  }
  m = /([A-Za-zä]{3,})\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(s)
  if (m && month(m[1] as string)) return iso(Number(m[3]), month(m[1] as string), Number(m[2]))
  m = /(\d{1,2})\.?\s+([A-Za-zä]{3,})\.?\s+(\d{4})/.exec(s)
  if (m && month(m[2] as string)) return iso(Number(m[3]), month(m[2] as string), Number(m[1]))
  m = /(?<!\d)(\d{1,2})-([A-Za-zä]{3,})\.?-(\d{4}|\d{2})(?!\d)/.exec(s)
  if (m && month(m[2] as string)) {
    const y = Number(m[3])
    return iso(y < 100 ? 2000 + y : y, month(m[2] as string), Number(m[1]))
  }
  return null
}

/** The fund's ticker from an issuer's file name: "IVV_holdings.csv" -> "IVV". */
export function tickerFromFileName(fileName: string): string | null {
  const m = /^([A-Z0-9]{2,6})[_\-\s](?:holdings|all[_-]?holdings|constituents|positions)/i.exec(fileName)
  return m?.[1] ? m[1].toUpperCase() : null
}

interface Columns {
  weight: number
  name: number
  ticker: number
  isin: number
  cusip: number
  /** An identifier column holding CUSIPs or ISINs (SPDR, Invesco). */
  id: number
  sedol: number
  /** Every class-like column (type, sector, asset class). */
  cls: number[]
  fundTicker: number
  date: number
}

function findColumns(cells: readonly string[]): Columns | null {
  const at = (re: RegExp) => cells.findIndex((c) => re.test(c.trim()))
  const weight = at(WEIGHT)
  const holdingTicker = at(HOLDING_TICKER)
  const cols = {
    weight,
    name: at(NAME),
    ticker: holdingTicker === -1 ? at(TICKER) : holdingTicker,
    isin: at(ISIN),
    cusip: at(CUSIP),
    id: at(IDENTIFIER),
    sedol: at(SEDOL),
    cls: cells.flatMap((c, i) => (CLASS.test(c.trim()) ? [i] : [])),
    fundTicker: at(FUND_TICKER_COLUMN),
    date: at(DATE_COLUMN),
  }
  // A SEDOL alone is no way to find the company (the data layer has none): not enough for a header.
  if (
    weight === -1 ||
    (cols.name === -1 && cols.ticker === -1 && cols.isin === -1 && cols.cusip === -1 && cols.id === -1)
  )
    return null
  return cols
}

const get = (row: readonly string[], i: number) => (i === -1 ? '' : (row[i] ?? '').trim())

/** A row's ISIN and CUSIP: from their own columns, else from an identifier column by the value's shape. */
function identifiersOf(row: readonly string[], cols: Columns): { isin: string; cusip: string } {
  const id = get(row, cols.id).toUpperCase()
  return {
    isin: get(row, cols.isin).toUpperCase() || (isValidIsin(id) ? id : ''),
    cusip: restoreCusip(get(row, cols.cusip).toUpperCase()) || (isValidCusip(id) ? id : ''),
  }
}

/**
 * Cash, money-market and derivatives rows: a class column says so (iShares' "Cash", "Money
 * Market", "Futures"); a cash ticker (SPDR's "CASH_USD"); a money-market fund's name (XTSLA); a
 * currency code as ticker beside a cash or currency name ("USD", "USD CASH"); or a cash or currency
 * name on a row with no identifier (a company called "… Cash …" has an ISIN or CUSIP).
 */
function isCashRow(row: readonly string[], cols: Columns): boolean {
  if (cols.cls.some((i) => CASH.test(get(row, i)))) return true
  const ticker = get(row, cols.ticker).toUpperCase()
  const name = get(row, cols.name)
  if (CASH_TICKER.test(ticker) || MONEY_MARKET.test(name)) return true
  const cashName = CASH.test(name) || CURRENCY_NAME.test(name)
  const identified = [cols.isin, cols.cusip, cols.id, cols.sedol].some((i) => AN_IDENTIFIER.test(get(row, i)))
  return cashName && (CURRENCY_CODE.test(ticker) || !identified)
}

/** The one value a column holds on every row that has one (Invesco's fund ticker and date), else null. */
function sameOnEveryRow(rows: readonly (readonly string[])[], i: number): string | null {
  if (i === -1) return null
  const values = new Set(rows.map((r) => get(r, i)).filter((v) => v !== ''))
  return values.size === 1 ? ([...values][0] as string) : null
}

/** The fund's ticker and "as of" date from columns every row carries (Invesco), for files without a preamble. */
function readRowFacts(rows: readonly (readonly string[])[], cols: Columns) {
  const t = sameOnEveryRow(rows, cols.fundTicker)
  const ticker = t === null ? null : normalizeTicker(t.toUpperCase())
  const date = sameOnEveryRow(rows, cols.date)
  return {
    ticker: ticker !== null && /^[A-Z0-9.\-/]{1,12}$/.test(ticker) ? ticker : null,
    asOf: (date === null ? null : parseIssuerDate(date)) ?? '',
  }
}

function weightOf(cell: string, mark: DecimalMark): number | null {
  const r = parseAmount(cell.replace(/%/g, ''), mark)
  return r.kind === 'number' ? r.value : null
}

/**
 * The decimal mark of the weight column. Where the digits leave it open ("4,950", "0,310": three
 * decimals look like a thousands group), a weight that starts "0," or "0." settles it (no
 * thousands group starts with a zero), and then the file's separator (a semicolon file comes from
 * a decimal-comma locale). Without a separator (a workbook), a dot.
 */
function weightDecimalMark(samples: readonly string[], delimiter: string | null): DecimalMark {
  const openToComma = detectDecimalMark(samples, ';')
  if (openToComma === detectDecimalMark(samples, ',')) return openToComma
  const comma = samples.some((s) => /^[-−]?0,\d/.test(s.trim()))
  const dot = samples.some((s) => /^[-−]?0\.\d/.test(s.trim()))
  if (comma !== dot) return comma ? ',' : '.'
  return delimiter === ';' ? ',' : '.'
}

/** A share as the refusal names it: 49.5 -> "4,950%", 0.0031 -> "0.31%". */
const asPercent = (share: number, digits = 2) =>
  `${(share * 100).toLocaleString('en-US', { maximumFractionDigits: digits })}%`

/**
 * What a negative weight for the company means, said rather than cut to zero in silence: a short
 * position or a derivative (a swap), counted as zero when the company's lines net below zero, else
 * netted against its long lines. Null when no line is negative.
 */
function negativeWeightNote(companyName: string, lines: readonly number[], net: number): string | null {
  if (!lines.some((w) => w < 0)) return null
  const listed = `The file lists ${companyName} at ${lines.map((w) => asPercent(w, 4)).join(' and ')} (a short position or derivative)`
  if (net > 0) return `${listed}: the net ${asPercent(net, 4)} is used.`
  return lines.length > 1 ? `${listed}: ${asPercent(net, 4)} net, counted as zero.` : `${listed}: counted as zero.`
}

/** Words too common in company names to tell one company by ("General" Dynamics, "International" Paper). */
/**
 * The lines naming the company that were not counted as its shares, with their weights: never
 * left out in silence, and not guessed at either (a swap, an option, or the shares under a name
 * the app did not recognise).
 */
function otherLinesNote(companyName: string, lines: readonly { label: string; share: number }[]): string | null {
  if (lines.length === 0) return null
  const one = lines.length === 1
  const shown = lines.slice(0, 3).map((l) => `“${l.label}” ${asPercent(l.share, 4)}`)
  const more = lines.length > 3 ? ` and ${plural(lines.length - 3, 'more line')}` : ''
  return `The file lists ${plural(lines.length, 'line')} naming ${companyName} that ${one ? 'was' : 'were'} not counted as its shares: ${shown.join('; ')}${more}. Check ${one ? 'it' : 'them'}: a derivative (a swap, future or option), cash, or the shares under a name this app did not recognise. The weight used leaves ${one ? 'it' : 'them'} out, so the fund’s exposure may differ.`
}

/** Why a weight column cannot be percentages of one fund: the refusal, naming what was read. */
function unreadableWeights(what: string, mark: DecimalMark): { ok: false; error: string } {
  return {
    ok: false,
    error: `The file’s weights could not be read as percentages of the fund: ${what}, more than the whole fund (reading “${mark}” as the decimal mark). Check that this is the issuer’s holdings file as downloaded; nothing you had was changed.`,
  }
}

/** A preamble line as a label and its value: two cells ("Fund Name:", "SPY…"), or one cell "Stand: 27.11.2026". */
function labelValue(cells: readonly string[]): { label: string; value: string } | null {
  if (cells.length === 2) return { label: (cells[0] as string).replace(/\s*:$/, ''), value: cells[1] as string }
  const m = cells.length === 1 ? /^([^:]{2,40}):\s*(\S.*)$/.exec(cells[0] as string) : null
  return m ? { label: (m[1] as string).trim(), value: m[2] as string } : null
}

/** What a holdings file's preamble says about its fund: name, ticker, ISIN and "as of" date. */
function readPreamble(rows: readonly (readonly string[])[]) {
  let asOf = ''
  let title = ''
  let name = ''
  let ticker: string | null = null
  let isin: string | null = null
  for (const r of rows) {
    const cells = r.map((c) => c.trim()).filter((c) => c !== '')
    if (cells.length === 0) continue
    const pair = labelValue(cells)
    if (pair && FUND_NAME_LABEL.test(pair.label)) {
      name ||= pair.value
      continue
    }
    if (pair && FUND_TICKER_LABEL.test(pair.label)) {
      const t = normalizeTicker(pair.value.toUpperCase())
      if (/^[A-Z0-9.\-/]{1,12}$/.test(t)) ticker ??= t
      continue
    }
    if (pair && FUND_ISIN_LABEL.test(pair.label)) {
      const i = pair.value.toUpperCase().replace(/\s+/g, '')
      if (isValidIsin(i)) isin ??= i
      continue
    }
    const labelled = pair && AS_OF_LABEL.test(pair.label) ? parseIssuerDate(pair.value) : null
    if (labelled) {
      asOf ||= labelled
      continue
    }
    const line = cells.join(' ')
    const date = parseIssuerDate(line)
    if (date && AS_OF.test(line) && !asOf) asOf = date
    else if (!title && cells.length === 1 && !date && /[a-z]/i.test(line)) title = line
  }
  return { asOf, name: name || title, ticker, isin }
}

/**
 * Reads a holdings file's rows: finds the header (a weight column and a name or identifier
 * column) below any preamble, reads the "as of" date and the fund's name, ticker and ISIN from the
 * preamble (else, as in Invesco's files, the fund ticker and date every row carries), and sums the
 * company's weight (by ISIN, CUSIP, ticker or name; share classes add up; an identifier column is
 * read as ISIN or CUSIP by the value's shape). Rows without a weight (disclaimers) end nothing and
 * count for nothing; cash, money-market and derivatives rows are counted apart. A file without the
 * company gives a weight of zero, found: false. A negative weight for the company (a short or a
 * swap) is counted as zero and said in `notes`, never cut in silence. Weights that
 * cannot be shares of one fund (one above 100%, or holdings adding up to more than 110%) refuse the
 * file rather than being cut to 100%. `delimiter` is the CSV's separator (null for a workbook): it
 * decides the decimal mark where the digits do not.
 */
export function readFundHoldings(
  rows: readonly (readonly string[])[],
  fileName: string,
  company: TargetCompany,
  delimiter: string | null = null,
): FundFileRead {
  const headerIndex = rows.slice(0, 80).findIndex((r) => findColumns(r) !== null)
  if (headerIndex === -1)
    return {
      ok: false,
      error:
        'This does not look like a fund holdings file: no row names a weight column (“Weight (%)”, “Gewichtung”, “% of net assets”) beside a name, ticker or ISIN column.',
    }
  const cols = findColumns(rows[headerIndex] as string[]) as Columns
  const preamble = readPreamble(rows.slice(0, headerIndex))
  const data = rows.slice(headerIndex + 1)
  const mark = weightDecimalMark(
    data.slice(0, 400).map((r) => get(r, cols.weight).replace(/%/g, '')),
    delimiter,
  )
  const header = (rows[headerIndex] as string[])[cols.weight] ?? ''
  let percent = /%/.test(header) || data.slice(0, 50).some((r) => get(r, cols.weight).includes('%'))
  const entries: { w: number; row: readonly string[]; line: number }[] = []
  let sum = 0
  let cashRows = 0
  const cashLines: { w: number; row: readonly string[]; line: number }[] = []
  for (const [i, r] of data.entries()) {
    const w = weightOf(get(r, cols.weight), mark)
    if (w === null) continue
    if (isCashRow(r, cols)) {
      cashRows += 1
      cashLines.push({ w, row: r, line: headerIndex + 2 + i })
      continue
    }
    entries.push({ w, row: r, line: headerIndex + 2 + i })
    sum += w
  }
  if (entries.length === 0) return { ok: false, error: 'The holdings file has a header but no holdings with a weight.' }
  if (!percent && sum > 1.5) percent = true
  const share = (w: number) => (percent ? w / 100 : w)
  const over = entries.find((e) => share(e.w) > 1)
  if (over)
    return unreadableWeights(
      `“${get(over.row, cols.weight)}” on line ${over.line} reads as ${asPercent(share(over.w))} of the fund`,
      mark,
    )
  // Some files list only part of the holdings, so a low sum is no error; cash and rounding can
  // take the holdings a little past 100%, never far.
  if (share(sum) > 1.1) return unreadableWeights(`its holdings add up to ${asPercent(share(sum))}`, mark)
  const ticker = normalizeTicker(company.ticker)
  const name = normalizeName(company.name)
  let weight = 0
  let matchedBy: string | null = null
  const lines: number[] = []
  const names = namesCompany(company)
  const others: { label: string; share: number; line: number }[] = []
  const otherLine = (w: number, row: readonly string[], line: number, ids: { isin: string; cusip: string }) => {
    const t = get(row, cols.ticker)
    const n = get(row, cols.name)
    if (names(ids, t, n)) others.push({ label: n || t || ids.isin || ids.cusip, share: share(w), line })
  }
  for (const { w, row, line } of cashLines) otherLine(w, row, line, identifiersOf(row, cols))
  for (const { w, row, line } of entries) {
    const { isin, cusip } = identifiersOf(row, cols)
    const t = get(row, cols.ticker)
    const n = get(row, cols.name)
    const by =
      company.isin && isin === company.isin
        ? `ISIN ${isin}`
        : company.cusip && cusip === company.cusip
          ? `CUSIP ${cusip}`
          : t && normalizeTicker(t) === ticker
            ? `ticker ${t}`
            : n && normalizeName(n) === name
              ? `name “${n}”`
              : null
    if (!by) {
      otherLine(w, row, line, { isin, cusip })
      continue
    }
    weight += w
    lines.push(share(w))
    matchedBy ??= by
  }
  if (share(weight) > 1)
    return unreadableWeights(`the company’s lines add up to ${asPercent(share(weight))} of the fund`, mark)
  const rowFacts = readRowFacts(
    data.filter((r) => weightOf(get(r, cols.weight), mark) !== null),
    cols,
  )
  // Rounded to 1e-10: issuers print weights to a few decimals, and binary division adds noise.
  const net = Math.round(share(weight) * 1e10) / 1e10
  const notes = [
    negativeWeightNote(company.name, lines, net),
    otherLinesNote(
      company.name,
      others.sort((a, b) => a.line - b.line),
    ),
  ].filter((n): n is string => n !== null)
  return {
    ok: true,
    fundName: preamble.name || fileName.replace(/\.[a-z]+$/i, ''),
    fundNameStated: preamble.name !== '',
    fundTicker: preamble.ticker ?? tickerFromFileName(fileName) ?? rowFacts.ticker,
    fundIsin: preamble.isin,
    asOf: preamble.asOf || rowFacts.asOf,
    // Never below zero: the look-through multiplies positions by it (a negative weight would net the
    // position's exposure away); `notes` says when the file's own figure was negative.
    weight: Math.max(0, net),
    found: matchedBy !== null,
    matchedBy,
    holdingsCount: entries.length,
    cashRows,
    headerLine: headerIndex + 1,
    notes,
  }
}

/** Whether a holdings file is the position's fund, as the page acts on it. */
export type FundFileCheck =
  /**
   * The file names another fund: refused with a sentence naming both. `otherClass` where the two
   * differ only by identifiers (ISIN, CUSIP, ticker), so the file may be another share class of the
   * position's fund (one portfolio, other fees) and the user may use it anyway
   * (`otherShareClassNote`); false where they are two issuers' funds.
   */
  | { ok: false; error: string; otherClass: boolean }
  /**
   * Added. `checkedBy` says what matched; null when nothing in the file could be compared with the
   * position, and then `note` says so, for the user to check it themselves.
   */
  | { ok: true; checkedBy: 'ISIN' | 'CUSIP' | 'ticker' | 'name' | null; note: string | null }

// Fund issuers as their funds' names and brokers' abbreviations write them, with former brands:
// two names of different issuers cannot be the same fund, whatever else their names say.
const ISSUERS: readonly RegExp[] = [
  /\b(?:ishares|ishs)\b/,
  /\b(?:vanguard|vang)\b/,
  /\b(?:spdr|ssga|state street)\b/,
  /\b(?:invesco|powershares)\b/,
  /\b(?:xtrackers|x trackers|db x)\b/,
  /\b(?:amundi|lyxor)\b/,
  /\bschwab\b/,
  /\bfidelity\b/,
  /\bwisdomtree\b/,
  /\b(?:vaneck|van eck)\b/,
  /\bproshares\b/,
  /\bdirexion\b/,
  /\bglobal x\b/,
  /\bfirst trust\b/,
]
const issuersOf = (normalizedName: string) => new Set(ISSUERS.flatMap((re, i) => (re.test(normalizedName) ? [i] : [])))

const fundLabel = (read: Extract<FundFileRead, { ok: true }>) => {
  const ids = [read.fundTicker, read.fundIsin && `ISIN ${read.fundIsin}`].filter((x): x is string => !!x)
  return `${read.fundName}${ids.length > 0 ? ` (${ids.join(', ')})` : ''}`
}

const positionLabel = (p: Position) => {
  const ids = [p.ticker, p.isin && `ISIN ${p.isin}`, !p.ticker && !p.isin && p.cusip && `CUSIP ${p.cusip}`].filter(
    (x): x is string => !!x,
  )
  if (ids.length === 0) return p.name ?? `the position on line ${p.line}`
  return `${ids.join(', ')}${p.name ? ` (${p.name})` : ''}`
}

/**
 * Whether a holdings file can be for this position, from what the file says of its fund (the
 * preamble's name, ticker and ISIN, else the ticker in its file name or its title) against the
 * position's identifiers. An ISIN decides first (another share class has other holdings files), then
 * a CUSIP against a US ISIN, then a ticker (unless the names agree: a fund trades under other tickers
 * on other exchanges), then names (equal, or of two different issuers). Where nothing can be
 * compared the file is kept, with a note that it was not checked.
 */
export function checkFundFile(read: Extract<FundFileRead, { ok: true }>, position: Position): FundFileCheck {
  const error = `This file is for ${fundLabel(read)}, not for ${positionLabel(position)}. Choose that fund’s own holdings file.`
  const checked = (by: 'ISIN' | 'CUSIP' | 'ticker' | 'name') => ({ ok: true, checkedBy: by, note: null }) as const
  const posIsin = position.isin?.toUpperCase() ?? null
  const posCusip = position.cusip?.toUpperCase() ?? null
  const posTicker = position.ticker ? normalizeTicker(position.ticker) : null
  const fileName = read.fundNameStated ? normalizeName(read.fundName) : ''
  const posName = position.name ? normalizeName(position.name) : ''
  const sameName = fileName !== '' && fileName === posName
  const a = issuersOf(fileName)
  const b = issuersOf(posName)
  const twoIssuers = a.size > 0 && b.size > 0 && ![...a].some((i) => b.has(i))
  const refused = { ok: false, error, otherClass: !twoIssuers } as const
  if (read.fundIsin && posIsin) return read.fundIsin === posIsin ? checked('ISIN') : refused
  if (read.fundIsin?.startsWith('US') && posCusip)
    return read.fundIsin.slice(2, 11) === posCusip ? checked('CUSIP') : refused
  if (read.fundTicker && posTicker)
    return read.fundTicker === posTicker ? checked('ticker') : sameName ? checked('name') : refused
  if (sameName) return checked('name')
  if (twoIssuers) return refused
  const why =
    !read.fundNameStated && !read.fundTicker && !read.fundIsin
      ? 'the file does not name its fund (no fund name, ticker or ISIN in it)'
      : !posIsin && !posCusip && !posTicker && !posName
        ? 'the position has no ticker, ISIN or name'
        : `the file names ${fundLabel(read)} and the position is ${positionLabel(position)}, with no ticker or ISIN on both sides to compare`
  return {
    ok: true,
    checkedBy: null,
    note: `Not checked: ${why}, so make sure this is the holdings file of ${positionLabel(position)}.`,
  }
}

/**
 * The note kept with a file the check refused and the user chose to use anyway, as another share
 * class of the position's fund: it stands beside the file and in the briefing.
 */
export function otherShareClassNote(read: Extract<FundFileRead, { ok: true }>, position: Position): string {
  return `Used for ${positionLabel(position)} although the file is for ${fundLabel(read)}: you said it is another share class of the same fund, with the same holdings. Check that the two classes hold one portfolio.`
}

/** The record kept for a file the user added for a position: it applies to every position in that fund. */
export function toFundWeightFile(
  read: Extract<FundFileRead, { ok: true }>,
  position: Position,
  meta: { fileName: string; companyId: string; loadedAt: string; sheet: string | null; checkNote?: string | null },
): FundWeightFile {
  const tickers = [position.ticker, read.fundTicker].filter((t): t is string => !!t)
  const isins = [position.isin, read.fundIsin].filter((i): i is string => !!i)
  return {
    id: `fund:${position.isin ?? position.cusip ?? (position.ticker ? normalizeTicker(position.ticker) : null) ?? normalizeName(position.name ?? read.fundName)}`,
    fileName: meta.fileName,
    fundName: read.fundName,
    fundTicker: read.fundTicker,
    asOf: read.asOf,
    companyId: meta.companyId,
    weight: read.weight,
    found: read.found,
    matchedBy: read.matchedBy,
    holdingsCount: read.holdingsCount,
    appliesTo: {
      isins: [...new Set(isins)],
      cusips: position.cusip ? [position.cusip] : [],
      tickers: [...new Set(tickers)],
      names: position.name ? [position.name] : [],
    },
    loadedAt: meta.loadedAt,
    sheet: meta.sheet,
    notes: meta.checkNote ? [...read.notes, meta.checkNote] : read.notes,
  }
}

/** Spreadsheet cells (numbers, dates, text) as the text rows readFundHoldings reads. */
export function cellsToText(rows: readonly (readonly unknown[])[]): string[][] {
  return rows.map((r) =>
    r.map((c) => {
      if (c === null || c === undefined) return ''
      if (c instanceof Date) return c.toISOString().slice(0, 10)
      return String(c)
    }),
  )
}

/**
 * The sheet of a workbook that holds the holdings: the one whose rows have a holdings header,
 * preferring one named like "Holdings"; null when none has.
 */
export function pickHoldingsSheet<T extends { sheet: string; rows: string[][] }>(sheets: readonly T[]): T | null {
  const withHeader = sheets.filter((s) => s.rows.slice(0, 80).some((r) => findColumns(r) !== null))
  return (
    withHeader.find((s) => /holding|bestand|position|constituent|portefeuille/i.test(s.sheet)) ?? withHeader[0] ?? null
  )
}

/** What a dropped file is, by its first bytes: an XLSX (zip), an encrypted or old-format workbook, or text. */
export function workbookKind(head: Uint8Array): 'xlsx' | 'encrypted-or-xls' | 'text' {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx'
  if (head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'encrypted-or-xls'
  return 'text'
}
