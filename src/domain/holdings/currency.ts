/**
 * The account's currency: read from what the file says (a currency column, symbols in the
 * amounts, a header such as "Value (EUR)", a "Base currency" line) and shown on every amount.
 * Pure functions; money stays in whole minor units (cents) as elsewhere in the look-through.
 */

/**
 * ISO 4217 codes a broker statement is likely to carry. A code outside this list is reported as
 * unknown rather than guessed at (a typo such as "EUU" must not become a currency).
 */
export const KNOWN_CURRENCIES: ReadonlySet<string> = new Set([
  'USD',
  'EUR',
  'GBP',
  'CHF',
  'JPY',
  'CAD',
  'AUD',
  'NZD',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'CZK',
  'HUF',
  'HKD',
  'SGD',
  'CNY',
  'CNH',
  'INR',
  'KRW',
  'TWD',
  'ZAR',
  'MXN',
  'BRL',
  'ILS',
  'TRY',
  'AED',
  'SAR',
  'ISK',
  'RON',
  'BGN',
  'THB',
  'MYR',
  'IDR',
  'PHP',
  'CLP',
  'COP',
  'PEN',
  'GBX',
])

/**
 * Symbols that name one currency without doubt in a broker export. "$" alone is read as US dollars,
 * "¥" as yen; "kr" (four crowns) and "₣" name none and are only stripped from amounts.
 */
const SYMBOLS: Record<string, string> = {
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
  '₪': 'ILS',
  '₺': 'TRY',
  '฿': 'THB',
  '₱': 'PHP',
  $: 'USD',
  US$: 'USD',
  C$: 'CAD',
  A$: 'AUD',
  NZ$: 'NZD',
  HK$: 'HKD',
  S$: 'SGD',
  NT$: 'TWD',
  MX$: 'MXN',
  R$: 'BRL',
  CHF: 'CHF',
  'Fr.': 'CHF',
  zł: 'PLN',
  Kč: 'CZK',
}

/**
 * Every mark an amount cell may carry for its currency, longest first, for the amount reader to
 * strip: the symbols above, and "kr", "kr." and "₣", which name no single currency.
 */
export const CURRENCY_MARKS: readonly string[] = [...Object.keys(SYMBOLS), 'kr.', 'kr', '₣'].sort(
  (a, b) => b.length - a.length,
)

/** True for a three-letter code this app knows (ISO 4217, the usual broker currencies). */
export function isKnownCurrency(code: string): boolean {
  return KNOWN_CURRENCIES.has(code)
}

/**
 * A currency cell as the app keys it: upper-cased, except "GBp", the London convention for pence,
 * which is GBX (as "GBX" itself is); "GBP" in capitals stays pounds.
 */
export function currencyCode(raw: string): string {
  const s = raw.trim()
  return s === 'GBp' ? 'GBX' : s.toUpperCase()
}

/** A currency mark as a regular-expression pattern: its special characters escaped. */
export function markPattern(mark: string): string {
  return mark.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const HEADER_CODE = /(?:\(|\[|\bin\s+|\s|^)([A-Z]{3})(?:\)|\]|\s|$)/
const HEADER_SYMBOL = /\((€|£|\$|¥|US\$|C\$|A\$)\)|\bin\s+(€|£|\$)/

/**
 * The currency a header names, as in "Value (EUR)", "Market value in USD", "Marktwert EUR",
 * "Price ($)"; null when it names none. Only known codes count: "(ISIN)" is not a currency.
 */
export function headerCurrency(header: string): string | null {
  const code = HEADER_CODE.exec(header.trim())?.[1]
  if (code && isKnownCurrency(code)) return code
  const sym = HEADER_SYMBOL.exec(header)
  const s = sym?.[1] ?? sym?.[2]
  return s ? (SYMBOLS[s] ?? null) : null
}

/** The header without its currency part, so "Value (EUR)" is recognised as "Value". */
export function stripHeaderCurrency(header: string): string {
  return header
    .replace(/\s*[([](?:[A-Z]{3}|€|£|\$|¥|US\$|C\$|A\$)[)\]]\s*/g, ' ')
    .replace(/\s+in\s+(?:[A-Z]{3}|€|£|\$)\s*$/i, '')
    .replace(/\s+[A-Z]{3}$/, (m) => (isKnownCurrency(m.trim()) ? '' : m))
    .trim()
}

const CELL_CODE = /(?:^|[\s\d(-])([A-Z]{2}[A-Zp])(?:$|[\s\d)])/
/** Longest first, so "R$" is read as reais, not as a "$" after an "R". */
const CELL_SYMBOL = new RegExp(
  Object.keys(SYMBOLS)
    .sort((a, b) => b.length - a.length)
    .map(markPattern)
    .join('|'),
)

/**
 * The currency an amount cell is written in ("$1,234.56", "1.234,56 €", "USD 12,000",
 * "1,234.56 HKD", "7200 GBp" in pence), or null, also for "kr", which names no single currency.
 */
export function cellCurrency(cell: string): string | null {
  // The common case, "$1,234.56" or "-$100.00", without building a match: the same answer as below.
  if (cell.charCodeAt(0) === 36 || (cell.charCodeAt(0) === 45 && cell.charCodeAt(1) === 36)) return 'USD'
  const sym = CELL_SYMBOL.exec(cell)?.[0]
  if (sym) return SYMBOLS[sym] ?? null
  const raw = CELL_CODE.exec(cell)?.[1]
  const code = raw === undefined ? null : currencyCode(raw)
  return code && isKnownCurrency(code) ? code : null
}

/** A statement line stating the account's currency: "Base Currency,EUR", "Account currency: GBP". */
const BASE_LINE =
  /\b(?:base\s*currency|account\s*currency|reporting\s*currency|basisw[äa]hrung|kontow[äa]hrung|devise\s+de\s+r[ée]f[ée]rence)\b/i

/** The currency a title or account line states as the account's, or null. */
export function baseCurrencyFromLine(cells: readonly string[]): string | null {
  const text = cells.join(' ')
  if (!BASE_LINE.test(text)) return null
  const after = text.replace(BASE_LINE, ' ').toUpperCase()
  const m = /\b([A-Z]{3})\b/.exec(after.replace(/\bBASE\b|\bCURRENCY\b|\bACCOUNT\b|\bSUMMARY\b/g, ' '))
  return m?.[1] && isKnownCurrency(m[1]) ? m[1] : null
}

/** How the account's currency was found, in words for the import report. */
export type CurrencySource =
  | { kind: 'value-header'; header: string }
  | { kind: 'base-line'; line: number }
  | { kind: 'currency-column'; header: string }
  /** The currency of the rows whose rate column ("FXRateToBase") is 1: the account's. */
  | { kind: 'rate-column'; header: string }
  | { kind: 'symbols' }
  /** Chosen by the user: for this file, or for the file it replaced (`carriedFrom`, that file's name) where this one states none. */
  | { kind: 'user'; carriedFrom?: string }
  | { kind: 'none' }

/** The account's currency and why; code is null when the file does not say. */
export interface AccountCurrency {
  code: string | null
  source: CurrencySource
}

/** The reason, in words: "from the header “Value (EUR)”". */
export function describeCurrencySource(source: CurrencySource): string {
  switch (source.kind) {
    case 'value-header':
      return `from the value column’s header “${source.header}”`
    case 'base-line':
      return `from the base-currency line (line ${source.line})`
    case 'currency-column':
      return `from the currency column “${source.header}”`
    case 'rate-column':
      return `from the rows whose “${source.header}” is 1`
    case 'symbols':
      return 'from the currency symbols in the amounts'
    case 'user':
      return source.carriedFrom
        ? `as you chose it for “${source.carriedFrom}”; this file does not say`
        : 'as you chose it'
    case 'none':
      return 'not stated in the file'
  }
}

const formatters = new Map<string, Intl.NumberFormat>()

/**
 * Minor units (cents) as money in `currency`, through Intl.NumberFormat: 123456 EUR -> "€1,234.56".
 * Without a currency the number is shown with "(currency not stated)" rather than a guessed "$".
 */
export function formatMoneyFromCents(cents: number, currency: string | null): string {
  if (!currency)
    return `${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} (currency not stated)`
  const code = currency === 'GBX' ? 'GBP' : currency
  let f = formatters.get(code)
  if (!f) {
    f = new Intl.NumberFormat('en-US', { style: 'currency', currency: code })
    formatters.set(code, f)
  }
  return f.format(currency === 'GBX' ? cents / 10000 : cents / 100)
}

/**
 * Converts an amount in `from` into the account currency with the user's rate (account-currency
 * units per one unit of `from`). Null when there is no rate, or no account currency to convert
 * into (a file with rows in several currencies and none named for the account): amounts in
 * different currencies are never added as if they were the same. An amount without a currency of
 * its own is in the account's, whatever that is.
 *
 * Pence (GBX; their cents are hundredths of a penny) and pounds convert at a fixed 100, never a
 * rate to ask for. Pence into a third currency use the rate the user gave for GBX (per penny)
 * where there is one, else the rate for GBP divided by 100: one pound rate serves both.
 */
export function convertCents(
  cents: number,
  from: string | null,
  account: string | null,
  rates: Readonly<Record<string, number>>,
): number | null {
  if (from === null || from === account) return cents
  if (account === null) return null
  if (from === 'GBX' && account === 'GBP') return Math.round(cents / 100)
  if (from === 'GBP' && account === 'GBX') return cents * 100
  const rate = rates[from]
  if (rate !== undefined && rate > 0) return Math.round(cents * rate)
  const pound = from === 'GBX' ? rates.GBP : undefined
  if (pound === undefined || !(pound > 0)) return null
  return Math.round((cents * pound) / 100)
}
