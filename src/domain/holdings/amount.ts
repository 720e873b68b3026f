/**
 * Amounts as brokers print them: "$1,234.56", "1.234,56 €", "(1,234.56)", "1'234.56", "-",
 * "USD 12,000", "12 345,67 SEK", "kr 1 234,56". Pure functions.
 */
import { CURRENCY_MARKS, KNOWN_CURRENCIES, markPattern } from './currency'

/** Which character separates the decimals in this file's numbers. */
export type DecimalMark = '.' | ','

/** Characters that group thousands and never carry meaning: spaces of every width and apostrophes. */
const GROUPING_SPACES = /[\s\u00a0\u202f\u2009'’]/g
const CURRENCY_WORDS = [...CURRENCY_MARKS, ...KNOWN_CURRENCIES]
/** The characters a currency can begin with (the pattern ignores case): a look-ahead on them skips digits fast. */
const CURRENCY_FIRST = [...new Set(CURRENCY_WORDS.map((w) => w.charAt(0)))]
/**
 * A currency written in an amount: any code the app knows (the list the currency column is checked
 * against, so an amount is never refused for a currency the app accepts) or a symbol, not inside a
 * word ("HKDX", "krona"). Built once; only the general path of parseAmount uses it.
 */
const CURRENCY = new RegExp(
  `(?=[${CURRENCY_FIRST.map(markPattern).join('')}])(?<![A-Za-z])(?:${CURRENCY_WORDS.map(markPattern).join('|')})(?![A-Za-z])`,
  'gi',
)
/** Cells that mean "no value" rather than a bad value, spreadsheets' "#N/A" (not available) among them. */
const BLANK = /^(?:|-+|–|—|#?n\/?a|n\.a\.?|none|null)$/i

/**
 * Guesses the decimal mark from sample cells. Evidence, strongest first: a cell with both marks
 * (the last one is the decimal mark); a comma followed by one, two or more than three digits at
 * the end ("12,5", "1234,56"); otherwise the separator's convention (a semicolon file comes from a
 * locale that writes decimal commas).
 */
export function detectDecimalMark(samples: readonly string[], delimiter: string): DecimalMark {
  let commaVotes = 0
  let dotVotes = 0
  for (const raw of samples) {
    // Without its currency: the dot of "kr." or "Fr." is no decimal mark.
    const s = raw.replace(CURRENCY, '').replace(GROUPING_SPACES, '')
    const lastComma = s.lastIndexOf(',')
    const lastDot = s.lastIndexOf('.')
    if (lastComma >= 0 && lastDot >= 0) {
      if (lastComma > lastDot) commaVotes += 1
      else dotVotes += 1
    } else if (lastComma >= 0) {
      if (/,\d{1,2}\D*$|,\d{4,}\D*$/.test(s)) commaVotes += 1
      else if ((s.match(/,/g)?.length ?? 0) > 1) dotVotes += 1
    } else if (lastDot >= 0) {
      if (/\.\d{1,2}\D*$|\.\d{4,}\D*$/.test(s)) dotVotes += 1
      else if ((s.match(/\./g)?.length ?? 0) > 1) commaVotes += 1
    }
  }
  if (commaVotes > dotVotes) return ','
  if (dotVotes > commaVotes) return '.'
  return delimiter === ';' ? ',' : '.'
}

/** The result of reading one amount cell. */
export type AmountResult = { kind: 'blank' } | { kind: 'number'; value: number } | { kind: 'invalid' }

/**
 * The plain forms nearly every row of a broker export uses ("1234.5", "$1,234.56", "-$100.00",
 * and their decimal-comma twins): read in one test instead of the general path's dozen steps.
 * Anything else (spaces, codes, parentheses, a trailing minus) takes the general path.
 */
const PLAIN = {
  '.': /^-?\$?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)$/,
  ',': /^-?\$?(?:(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?|,\d+)$/,
} as const

/** Powers of ten a decimal fraction of up to 15 digits is divided by. */
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k)

/**
 * Reads a plain amount digit by digit: its digits as one integer, divided by the power of ten its
 * decimals make. With at most 15 digits both are exact, so the one division is rounded as
 * Number() rounds the decimal text: the same value, without the copies a text conversion makes.
 */
function parsePlain(cell: string, decimal: DecimalMark): AmountResult {
  const negative = cell.charCodeAt(0) === 45 // -
  let i = negative ? 1 : 0
  if (cell.charCodeAt(i) === 36) i += 1 // $
  const mark = decimal === '.' ? 46 : 44
  let digits = 0
  let decimals = -1
  let n = 0
  for (; i < cell.length; i += 1) {
    const c = cell.charCodeAt(i)
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48)
      digits += 1
      if (decimals >= 0) decimals += 1
    } else if (c === mark) decimals = 0
    // Anything else is a thousands separator: PLAIN allowed it only between groups of three.
  }
  if (digits > 15) return parseLongPlain(cell, decimal, negative)
  const value = decimals > 0 ? n / (POW10[decimals] as number) : n
  return { kind: 'number', value: negative ? -value : value }
}

/** More than 15 digits: read through Number(), which rounds what an integer cannot hold exactly. */
function parseLongPlain(cell: string, decimal: DecimalMark, negative: boolean): AmountResult {
  let start = negative ? 1 : 0
  if (cell.charCodeAt(start) === 36) start += 1
  let digits = cell.slice(start).replaceAll(decimal === '.' ? ',' : '.', '')
  if (decimal === ',') digits = digits.replace(',', '.')
  const value = Number(digits)
  if (!Number.isFinite(value)) return { kind: 'invalid' }
  return { kind: 'number', value: negative ? -value : value }
}

/**
 * Reads an amount written with `decimal` as the decimal mark. Parentheses and a trailing minus
 * mean negative, as accounting exports write them. Returns `invalid` for anything that is not
 * clearly a number, so the caller can name the row and column.
 */
export function parseAmount(cell: string, decimal: DecimalMark): AmountResult {
  if (PLAIN[decimal].test(cell)) return parsePlain(cell, decimal)
  let s = cell.trim()
  if (BLANK.test(s)) return { kind: 'blank' }
  let negative = false
  if (s.startsWith('(') && s.endsWith(')')) {
    negative = true
    s = s.slice(1, -1)
  }
  s = s.replace(CURRENCY, '').replace(GROUPING_SPACES, '')
  if (s.endsWith('-')) {
    negative = !negative
    s = s.slice(0, -1)
  }
  if (s.startsWith('-') || s.startsWith('−')) {
    negative = !negative
    s = s.slice(1)
  } else if (s.startsWith('+')) s = s.slice(1)
  // A currency symbol after the sign: "-$1,234.56".
  s = s.replace(CURRENCY, '')
  if (s === '') return { kind: 'invalid' }
  const group = decimal === '.' ? ',' : '.'
  // Thousands groups must be groups of three: "1,23,4" is not a number we can trust.
  const pattern =
    decimal === '.' ? /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$/ : /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$|^,\d+$/
  if (!pattern.test(s)) return { kind: 'invalid' }
  const normal = s.split(group).join('').replace(',', '.')
  const value = Number(normal)
  if (!Number.isFinite(value)) return { kind: 'invalid' }
  return { kind: 'number', value: negative ? -value : value }
}

/** Dollars to whole cents, so sums of many positions are exact. */
export function toCents(amount: number): number {
  return Math.round(amount * 100)
}
