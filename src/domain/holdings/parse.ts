/**
 * Parses a portfolio export into positions: what was counted, what was skipped and why, and
 * what was wrong (named by line and column), so that nothing is dropped silently.
 */
import { detectDecimalMark, parseAmount, toCents, type DecimalMark } from './amount'
import {
  findHeaderRow,
  guessHeaderRow,
  mapHeader,
  missingFields,
  type ColumnField,
  type ColumnMapping,
} from './columns'
import { detectDelimiter, parseCsv, stripBom, type CsvRow, type Delimiter } from './csv'
import { isValidCusip, isValidIsin } from './identifiers'

/** security: a holding; cash: cash and money-market sweep; pending: unsettled activity the broker counts in its total. */
export type PositionKind = 'security' | 'cash' | 'pending'

/** One counted row of the file. Money is in whole cents so that sums are exact. */
export interface Position {
  line: number
  kind: PositionKind
  ticker: string | null
  isin: string | null
  cusip: string | null
  name: string | null
  quantity: number | null
  /** null when the row has a quantity but neither a value nor a price. */
  valueCents: number | null
}

/** A row that was recognised and deliberately not counted as a position. */
export interface SkippedRow {
  line: number
  reason: string
  text: string
}

/** A row that is wrong: it is left out unless the user chooses to continue with the valid rows. */
export interface RowProblem {
  line: number
  column: string | null
  message: string
}

/** A total the file states about itself: the app checks its own sum against it. */
export interface StatedTotal {
  line: number
  label: string
  cents: number
}

export interface ParsedPortfolio {
  delimiter: Delimiter
  decimalMark: DecimalMark
  /** 1-based line of the header row. */
  headerLine: number
  headers: string[]
  mapping: ColumnMapping
  /** True when the mapping came from the header names, false when the user set it. */
  autoMapped: boolean
  positions: Position[]
  skipped: SkippedRow[]
  problems: RowProblem[]
  statedTotal: StatedTotal | null
}

/** Why a file could not be read at all; `needsMapping` files can be read once the user maps columns. */
export interface ParseFailure {
  error: string
  /** Present when the user can fix it by mapping columns by hand. */
  needsMapping?: { headerLine: number; headers: string[]; mapping: ColumnMapping }
}

export type ParseOutcome = { ok: true; portfolio: ParsedPortfolio } | ({ ok: false } & ParseFailure)

export interface ParseOptions {
  /** The user's own mapping, with the header line it applies to. */
  manual?: { headerLine: number; mapping: ColumnMapping }
}

/** A value beyond this is a typo or a unit error, not a position (the largest funds hold ~$1T). */
export const MAX_POSITION_CENTS = 100_000_000_000_000 // $1 trillion
export const MAX_QUANTITY = 100_000_000_000

const TOTAL =
  /^(?:grand\s+|account\s+|portfolio\s+|overall\s+)?totals?\b|\btotals?\s*:?$|^sub-?totals?\b|^summe\b|^gesamt/i
const SUBTOTAL =
  /sub-?total|^total\s+(?:stocks?|equities|funds?|etfs?|bonds?|fixed|options?|mutual|cash|securities|holdings?|long|short)/i
const GRAND_TOTAL = /grand\s+total|portfolio\s+total|total\s+portfolio|overall\s+total/i
const PENDING = /^pending\b|pending activity|unsettled/i
const CASH_TICKER = /\*\*$|^(?:cash|usd|eur|gbp|core|sweep|mmda|fcash)\b/i
const CASH_NAME =
  /^cash\b|cash\s*(?:&|and)\s*(?:cash\s+)?(?:investments|equivalents|sweep)|money\s*market|core\s+position|\bsweep\b|bank\s+deposit|^cash balance|^settled cash|^uninvested/i
const CASH_TYPE = /cash|money\s*market|^mmf$/i

function field(fields: string[], i: number | null): string {
  if (i === null) return ''
  return fields[i] ?? ''
}

function describe(fields: string[]): string {
  return fields
    .filter((f) => f !== '')
    .join(' | ')
    .slice(0, 160)
}

/** Where ticker holds an ISIN or CUSIP (bond and fund rows often do), treat it as one. */
function identifiers(fields: string[], m: ColumnMapping) {
  let ticker = field(fields, m.ticker).toUpperCase() || null
  let isin = field(fields, m.isin).toUpperCase().replace(/\s/g, '') || null
  let cusip = field(fields, m.cusip).toUpperCase().replace(/\s/g, '') || null
  if (ticker && !isin && ticker.length === 12 && isValidIsin(ticker)) [isin, ticker] = [ticker, null]
  else if (ticker && !cusip && ticker.length === 9 && /\d/.test(ticker) && isValidCusip(ticker))
    [cusip, ticker] = [ticker, null]
  const name = field(fields, m.name) || null
  return { ticker, isin, cusip, name }
}

function columnName(headers: string[], i: number | null, fallback: string): string {
  return i === null ? fallback : headers[i] || `column ${i + 1}`
}

function formatCents(cents: number): string {
  return (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
}

/**
 * Reads every row after the header. Pure; runs in a Web Worker for large files.
 * Cash, pending-activity, subtotal and total rows are recognised: cash and pending activity are
 * counted once as positions, subtotals are skipped (their rows are already counted) and totals are
 * kept aside to reconcile against.
 */
export function parsePortfolio(input: string, options: ParseOptions = {}): ParseOutcome {
  const text = stripBom(input)
  if (text.trim() === '') return { ok: false, error: 'The file is empty: it has no rows to read.' }
  const delimiter = detectDelimiter(text)
  const rows = parseCsv(text, delimiter)

  let headerIndex: number
  let mapping: ColumnMapping
  const autoMapped = !options.manual
  if (options.manual) {
    headerIndex = rows.findIndex((r) => r.line === options.manual?.headerLine)
    mapping = options.manual.mapping
    if (headerIndex === -1) return { ok: false, error: `Line ${options.manual.headerLine} is not in this file.` }
  } else {
    headerIndex = findHeaderRow(rows)
    if (headerIndex === -1) {
      const guess = guessHeaderRow(rows)
      if (guess === -1)
        return {
          ok: false,
          error:
            'No header row found: the file needs a row of column names, with one naming the security (ticker, ISIN, CUSIP or name) and one the market value or quantity.',
        }
      const g = rows[guess] as CsvRow
      const partial = mapHeader(g.fields)
      const missing = missingFields(partial)
      const what = missing
        .map((m) => (m === 'security' ? 'the security (ticker, ISIN, CUSIP or name)' : 'the market value or quantity'))
        .join(' or ')
      return {
        ok: false,
        error: `Missing column: no column in the header on line ${g.line} names ${what}. Choose the columns below.`,
        needsMapping: { headerLine: g.line, headers: g.fields, mapping: partial },
      }
    }
    mapping = mapHeader((rows[headerIndex] as CsvRow).fields)
  }
  const missing = missingFields(mapping)
  const header = rows[headerIndex] as CsvRow
  if (missing.length > 0)
    return {
      ok: false,
      error: `Choose a column for ${missing.map((m) => (m === 'security' ? 'the security' : 'the market value or quantity')).join(' and ')}.`,
      needsMapping: { headerLine: header.line, headers: header.fields, mapping },
    }
  const headers = header.fields
  const dataRows = rows.slice(headerIndex + 1)
  const skipped: SkippedRow[] = []
  for (const r of rows.slice(0, headerIndex)) {
    if (r.fields.some((c) => c !== ''))
      skipped.push({ line: r.line, reason: 'Before the header (title or account line)', text: describe(r.fields) })
  }

  const samples: string[] = []
  for (const r of dataRows) {
    if (samples.length >= 600) break
    for (const c of [mapping.value, mapping.quantity, mapping.price]) {
      const s = field(r.fields, c)
      if (/\d/.test(s)) samples.push(s)
    }
  }
  const decimalMark = detectDecimalMark(samples, delimiter)

  const positions: Position[] = []
  const problems: RowProblem[] = []
  const totals: StatedTotal[] = []
  const seen = new Map<string, number>()
  const valueCol = columnName(headers, mapping.value, 'market value')
  const qtyCol = columnName(headers, mapping.quantity, 'quantity')
  const priceCol = columnName(headers, mapping.price, 'price')

  for (const row of dataRows) {
    const f = row.fields
    let nonEmpty = 0
    for (const c of f) if (c !== '') nonEmpty += 1
    if (nonEmpty === 0) continue

    const ids = identifiers(f, mapping)
    const label = [f[0] ?? '', ids.ticker ?? '', ids.name ?? ''].find((s) => s !== '') ?? ''
    const labels = [f[0] ?? '', field(f, mapping.ticker), field(f, mapping.name)]

    // A repeated header (multi-account exports repeat it per account).
    if (f.length === headers.length && f.every((c, i) => c === headers[i])) {
      skipped.push({ line: row.line, reason: 'Repeated header row', text: describe(f) })
      continue
    }

    if (labels.some((l) => TOTAL.test(l))) {
      const isSub = labels.some((l) => SUBTOTAL.test(l))
      const v = parseAmount(field(f, mapping.value), decimalMark)
      if (!isSub && v.kind === 'number') {
        totals.push({ line: row.line, label, cents: toCents(v.value) })
        skipped.push({ line: row.line, reason: 'Total row: not a position; used to check the sum', text: describe(f) })
      } else {
        skipped.push({
          line: row.line,
          reason: 'Subtotal row: its positions are already counted',
          text: describe(f),
        })
      }
      continue
    }

    const valueCell = field(f, mapping.value)
    const qtyCell = field(f, mapping.quantity)
    const hasAmount = /\d/.test(valueCell) || /\d/.test(qtyCell)
    // Title, account and disclaimer lines: one cell of text, or text with no amount and no identifier columns.
    if (nonEmpty === 1 && !hasAmount) {
      skipped.push({
        line: row.line,
        reason: 'Text line (title, note or disclaimer), not a position',
        text: describe(f),
      })
      continue
    }
    if (!hasAmount && !ids.ticker && !ids.isin && !ids.cusip && !ids.name) {
      skipped.push({ line: row.line, reason: 'Text line with no security and no amount', text: describe(f) })
      continue
    }

    const key = f.join('\u0001')
    const dup = seen.get(key)
    if (dup !== undefined) {
      problems.push({ line: row.line, column: null, message: `Duplicate row: identical to line ${dup}.` })
      continue
    }
    seen.set(key, row.line)

    let kind: PositionKind = 'security'
    if (labels.some((l) => PENDING.test(l))) kind = 'pending'
    else if (
      (ids.ticker && CASH_TICKER.test(ids.ticker)) ||
      (ids.name && CASH_NAME.test(ids.name)) ||
      CASH_TYPE.test(field(f, mapping.type)) ||
      CASH_NAME.test(f[0] ?? '')
    )
      kind = 'cash'

    if (kind === 'security' && !ids.ticker && !ids.isin && !ids.cusip && !ids.name) {
      const cols = (['ticker', 'isin', 'cusip', 'name'] as ColumnField[])
        .filter((k) => mapping[k] !== null)
        .map((k) => columnName(headers, mapping[k], k))
      problems.push({
        line: row.line,
        column: cols.join(', '),
        message: 'No security named: the identifying columns are empty.',
      })
      continue
    }
    if (ids.isin && !isValidIsin(ids.isin)) {
      problems.push({
        line: row.line,
        column: columnName(headers, mapping.isin, 'ISIN'),
        message: `"${ids.isin}" is not a valid ISIN.`,
      })
      continue
    }

    const value = parseAmount(valueCell, decimalMark)
    const qty = parseAmount(qtyCell, decimalMark)
    const price = parseAmount(field(f, mapping.price), decimalMark)
    if (mapping.value !== null && value.kind === 'invalid') {
      problems.push({ line: row.line, column: valueCol, message: `"${valueCell}" is not a number.` })
      continue
    }
    if (mapping.quantity !== null && qty.kind === 'invalid') {
      problems.push({ line: row.line, column: qtyCol, message: `"${qtyCell}" is not a number.` })
      continue
    }
    if (mapping.price !== null && price.kind === 'invalid' && value.kind !== 'number') {
      problems.push({ line: row.line, column: priceCol, message: `"${field(f, mapping.price)}" is not a number.` })
      continue
    }
    const quantity = qty.kind === 'number' ? qty.value : null
    let valueCents: number | null = null
    if (value.kind === 'number') valueCents = toCents(value.value)
    else if (quantity !== null && price.kind === 'number') valueCents = toCents(quantity * price.value)
    if (valueCents === null && quantity === null) {
      problems.push({
        line: row.line,
        column: mapping.value !== null ? valueCol : qtyCol,
        message: 'No amount: the market value (or quantity) is empty.',
      })
      continue
    }
    if (kind === 'security' && valueCents !== null && valueCents < 0) {
      problems.push({
        line: row.line,
        column: valueCol,
        message: `Negative market value (${formatCents(valueCents)}): short positions are not supported.`,
      })
      continue
    }
    if (valueCents !== null && Math.abs(valueCents) > MAX_POSITION_CENTS) {
      problems.push({
        line: row.line,
        column: value.kind === 'number' ? valueCol : qtyCol,
        message: `Implausible market value (${formatCents(valueCents)}): more than $1 trillion in one position.`,
      })
      continue
    }
    if (quantity !== null && Math.abs(quantity) > MAX_QUANTITY) {
      problems.push({ line: row.line, column: qtyCol, message: `Implausible quantity (${qtyCell}).` })
      continue
    }
    positions.push({ line: row.line, kind, ...ids, quantity, valueCents })
  }

  return {
    ok: true,
    portfolio: {
      delimiter,
      decimalMark,
      headerLine: header.line,
      headers,
      mapping,
      autoMapped,
      positions,
      skipped,
      problems,
      statedTotal: pickStatedTotal(totals),
    },
  }
}

/**
 * The file's own total: a grand/portfolio total where there is one; otherwise the account
 * totals summed (one per account in a multi-account export).
 */
export function pickStatedTotal(totals: readonly StatedTotal[]): StatedTotal | null {
  if (totals.length === 0) return null
  const grand = totals.filter((t) => GRAND_TOTAL.test(t.label))
  if (grand.length > 0) return grand[grand.length - 1] as StatedTotal
  if (totals.length === 1) return totals[0] as StatedTotal
  return {
    line: (totals[0] as StatedTotal).line,
    label: `${totals.length} total rows (lines ${totals.map((t) => t.line).join(', ')})`,
    cents: totals.reduce((s, t) => s + t.cents, 0),
  }
}
