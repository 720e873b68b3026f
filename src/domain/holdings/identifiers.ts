import type { TargetCompany } from './lookthrough'
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

const ALL_DIGITS = /^[0-9]+$/
const ALNUM = /[A-Za-z0-9]/
const REGEXP_SPECIAL = /[.*+?^${}()|[\]\\/-]/g

/**
 * A CUSIP as a spreadsheet leaves it after reading it as a number: "37833100" for "037833100"
 * (Excel drops the leading zeros of an all-digit code). Its zeros are put back where that gives a
 * valid CUSIP; anything else is returned as it stands.
 */
export function restoreCusip(s: string): string {
  if (s.length < 7 || s.length > 8 || !ALL_DIGITS.test(s)) return s
  const padded = s.padStart(9, '0')
  return isValidCusip(padded) ? padded : s
}

/** Whether a ticker is plain (/^[A-Z0-9.\-/]+$/): read by character code, as on every position. */
function plainTicker(s: string): boolean {
  if (s.length === 0) return false
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i)
    if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 47)) return false
  }
  return true
}

/** A ticker as brokers vary it: upper case, no exchange suffix after a space ("PLTR US"), no "**" cash marker. */
export function normalizeTicker(s: string): string {
  // Already plain (upper case, no space, no marker): as it stands. Most tickers of a file are.
  if (plainTicker(s)) return s
  return s
    .trim()
    .toUpperCase()
    .replace(/\*+$/, '')
    .replace(/\s+(US|UN|UW|UQ|LN|GY|GR|FP|NA|SW|CN)(\s+EQUITY)?$/, '')
    .trim()
}

/** Phrases of whole words, longest first so that "vink namens aktien" is taken before "namens aktien". */
function phrases(list: string): string[][] {
  return list
    .split('|')
    .map((p) => p.split(' '))
    .sort((a, b) => b.length - a.length)
}

/** Legal forms, as brokers write them with or without dots ("N.V." is "n v" once punctuation goes). */
const LEGAL_FORMS = phrases(
  'inc|incorporated|corp|corporation|co|company|ltd|limited|plc|p l c|llc|lp|l p|ag|a g|se|s e|sa|s a|nv|n v|bv|b v|ab|as|a s|asa|oyj|spa|s p a|gmbh|kg|kgaa|sab de cv|sab de c v|s a b de c v|sa de cv|s a de c v',
)

/**
 * What brokers append to an issuer's name to say which of its securities a line is: US
 * ("COM", "CAP STK", "ORD SHS"), German ("Namens-Aktien", "Inhaber-Aktien"), Danish, Dutch, and
 * depositary receipts. An ADR or GDR is the issuer's shares held through a depositary: the same
 * issuer, so for matching by name it is the company's own shares.
 */
const SECURITY_WORDS = phrases(
  'com|common|common stock|common shares|com stk|cap stk|capital stock|ord|ordinary|ordinary shares|ord shs|ord shares|shs|shares|registered|registered shares|reg|reg shs|bearer shares|namen akt|namens akt|namens aktien|namensaktien|vink namens aktien|vink namen akt|inhaber akt|inh akt|inhaber aktien|inhaberaktien|navne aktier|aandelen op naam|aandelen aan toonder|n y registry shs|ny registry shs|n y shs|ny shs|adr|ads|gdr|sponsored adr|sponsored ads|spon adr|spons adr|sp adr|unsponsored adr',
)

/** Words that put a share class's letter after them: "CL A", "Class B", "Series A", "SER C". */
const CLASS_WORDS = new Set(['class', 'cl', 'series', 'ser'])

/** German brokers' par value codes: "DL -,001" (dollars), "EO 1" (euros), "SF -,10" (francs). */
const PAR_CURRENCIES = new Set(['dl', 'eo', 'sf', 'ls', 'dk', 'sk', 'nk', 'yn', 'hk', 'ad', 'cd'])

const LETTER = /^[a-z]$/
const DIGITS = /^[0-9]+$/

/** How many words of `list`'s longest phrase end `words` (0 for none), leaving at least one word before it. */
function tailPhrase(words: readonly string[], end: number, list: readonly string[][]): number {
  for (const p of list) if (p.length < end && p.every((w, i) => words[end - p.length + i] === w)) return p.length
  return 0
}

/** The length of a share class or security designation ending `words[0, end)`, 0 for none. */
function securityTail(words: readonly string[], end: number): number {
  const last = words[end - 1] as string
  if (LETTER.test(last) && end > 2) {
    if (CLASS_WORDS.has(words[end - 2] as string)) return 2
    // A lone letter is a class only after a legal form or a security word ("INC-A", "Shares A"):
    // "Project A" and "Vitamin C Corp" keep theirs.
    if (tailPhrase(words, end - 1, LEGAL_FORMS) > 0 || tailPhrase(words, end - 1, SECURITY_WORDS) > 0) return 1
  }
  // "COM NEW", "CL B NEW": a reissued class, still the same issuer's.
  if (last === 'new' && end > 2 && securityTail(words, end - 1) > 0) return 1
  return tailPhrase(words, end, SECURITY_WORDS)
}

/** Where the security designations end once trailing ones are dropped; `end` where there are none. */
function withoutSecurityTail(words: readonly string[], end: number): number {
  for (let n = securityTail(words, end); n > 0; n = securityTail(words, end)) end -= n
  return end
}

/** Where a German par value ("o.N.", "DL -,001") starts at the end of `words`; words.length for none. */
function parValueStart(words: readonly string[]): number {
  const n = words.length
  if (words[n - 2] === 'o' && words[n - 1] === 'n') return n - 2
  let i = n
  while (i > 0 && DIGITS.test(words[i - 1] as string)) i -= 1
  return i < n && i > 0 && PAR_CURRENCIES.has(words[i - 1] as string) ? i - 1 : n
}

const NON_ASCII = /[\u0080-\uffff]/
const MARKS = /\p{M}+/gu
/** Letters that no accent mark stands on, written as brokers who drop accents write them. */
const UNMARKED: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i' }
const UNMARKED_LETTERS = /[ßæœøđðłþı]/g

/**
 * A name in lower case with its accents dropped, as brokers who write plain letters write it:
 * "Nestlé" and "NESTLE" are both "nestle", "Société Générale" is "societe generale", "Ørsted"
 * is "orsted". A name in plain letters is only lower-cased (most are).
 */
export function foldName(s: string): string {
  const lower = s.toLowerCase()
  if (!NON_ASCII.test(lower)) return lower
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(UNMARKED_LETTERS, (c) => UNMARKED[c] ?? c)
}

/**
 * A security name for matching: lower case, accents dropped (foldName), punctuation removed, then from the end the broker's
 * designations of the security (a par value, "Registered Shares", "COM", "CL A", a class letter
 * after a legal form as in "INC-A"), then the legal forms ("INC", "N.V.", "AG & Co. KGaA"), then
 * legal-form words anywhere. So every line of one issuer's shares gives the issuer's name:
 * "PALANTIR TECHNOLOGIES INC-A" and "Palantir Technologies Inc. Registered Shares A DL -,001" are
 * "palantir technologies", as are both classes of one issuer ("ALPHABET INC CL C" is "alphabet").
 * Words are only removed, never added (NameFilter relies on this); an ending is removed only
 * with a word before it, and a lone letter only after a legal form or a security word, so a
 * name's own words stay ("PROJECT A"; "VITAMIN C CORP" is "vitamin c").
 * Preferred shares, warrants and bonds keep their words: they are not the company's shares.
 */
export function normalizeName(s: string): string {
  const words = foldName(s)
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '')
  // A par value is dropped only where security designations stand before it: "EO 1" alone may be a name's.
  const par = parValueStart(words)
  const beforePar = par < words.length ? withoutSecurityTail(words, par) : par
  let end = beforePar < par ? beforePar : withoutSecurityTail(words, words.length)
  // "INC DEL", "INC /DE/": the state of incorporation after a US legal form.
  const state = words[end - 1]
  if ((state === 'del' || state === 'de') && end > 2 && ['inc', 'corp', 'co'].includes(words[end - 2] as string))
    end -= 1
  for (let n = tailPhrase(words, end, LEGAL_FORMS); n > 0; n = tailPhrase(words, end, LEGAL_FORMS)) end -= n
  return words
    .slice(0, end)
    .join(' ')
    .replace(
      /\b(inc|incorporated|corp|corporation|co|ltd|plc|se|ag|sa|nv|the|class [a-z]|cl [a-z]|com|common stock|shs|ord)\b/g,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * A quick test that is false only for names that cannot normalise to any of `keys` (outputs of
 * normalizeName): every word of a normalised name is a run of the folded name's own letters
 * and digits (foldName), so a name without a key's longest word can never become that key. Normalising
 * 100,000 names was most of a look-through's time; this one test per name replaces it for all
 * but the few that may match. A class, so that the look-through calls the same `test` for every
 * portfolio (a closure made per portfolio is another call target, and the page's optimised code
 * for the last one was thrown away).
 */
export class NameFilter {
  private readonly any: RegExp | null = null
  private readonly anyCase: RegExp | null = null
  private readonly either: RegExp | null = null

  constructor(keys: Iterable<string>) {
    const words = new Set<string>()
    for (const key of keys) {
      let longest = ''
      for (const w of key.split(' ')) if (w.length > longest.length) longest = w
      if (longest !== '') words.add(longest)
    }
    if (words.size === 0) return
    // The words are normalizeName's output: letters a-z and digits only, nothing to escape. A name
    // in plain ASCII is tested ignoring case, which is the same as lower-casing it first (no copy).
    this.any = new RegExp([...words].join('|'))
    this.anyCase = new RegExp(this.any.source, 'i')
    // One test for most names: neither a word nor a character beyond ASCII.
    this.either = new RegExp(`${this.any.source}|[\\u0080-\\uffff]`, 'i')
  }

  test(name: string): boolean {
    const { any, anyCase, either } = this
    if (any === null || anyCase === null || either === null) return false
    return either.test(name) && (NON_ASCII.test(name) ? any.test(foldName(name)) : anyCase.test(name))
  }
}

const COMMON_NAME_WORDS = new Set(
  'general international american national united first global new china bank capital group holdings financial energy technologies technology systems industries royal pacific southern northern western eastern central standard public power health life home data digital continental atlantic world north south east west us usa america'.split(
    ' ',
  ),
)

/**
 * Whether a holdings line names the company without being counted as its shares: its ISIN, CUSIP
 * or ticker (also as the first word of the ticker or name, as option lines write it: "PLTR
 * 01/17/25 C50"), or its name: the company's first name word as a whole word where that word is
 * telling ("palantir"), else its first two words ("general dynamics").
 */
export function namesCompany(
  company: Pick<TargetCompany, 'name' | 'ticker' | 'isin' | 'cusip'>,
): (ids: { isin: string; cusip: string }, ticker: string, name: string) => boolean {
  const words = normalizeName(company.name)
    .split(' ')
    .filter((w) => w !== '')
  const first = words[0] ?? ''
  const needed = first.length >= 4 && !COMMON_NAME_WORDS.has(first) ? [first] : words.slice(0, 2)
  const ticker = normalizeTicker(company.ticker)
  const firstToken = (s: string) => s.trim().split(/\s+/)[0]?.toUpperCase() ?? ''
  return (ids, t, n) => {
    if ((company.isin && ids.isin === company.isin) || (company.cusip && ids.cusip === company.cusip)) return true
    if (t && normalizeTicker(t) === ticker) return true
    if (ticker.length >= 3 && (firstToken(t) === ticker || firstToken(n) === ticker)) return true
    if (!n || needed.length === 0) return false
    const own = new Set(foldName(n).split(/[^a-z0-9]+/))
    return needed.every((w) => own.has(w))
  }
}

/**
 * A quick test for a position the look-through has not matched as the company's shares: does its
 * ticker start with the company's ticker ("PLTR 01/17/25 C50", "PLTR.PRA") or its name hold the
 * company's name as namesCompany reads it ("PALANTIR TECHNOLOGIES INC PFD")? Such a line is the
 * company's other security (a preferred share, an option, a bond), not another company's shares.
 * One pattern test per row: most rows of a large portfolio fail it at once. A class, as NameFilter.
 */
export class CompanyMentions {
  private readonly names: ReturnType<typeof namesCompany>
  private readonly ticker: string
  private readonly byTicker: RegExp | null
  private readonly quick: RegExp | null = null
  private readonly either: RegExp | null = null
  private readonly option: RegExp | null

  constructor(company: Pick<TargetCompany, 'name' | 'ticker' | 'isin' | 'cusip'>) {
    this.names = namesCompany(company)
    const ticker = normalizeTicker(company.ticker)
    this.ticker = ticker
    const first = normalizeName(company.name).split(' ')[0] ?? ''
    // The ticker, then a separator or the end: "PLTR 01/17/25 C50", "PLTR.PRA", "PLTR-P" (not "PLTRX").
    const escaped = ticker.replace(REGEXP_SPECIAL, '\\$&')
    const tickerFirst = ticker.length >= 3 ? `^\\s*${escaped}(?![a-z0-9])` : ''
    this.byTicker = tickerFirst ? new RegExp(tickerFirst, 'i') : null
    // An option's OCC symbol: the ticker, the expiry as yymmdd, C or P, the strike; Fidelity writes
    // it after a minus (" -PLTR270115C80").
    this.option = ticker.length >= 3 ? new RegExp(`^[\\s-]*${escaped}\\d{6}[CP]\\d`) : null
    const alternatives = [first, tickerFirst].filter((x) => x !== '')
    if (alternatives.length === 0) return
    this.quick = new RegExp(alternatives.join('|'), 'i')
    // One test for most names: neither the words above nor a character beyond ASCII (to fold).
    this.either = new RegExp(`${this.quick.source}|[\\u0080-\\uffff]`, 'i')
  }

  test(p: { ticker: string | null; name: string | null; isin: string | null; cusip: string | null }): boolean {
    const { ticker, quick, either, option } = this
    if (quick === null || either === null) return false
    const t = p.ticker ?? ''
    const n = p.name ?? ''
    if (
      ticker.length >= 3 &&
      t.length > ticker.length &&
      t.startsWith(ticker) &&
      !ALNUM.test(t[ticker.length] as string)
    )
      return true
    if (option !== null && t.length > ticker.length + 7 && option.test(t)) return true
    if (!either.test(n) || (!quick.test(n) && !(NON_ASCII.test(n) && quick.test(foldName(n))))) return false
    return this.byTicker?.test(n) === true || this.names({ isin: p.isin ?? '', cusip: p.cusip ?? '' }, t, n)
  }
}
