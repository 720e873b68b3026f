/**
 * Row classification: what a row after the header is before its cells are checked: a blank or
 * repeated header, a total or subtotal, a text line (title, note, disclaimer), or an entry that
 * should be a position (a security, cash or pending activity).
 */
import type { ColumnMapping } from './columns'
import { isValidCusip, isValidIsin, restoreCusip } from './identifiers'
import type { PositionKind } from './parse'

const TOTAL =
  /^(?:grand\s+|account\s+|portfolio\s+|overall\s+)?totals?\b|\btotals?\s*:?$|^sub-?totals?\b|^summe\b|^gesamt/i
const SUBTOTAL =
  /sub-?total|^total\s+(?:stocks?|equities|funds?|etfs?|bonds?|fixed|options?|mutual|cash|securities|holdings?|long|short)/i
const PENDING = /^pending\b|pending activity|unsettled/i
const CASH_TICKER = /\*\*$|^(?:cash|usd|eur|gbp|core|sweep|mmda|fcash)\b/i
const CASH_NAME =
  /^cash\b|cash\s*(?:&|and)\s*(?:cash\s+)?(?:investments|equivalents|sweep)|money\s*market|core\s+position|\bsweep\b|bank\s+deposit|^cash balance|^settled cash|^uninvested/i
const CASH_TYPE = /cash|money\s*market|^mmf$/i
/**
 * A word each label pattern above needs (TOTAL, SUBTOTAL, PENDING, CASH_TICKER, CASH_NAME; same
 * flags, so the same case folding): a row whose label cells have none of them is an ordinary
 * security, found with three tests instead of ten. Keep it in step with the patterns.
 */
const LABEL_WORD = /total|summe|gesamt|pending|unsettled|cash|money|core|sweep|bank|uninvested|usd|eur|gbp|mmda|\*\*/i

/** The cell at `i`, or '' where the column is unmapped or the row is short. */
export function cell(fields: readonly string[], i: number | null): string {
  if (i === null) return ''
  return fields[i] ?? ''
}

/** A row's non-empty cells joined, for the report of skipped rows. */
export function describeRow(fields: readonly string[]): string {
  return fields
    .filter((f) => f !== '')
    .join(' | ')
    .slice(0, 160)
}

// Patterns used on every row are made once: a regular expression literal in a function body is
// a new object each time it is evaluated (about 6 MB of the 131 MB a 100,000-row job allocated).
const DIGIT = /\d/
const SPACES = /\s/g

/** The text in upper case; as it stands (no copy) where it has no lower-case or non-ASCII letter, as most tickers. */
function upperCase(s: string): string {
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i)
    if ((c >= 97 && c <= 122) || c >= 128) return s.toUpperCase()
  }
  return s
}

/** An ISIN or CUSIP cell in upper case without spaces, or null when empty. */
export function compactCode(c: string): string | null {
  return c === '' ? null : c.toUpperCase().replace(SPACES, '') || null
}

/** The identifiers of a row. Where the ticker column holds an ISIN or CUSIP (bond and fund rows often do), it is read as one. */
export function rowIdentifiers(fields: readonly string[], m: ColumnMapping) {
  let ticker = upperCase(cell(fields, m.ticker)) || null
  let isin = compactCode(cell(fields, m.isin))
  const cusipCell = compactCode(cell(fields, m.cusip))
  let cusip = cusipCell && restoreCusip(cusipCell)
  if (ticker && !isin && ticker.length === 12 && isValidIsin(ticker)) [isin, ticker] = [ticker, null]
  else if (ticker && !cusip && ticker.length === 9 && DIGIT.test(ticker) && isValidCusip(ticker))
    [cusip, ticker] = [ticker, null]
  const name = cell(fields, m.name) || null
  return { ticker, isin, cusip, name }
}

export type RowIdentifiers = ReturnType<typeof rowIdentifiers>

/** What a row is, before its amounts are checked. */
export type RowClass =
  | { kind: 'blank' }
  | { kind: 'repeated-header' }
  | { kind: 'total'; label: string }
  | { kind: 'subtotal' }
  | { kind: 'text'; reason: string }
  | { kind: 'entry'; position: PositionKind; ids: RowIdentifiers }

/**
 * Classifies one row. Totals and subtotals are named by their first, ticker or name cell; cash by
 * a sweep ticker ("SPAXX**"), a cash name or a cash security type; pending activity by its label.
 */
export function classifyRow(fields: readonly string[], headers: readonly string[], m: ColumnMapping): RowClass {
  let nonEmpty = 0
  for (const c of fields) if (c !== '') nonEmpty += 1
  if (nonEmpty === 0) return { kind: 'blank' }
  if (isHeaderRow(fields, headers)) return { kind: 'repeated-header' }
  const ids = rowIdentifiers(fields, m)
  const first = fields[0] ?? ''
  const tickerCell = cell(fields, m.ticker)
  const nameCell = cell(fields, m.name)
  const labelled = LABEL_WORD.test(first) || LABEL_WORD.test(tickerCell) || LABEL_WORD.test(nameCell)
  const labels = labelled ? [first, tickerCell, nameCell] : []
  if (labelled && labels.some((l) => TOTAL.test(l))) {
    if (labels.some((l) => SUBTOTAL.test(l))) return { kind: 'subtotal' }
    const label = [first, ids.ticker ?? '', ids.name ?? ''].find((s) => s !== '') ?? ''
    return { kind: 'total', label }
  }
  const hasAmount = DIGIT.test(cell(fields, m.value)) || DIGIT.test(cell(fields, m.quantity))
  if (nonEmpty === 1 && !hasAmount)
    return { kind: 'text', reason: 'Text line (title, note or disclaimer), not a position' }
  if (!hasAmount && !ids.ticker && !ids.isin && !ids.cusip && !ids.name)
    return { kind: 'text', reason: 'Text line with no security and no amount' }
  let position: PositionKind = 'security'
  if (labelled && labels.some((l) => PENDING.test(l))) position = 'pending'
  else if (
    (labelled &&
      ((ids.ticker && CASH_TICKER.test(ids.ticker)) ||
        (ids.name && CASH_NAME.test(ids.name)) ||
        CASH_NAME.test(first))) ||
    isCashType(cell(fields, m.type))
  )
    position = 'cash'
  return { kind: 'entry', position, ids }
}

/** Whether a security-type cell names cash (as classifyRow reads it). */
export function isCashType(type: string): boolean {
  return CASH_TYPE.test(type)
}

/** True when the row repeats the header cell for cell. */
function isHeaderRow(fields: readonly string[], headers: readonly string[]): boolean {
  if (fields.length !== headers.length) return false
  for (let i = 0; i < fields.length; i += 1) if (fields[i] !== headers[i]) return false
  return true
}
