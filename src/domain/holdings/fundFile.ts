/**
 * A fund's holdings file, as its issuer publishes it on the fund's page (iShares' CSV with a
 * preamble and a disclaimer; European issuers' files with localised headers, decimal commas and
 * "%" signs; XLSX sheets read into rows elsewhere): the company's weight in the fund and the
 * file's "as of" date. Pure: rows of text in, the weight out.
 */
import { detectDecimalMark, parseAmount, type DecimalMark } from './amount'
import { normalizeName, normalizeTicker } from './identifiers'
import type { TargetCompany } from './lookthrough'
import type { Position } from './parse'

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
}

/** What a holdings file says, before the user says which position it is for. */
export type FundFileRead =
  | {
      ok: true
      fundName: string
      fundTicker: string | null
      asOf: string
      weight: number
      found: boolean
      matchedBy: string | null
      holdingsCount: number
      /** Cash and derivatives rows, counted apart (not holdings of a company). */
      cashRows: number
      headerLine: number
    }
  | { ok: false; error: string }

const WEIGHT =
  /weight|gewicht|poids|pond[ée]ration|anteil|%\s*(?:of\s+)?(?:net\s+assets|fund|nav|portfolio)|%\s*netto|allocation|portfolio\s*%/i
const NAME =
  /^(?:name|issuer(?:\s+name)?|security(?:\s+name)?|holding(?:\s+name)?|description|bezeichnung|emittent|wertpapier|nom|titre|instrument|company|constituent)$/i
const TICKER = /^(?:ticker|symbol|ticker\s+symbol|issuer\s+ticker|code|kürzel)$/i
const ISIN = /^isin(?:\s+code)?$/i
const CUSIP = /^cusip$/i
const CLASS = /asset\s*class|anlageklasse|sector|sektor|type|typ|classe/i
const CASH = /\bcash\b|derivative|futures?|\bfx\b|forward|money\s*market|collateral|liquidit|devisen|barmittel|margin/i
const AS_OF = /as\s+of|\bstand\b|\bper\b|\bau\b|holdings\s+as|\bdatum\b/i

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
const MONTHS_DE: Record<string, number> = { mär: 3, mai: 5, okt: 10, dez: 12 }

const iso = (y: number, m: number, d: number) =>
  m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` : null

/** A date as issuers print it: "Nov 29, 2024", "29 Nov 2024", "29.11.2024", "2024-11-29", "11/29/2024". */
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
  cls: number
}

function findColumns(cells: readonly string[]): Columns | null {
  const at = (re: RegExp) => cells.findIndex((c) => re.test(c.trim()))
  const weight = at(WEIGHT)
  const cols = { weight, name: at(NAME), ticker: at(TICKER), isin: at(ISIN), cusip: at(CUSIP), cls: at(CLASS) }
  if (weight === -1 || (cols.name === -1 && cols.ticker === -1 && cols.isin === -1 && cols.cusip === -1)) return null
  return cols
}

const get = (row: readonly string[], i: number) => (i === -1 ? '' : (row[i] ?? '').trim())

function weightOf(cell: string, mark: DecimalMark): number | null {
  const r = parseAmount(cell.replace(/%/g, ''), mark)
  return r.kind === 'number' ? r.value : null
}

/**
 * Reads a holdings file's rows: finds the header (a weight column and a name or identifier
 * column) below any preamble, reads the "as of" date and the fund's name from the preamble, and
 * sums the company's weight (by ISIN, CUSIP, ticker or name; share classes add up). Rows without
 * a weight (disclaimers) end nothing and count for nothing; cash and derivatives rows are counted
 * apart. A file without the company gives a weight of zero, found: false.
 */
export function readFundHoldings(
  rows: readonly (readonly string[])[],
  fileName: string,
  company: TargetCompany,
): FundFileRead {
  const headerIndex = rows.slice(0, 80).findIndex((r) => findColumns(r) !== null)
  if (headerIndex === -1)
    return {
      ok: false,
      error:
        'This does not look like a fund holdings file: no row names a weight column (“Weight (%)”, “Gewichtung”, “% of net assets”) beside a name, ticker or ISIN column.',
    }
  const cols = findColumns(rows[headerIndex] as string[]) as Columns
  let asOf = ''
  let fundName = ''
  for (const r of rows.slice(0, headerIndex)) {
    const cells = r.map((c) => c.trim()).filter((c) => c !== '')
    if (cells.length === 0) continue
    const line = cells.join(' ')
    const date = parseIssuerDate(line)
    if (date && AS_OF.test(line) && !asOf) asOf = date
    else if (!fundName && cells.length === 1 && !date && /[a-z]/i.test(line)) fundName = line
  }
  const data = rows.slice(headerIndex + 1)
  const mark = detectDecimalMark(
    data.slice(0, 400).map((r) => get(r, cols.weight).replace(/%/g, '')),
    ',',
  )
  const header = (rows[headerIndex] as string[])[cols.weight] ?? ''
  let percent = /%/.test(header) || data.slice(0, 50).some((r) => get(r, cols.weight).includes('%'))
  const entries: { w: number; row: readonly string[] }[] = []
  let sum = 0
  let cashRows = 0
  for (const r of data) {
    const w = weightOf(get(r, cols.weight), mark)
    if (w === null) continue
    if (CASH.test(get(r, cols.cls)) || (get(r, cols.isin) === '' && CASH.test(get(r, cols.name)))) {
      cashRows += 1
      continue
    }
    entries.push({ w, row: r })
    sum += w
  }
  if (entries.length === 0) return { ok: false, error: 'The holdings file has a header but no holdings with a weight.' }
  if (!percent && sum > 1.5) percent = true
  const ticker = normalizeTicker(company.ticker)
  const name = normalizeName(company.name)
  let weight = 0
  let matchedBy: string | null = null
  for (const { w, row } of entries) {
    const isin = get(row, cols.isin).toUpperCase()
    const cusip = get(row, cols.cusip).toUpperCase()
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
    if (!by) continue
    weight += w
    matchedBy ??= by
  }
  const fundTicker = tickerFromFileName(fileName)
  return {
    ok: true,
    fundName: fundName || fileName.replace(/\.[a-z]+$/i, ''),
    fundTicker,
    asOf,
    // Rounded to 1e-10: issuers print weights to a few decimals, and binary division adds noise.
    weight: Math.round(Math.min(1, Math.max(0, percent ? weight / 100 : weight)) * 1e10) / 1e10,
    found: matchedBy !== null,
    matchedBy,
    holdingsCount: entries.length,
    cashRows,
    headerLine: headerIndex + 1,
  }
}

/**
 * Whether a holdings file can be for this position: refused when the file names a fund (by the
 * ticker in its file name, or its title) that the position plainly is not. Null when it fits or
 * the file does not say.
 */
export function fundFileMismatch(read: Extract<FundFileRead, { ok: true }>, position: Position): string | null {
  const pos = position.ticker ? normalizeTicker(position.ticker) : null
  if (read.fundTicker && pos && read.fundTicker !== pos) {
    const posName = position.name ? normalizeName(position.name) : ''
    if (!posName || normalizeName(read.fundName) !== posName)
      return `This file is for ${read.fundName} (${read.fundTicker}), not for ${position.ticker}${position.name ? ` (${position.name})` : ''}. Choose that fund’s own holdings file.`
  }
  return null
}

/** The record kept for a file the user added for a position: it applies to every position in that fund. */
export function toFundWeightFile(
  read: Extract<FundFileRead, { ok: true }>,
  position: Position,
  meta: { fileName: string; companyId: string; loadedAt: string; sheet: string | null },
): FundWeightFile {
  const tickers = [position.ticker, read.fundTicker].filter((t): t is string => !!t)
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
      isins: position.isin ? [position.isin] : [],
      cusips: position.cusip ? [position.cusip] : [],
      tickers: [...new Set(tickers)],
      names: position.name ? [position.name] : [],
    },
    loadedAt: meta.loadedAt,
    sheet: meta.sheet,
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
