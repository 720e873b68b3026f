/**
 * Security identifiers: ISIN (ISO 6166) and CUSIP, with their check digits, so that a symbol
 * column holding an ISIN or a CUSIP (common for bonds and funds) is recognised as such.
 */

function charValue(c: string): number {
  const code = c.charCodeAt(0)
  if (code >= 48 && code <= 57) return code - 48
  if (code >= 65 && code <= 90) return code - 55
  return -1
}

/** True for a well-formed ISIN with a correct Luhn check digit: "US69608A1088". */
export function isValidIsin(s: string): boolean {
  if (!/^[A-Z]{2}[A-Z0-9]{9}\d$/.test(s)) return false
  let digits = ''
  for (const c of s) digits += String(charValue(c))
  let sum = 0
  let double = false
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    let d = Number(digits[i])
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    double = !double
  }
  return sum % 10 === 0
}

/** True for a well-formed CUSIP with a correct check digit: "69608A108". */
export function isValidCusip(s: string): boolean {
  if (!/^[0-9A-Z*@#]{8}\d$/.test(s)) return false
  let sum = 0
  for (let i = 0; i < 8; i += 1) {
    const c = s[i] as string
    let v = c === '*' ? 36 : c === '@' ? 37 : c === '#' ? 38 : charValue(c)
    if (i % 2 === 1) v *= 2
    sum += Math.floor(v / 10) + (v % 10)
  }
  return (10 - (sum % 10)) % 10 === Number(s[8])
}

const PLAIN_TICKER = /^[A-Z0-9.\-/]+$/

/** A ticker as brokers vary it: upper case, no exchange suffix after a space ("PLTR US"), no "**" cash marker. */
export function normalizeTicker(s: string): string {
  // Already plain (upper case, no space, no marker): as it stands. Most tickers of a file are.
  if (PLAIN_TICKER.test(s)) return s
  return s
    .trim()
    .toUpperCase()
    .replace(/\*+$/, '')
    .replace(/\s+(US|UN|UW|UQ|LN|GY|GR|FP|NA|SW|CN)(\s+EQUITY)?$/, '')
    .trim()
}

/** A security name for matching: lower case, punctuation and legal-form words removed. */
export function normalizeName(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(
      /\b(inc|incorporated|corp|corporation|co|ltd|plc|se|ag|sa|nv|the|class [a-z]|cl [a-z]|com|common stock|shs|ord)\b/g,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * A quick test that is false only for names that cannot normalise to any of `keys` (outputs of
 * normalizeName): every word of a normalised name is a run of the lower-cased name's own letters
 * and digits, so a name without a key's longest word can never become that key. Normalising
 * 100,000 names was most of a look-through's time; this one test per name replaces it for all
 * but the few that may match.
 */
export function mayNormalizeTo(keys: Iterable<string>): (name: string) => boolean {
  const words = new Set<string>()
  for (const key of keys) {
    let longest = ''
    for (const w of key.split(' ')) if (w.length > longest.length) longest = w
    if (longest !== '') words.add(longest)
  }
  if (words.size === 0) return () => false
  // The words are normalizeName's output: letters a-z and digits only, nothing to escape.
  const any = new RegExp([...words].join('|'))
  return (name) => any.test(name.toLowerCase())
}
