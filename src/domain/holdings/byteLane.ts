/**
 * The byte lane: a large portfolio file read from its bytes, so that the worker neither decodes
 * the whole file into one string nor builds a string or an object for every ordinary row.
 *
 * The file's opening rows (the header search, the statement check, the first amounts) are decoded
 * and read by the text reader as before. After them, each row is first tried here: a row of
 * printable ASCII, quoted only around whole cells, that classifyRow would call an ordinary
 * security or cash entry and toPosition would accept (plain amounts, no label words, a known
 * currency, nothing implausible) is read from its bytes. Any other row (a total, a blank, a label,
 * a problem, an accent, a quote inside a cell, a cell spanning lines) is decoded on its own and
 * read by the text reader, so the answer is the same as reading the whole text (tests compare the
 * two on every fixture and on generated rows). Quotes, separators and line breaks are ASCII in
 * UTF-8 and windows-1252 alike, so a record ends at the same byte as at the same character.
 */
import { toCents, type DecimalMark } from './amount'
import type { ColumnMapping } from './columns'
import { detectDelimiter, stripBom, type Delimiter } from './csv'
import { cellCurrency, currencyCode, isKnownCurrency } from './currency'
import { isValidIsin, restoreCusip } from './identifiers'
import { compactCode, isCashType } from './rowClass'
import { ROW_HASH_PRIME, ROW_HASH_START } from './rowTexts'
import { MAX_POSITION_CENTS, MAX_QUANTITY } from './validate'

/** How a UTF-8 file is decoded: as UTF-8 where it is valid throughout, else as windows-1252 (as decodeBytes decides). */
export type ByteEncoding = 'utf-8' | 'windows-1252'

export interface ByteScan {
  encoding: ByteEncoding
  /** Double quotes in the file: an odd count may be a quote never closed (the text reader then checks). */
  quotes: number
  lineFeeds: number
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * One pass over the file's bytes: its quotes and line feeds counted, and whether it is valid
 * UTF-8. The loop only counts and notes the first byte of 0x80 and over (it is the same small loop
 * for every file, so its optimised code is kept); the rest is checked from there (validUtf8).
 */
export function scanBytes(b: Uint8Array): ByteScan {
  let quotes = 0
  let lineFeeds = 0
  let high = -1
  const n = b.length
  for (let i = 0; i < n; i += 1) {
    const c = b[i] as number
    if (c === 34) quotes += 1
    else if (c === 10) lineFeeds += 1
    else if (c >= 128 && high < 0) high = i
  }
  return { encoding: high < 0 || validUtf8(b, high) ? 'utf-8' : 'windows-1252', quotes, lineFeeds }
}

/**
 * Whether b[from...] is valid UTF-8, where every byte before `from` is ASCII. Every multi-byte
 * sequence is made of bytes of 0x80 and over, so it is valid exactly when each run of such bytes
 * is; the runs are decoded (strictly) on their own, not the whole rest as one string.
 */
function validUtf8(b: Uint8Array, from: number): boolean {
  const n = b.length
  for (let i = from; i < n; i += 1) {
    if ((b[i] as number) < 128) continue
    let j = i + 1
    while (j < n && (b[j] as number) >= 128) j += 1
    try {
      fatalUtf8.decode(b.subarray(i, j))
    } catch {
      return false
    }
    i = j - 1
  }
  return true
}

/**
 * Where the record that starts at `start` ends, by readCsvRecord's rules: the index after its line
 * break, or the file's length + 1 where the file ends first (as readCsvRecord's `next`).
 */
export function recordNext(b: Uint8Array, start: number, sep: number): number {
  const n = b.length
  let i = start
  let atFieldStart = true
  for (;;) {
    if (i >= n) return n + 1
    const c = b[i] as number
    if (c === 34 && atFieldStart) {
      // A quoted field: to its closing quote; a doubled quote is a quote inside it.
      i += 1
      for (;;) {
        if (i >= n) break
        const q = b.indexOf(34, i)
        if (q === -1) {
          i = n
          break
        }
        if (b[q + 1] === 34) i = q + 2
        else {
          i = q + 1
          break
        }
      }
      atFieldStart = false
      continue
    }
    if (c === sep) {
      atFieldStart = true
      i += 1
      continue
    }
    if (c === 10 || c === 13) return c === 13 && b[i + 1] === 10 ? i + 2 : i + 1
    let j = i + 1
    while (j < n) {
      const d = b[j] as number
      if (d === sep || d === 10 || d === 13) break
      j += 1
    }
    atFieldStart = false
    i = j
  }
}

/** The index after the `lines`-th line break (CRLF, LF or a lone CR), or the length. */
function afterLines(b: Uint8Array, lines: number): number {
  let seen = 0
  for (let i = 0; i < b.length; i += 1) {
    const c = b[i]
    if (c !== 10 && c !== 13) continue
    if (c === 13 && b[i + 1] === 10) i += 1
    seen += 1
    if (seen === lines) return i + 1
  }
  return b.length
}

/** How much of a file is read as text before the byte lane takes over (tests make it small). */
export interface ByteTuning {
  /** At least this many records (the text reader's head: the header search and the statement check look there). */
  headRows: number
  /** And at least this many bytes (so a small file is read as text whole). */
  headBytes: number
}

export const BYTE_TUNING: ByteTuning = { headRows: 200, headBytes: 16 * 1024 }

export interface ByteSource {
  bytes: Uint8Array
  delimiter: Delimiter
  /** The file's opening records, decoded (a UTF-8 byte-order mark removed, as the whole file's decoding does). */
  head: string
  /** The index of the first byte after the head (a record starts there). */
  cut: number
  /** Records the head holds at least (the text reader's opening rows). */
  headRows: number
  lineFeeds: number
  /** Decodes bytes[start, end) on its own (a byte-order mark there is kept, as inside the whole text). */
  decode(start: number, end: number): string
  /** The whole file decoded, as decodeBytes decodes it. */
  whole(): string
}

/**
 * A file to read by its bytes, or null where it is read as one text: a file no longer than its
 * head, or one with an odd number of quotes (which the text reader checks for a quote never
 * closed). `bytes` are a file sniffed as UTF-8 (or plain ASCII).
 */
export function openByteSource(bytes: Uint8Array, tuning: ByteTuning = BYTE_TUNING): ByteSource | null {
  if (bytes.length <= tuning.headBytes) return null
  const scan = scanBytes(bytes)
  if (scan.quotes % 2 !== 0) return null
  const headDecoder = new TextDecoder(scan.encoding)
  const pieceDecoder = new TextDecoder(scan.encoding, { ignoreBOM: true })
  // The separator, from the first 60 lines as the text reader detects it.
  const delimiter = detectDelimiter(stripBom(headDecoder.decode(bytes.subarray(0, afterLines(bytes, 60)))))
  const sep = delimiter.charCodeAt(0)
  let cut = 0
  for (let records = 0; (records < tuning.headRows || cut < tuning.headBytes) && cut < bytes.length; records += 1)
    cut = recordNext(bytes, cut, sep)
  if (cut >= bytes.length) return null
  return new BytesWithHead(
    bytes,
    delimiter,
    headDecoder.decode(bytes.subarray(0, cut)),
    cut,
    tuning.headRows,
    scan.lineFeeds,
    headDecoder,
    pieceDecoder,
  )
}

/** A ByteSource. A class, so that `decode` is the same function for every file (see parse.ts's FastRowReader). */
class BytesWithHead implements ByteSource {
  constructor(
    readonly bytes: Uint8Array,
    readonly delimiter: Delimiter,
    readonly head: string,
    readonly cut: number,
    readonly headRows: number,
    readonly lineFeeds: number,
    private readonly headDecoder: TextDecoder,
    private readonly pieceDecoder: TextDecoder,
  ) {}

  decode(start: number, end: number): string {
    return this.pieceDecoder.decode(this.bytes.subarray(start, end))
  }

  whole(): string {
    return this.headDecoder.decode(this.bytes)
  }
}

/** An ASCII span as a string. */
export function asciiText(b: Uint8Array, start: number, end: number): string {
  let s = ''
  for (let i = start; i < end; i += 1) s += String.fromCharCode(b[i] as number)
  return s
}

/**
 * Cell values that repeat down a column (security types, currency codes), each read once: by the
 * hash of its bytes, compared byte by byte. Bounded: past `limit` distinct values a value is read
 * each time instead of kept.
 */
class ByteIntern<T> {
  private readonly byHash = new Map<number, { bytes: Uint8Array; value: T }[]>()
  private size = 0
  /** The value read last: a column repeats its value down many rows. */
  private last: { bytes: Uint8Array; value: T } | null = null

  constructor(
    private readonly read: (text: string) => T,
    private readonly limit = 256,
  ) {}

  get(b: Uint8Array, start: number, end: number): T {
    const last = this.last
    if (last && last.bytes.length === end - start) {
      let k = 0
      while (k < last.bytes.length && last.bytes[k] === b[start + k]) k += 1
      if (k === last.bytes.length) return last.value
    }
    let h = ROW_HASH_START
    for (let i = start; i < end; i += 1) h = Math.imul(h ^ (b[i] as number), ROW_HASH_PRIME)
    const list = this.byHash.get(h)
    if (list)
      for (const x of list) {
        if (x.bytes.length !== end - start) continue
        let k = 0
        while (k < x.bytes.length && x.bytes[k] === b[start + k]) k += 1
        if (k === x.bytes.length) {
          this.last = x
          return x.value
        }
      }
    const value = this.read(asciiText(b, start, end))
    if (this.size < this.limit) {
      const entry = { bytes: b.slice(start, end), value }
      if (list) list.push(entry)
      else this.byHash.set(h, [entry])
      this.size += 1
      this.last = entry
    }
    return value
  }
}

/** The words of rowClass's label patterns (its LABEL_WORD), by their first character in lower case. */
const LABEL_WORDS = [
  'total',
  'summe',
  'gesamt',
  'pending',
  'unsettled',
  'cash',
  'money',
  'core',
  'sweep',
  'bank',
  'uninvested',
  'usd',
  'eur',
  'gbp',
  'mmda',
  '**',
]
const WORDS_BY_FIRST: (number[][] | undefined)[] = []
/** The words' first two characters, as (first << 8) | second: most pairs of a cell start none. */
const WORD_STARTS = new Uint8Array(1 << 15)
for (const w of LABEL_WORDS) {
  const codes = [...w].map((c) => c.charCodeAt(0))
  const first = codes[0] as number
  ;(WORDS_BY_FIRST[first] ??= []).push(codes)
  WORD_STARTS[(first << 8) | (codes[1] as number)] = 1
}

/**
 * Whether printable ASCII b[start, end) holds a label word, in any case (as LABEL_WORD, which
 * ignores case). `| 0x20` lower-cases a letter, and maps no other printable character to a
 * letter or to `*`.
 */
export function hasLabelWord(b: Uint8Array, start: number, end: number): boolean {
  for (let p = start; p + 1 < end; p += 1) {
    const first = (b[p] as number) | 0x20
    if (WORD_STARTS[(first << 8) | ((b[p + 1] as number) | 0x20)] === 0) continue
    const words = WORDS_BY_FIRST[first]
    if (!words) continue
    for (const w of words) {
      if (p + w.length > end) continue
      let k = 1
      while (k < w.length && ((b[p + k] as number) | 0x20) === w[k]) k += 1
      if (k === w.length) return true
    }
  }
  return false
}

/** A security type cell, read once per distinct value (module functions: the same call target for every file). */
function typeOf(t: string): { text: string | null; cash: boolean } {
  return { text: t || null, cash: isCashType(t) }
}

/** A currency cell's known code, or null. */
function knownCurrency(raw: string): string | null {
  const code = currencyCode(raw)
  return isKnownCurrency(code) ? code : null
}

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k)
const MAX_CELLS = 512

/**
 * Reads ordinary rows from bytes (see the module's comment). `read` answers the row at `start`:
 * the index after its line break, with the row's parts in the fields below, or -1 where the text
 * reader must read it. It keeps nothing of a row: the caller checks duplicates (by `hash`, over the
 * span [start, end)) and stores the position.
 */
export class FastRows {
  /** The row read: its hash and end (without the line break), then the position's parts. */
  hash = 0
  end = 0
  /** 0 security, 1 cash (KINDS). */
  kind = 0
  quantity: number | null = null
  valueCents = 0
  tickerStart = 0
  tickerEnd = 0
  nameStart = 0
  nameEnd = 0
  isin: string | null = null
  cusip: string | null = null
  currency: string | null = null
  type: string | null = null

  private readonly starts = new Int32Array(MAX_CELLS)
  private readonly ends = new Int32Array(MAX_CELLS)
  private readonly off: boolean
  private readonly sep: number
  private readonly mark: number
  private readonly group: number
  private readonly header0: number[]
  private readonly ticker: number
  private readonly isinAt: number
  private readonly cusipAt: number
  private readonly name: number
  private readonly value: number
  private readonly quantityAt: number
  private readonly typeAt: number
  private readonly currencyAt: number
  private readonly dollarCurrency: string | null
  private readonly bareCurrency: string | null
  private readonly types = new ByteIntern(typeOf)
  private readonly currencies = new ByteIntern(knownCurrency)
  /** The last amount read by `plain`. */
  private amount = 0
  private dollar = false

  constructor(
    private readonly headers: readonly string[],
    m: ColumnMapping,
    decimalMark: DecimalMark,
    private readonly valueCurrency: string | null,
    delimiter: Delimiter,
  ) {
    // Rows that convert by a rate, or have no value column, are the text reader's.
    this.off = m.value === null || m.fxRate !== null
    this.sep = delimiter.charCodeAt(0)
    this.mark = decimalMark === '.' ? 46 : 44
    this.group = decimalMark === '.' ? 44 : 46
    this.header0 = [...(headers[0] ?? '')].map((c) => c.charCodeAt(0))
    const at = (i: number | null) => (i === null ? -1 : i)
    this.ticker = at(m.ticker)
    this.isinAt = at(m.isin)
    this.cusipAt = at(m.cusip)
    this.name = at(m.name)
    this.value = at(m.value)
    this.quantityAt = at(m.quantity)
    this.typeAt = at(m.type)
    this.currencyAt = at(m.currency)
    // A plain amount names a currency only by its dollar sign (cellCurrency's answer, asked once).
    this.dollarCurrency = cellCurrency('$1')
    this.bareCurrency = cellCurrency('1')
  }

  read(b: Uint8Array, start: number): number {
    if (this.off) return -1
    const n = b.length
    const sep = this.sep
    const starts = this.starts
    const ends = this.ends
    let h = ROW_HASH_START
    let i = start
    let cells = 0
    let c = 0
    for (;;) {
      if (cells === MAX_CELLS) return -1
      c = i < n ? (b[i] as number) : -1
      let s = i
      if (c === 34) {
        // A quoted cell: quotes around the whole cell only, nothing after the closing one.
        h = Math.imul(h ^ 34, ROW_HASH_PRIME)
        i += 1
        s = i
        for (;;) {
          if (i >= n) return -1
          c = b[i] as number
          if (c === 34) break
          if (c < 32 || c > 126) return -1
          h = Math.imul(h ^ c, ROW_HASH_PRIME)
          i += 1
        }
        ends[cells] = i
        h = Math.imul(h ^ 34, ROW_HASH_PRIME)
        i += 1
        c = i < n ? (b[i] as number) : -1
        if (c !== sep && c !== 10 && c !== 13 && c !== -1) return -1
      } else {
        while (i < n) {
          c = b[i] as number
          if (c === sep || c === 10 || c === 13) break
          if (c < 32 || c > 126 || c === 34) return -1
          h = Math.imul(h ^ c, ROW_HASH_PRIME)
          i += 1
        }
        if (i >= n) c = -1
        ends[cells] = i
      }
      const e = ends[cells] as number
      // Cells are trimmed: a space at either end is the text reader's.
      if (e > s && (b[s] === 32 || b[e - 1] === 32)) return -1
      starts[cells] = s
      cells += 1
      if (c !== sep) break
      h = Math.imul(h ^ sep, ROW_HASH_PRIME)
      i += 1
    }
    this.hash = h
    this.end = i
    const next = c === -1 ? n + 1 : c === 13 && b[i + 1] === 10 ? i + 2 : i + 1
    return this.entry(b, cells) ? next : -1
  }

  /** Whether cell k of the row is the header's first cell. */
  private isHeader0(b: Uint8Array, k: number): boolean {
    const s = this.starts[k] as number
    const w = this.header0
    if ((this.ends[k] as number) - s !== w.length) return false
    for (let j = 0; j < w.length; j += 1) if (b[s + j] !== w[j]) return false
    return true
  }

  /** The row's cells as classifyRow and toPosition would take them, where they give a position. */
  private entry(b: Uint8Array, cells: number): boolean {
    const starts = this.starts
    const ends = this.ends
    let filled = false
    for (let k = 0; k < cells; k += 1)
      if ((ends[k] as number) > (starts[k] as number)) {
        filled = true
        break
      }
    // A blank row, and a row that may repeat the header, are the text reader's.
    if (!filled || (cells === this.headers.length && this.isHeader0(b, 0))) return false
    const t = this.ticker < cells ? this.ticker : -1
    const nm = this.name < cells ? this.name : -1
    if (hasLabelWord(b, starts[0] as number, ends[0] as number)) return false
    if (t >= 0 && hasLabelWord(b, starts[t] as number, ends[t] as number)) return false
    if (nm >= 0 && hasLabelWord(b, starts[nm] as number, ends[nm] as number)) return false
    // The value: a plain amount (an empty or other value cell is the text reader's).
    const v = this.value
    if (v >= cells || !this.plain(b, starts[v] as number, ends[v] as number)) return false
    const value = this.amount
    const dollar = this.dollar
    let quantity: number | null = null
    const q = this.quantityAt
    if (q >= 0 && q < cells && (ends[q] as number) > (starts[q] as number)) {
      if (!this.plain(b, starts[q] as number, ends[q] as number)) return false
      quantity = this.amount
    }
    // Identifiers. A ticker in lower case, or as long as an ISIN or a CUSIP, is the text reader's.
    this.tickerStart = this.tickerEnd = 0
    if (t >= 0) {
      const ts = starts[t] as number
      const te = ends[t] as number
      if (te - ts === 12 || te - ts === 9) return false
      for (let j = ts; j < te; j += 1) if ((b[j] as number) >= 97 && (b[j] as number) <= 122) return false
      this.tickerStart = ts
      this.tickerEnd = te
    }
    this.nameStart = this.nameEnd = 0
    if (nm >= 0) {
      this.nameStart = starts[nm] as number
      this.nameEnd = ends[nm] as number
    }
    this.isin = this.isinAt >= 0 && this.isinAt < cells ? this.code(b, this.isinAt) : null
    if (this.isin !== null && !isValidIsin(this.isin)) return false
    const cusip = this.cusipAt >= 0 && this.cusipAt < cells ? this.code(b, this.cusipAt) : null
    this.cusip = cusip && restoreCusip(cusip)
    const ty = this.typeAt >= 0 && this.typeAt < cells ? this.typeAt : -1
    const type = ty >= 0 ? this.types.get(b, starts[ty] as number, ends[ty] as number) : null
    this.type = type ? type.text : null
    this.kind = type?.cash ? 1 : 0
    const named = this.tickerEnd > this.tickerStart || this.isin !== null || this.cusip !== null
    if (this.kind === 0 && !named && this.nameEnd === this.nameStart) return false
    // The value's currency, as toPosition's rowCurrency finds it for a plain amount.
    const cu = this.currencyAt >= 0 && this.currencyAt < cells ? this.currencyAt : -1
    if (this.valueCurrency) this.currency = this.valueCurrency
    else if (cu >= 0 && (ends[cu] as number) > (starts[cu] as number)) {
      this.currency = this.currencies.get(b, starts[cu] as number, ends[cu] as number)
      if (this.currency === null) return false
    } else this.currency = dollar ? this.dollarCurrency : this.bareCurrency
    const cents = toCents(value)
    if (Math.abs(cents) > MAX_POSITION_CENTS) return false
    if (this.kind === 0 && quantity !== null && quantity * cents < 0) return false
    if (quantity !== null && Math.abs(quantity) > MAX_QUANTITY) return false
    this.valueCents = cents
    this.quantity = quantity
    return true
  }

  /** An ISIN or CUSIP cell as rowIdentifiers reads it. */
  private code(b: Uint8Array, k: number): string | null {
    const s = this.starts[k] as number
    const e = this.ends[k] as number
    return e > s ? compactCode(asciiText(b, s, e)) : null
  }

  /**
   * Reads b[start, end) where it is a plain amount (amount.ts's PLAIN: "-$1,234.56", "1234.5",
   * ".5", with the file's decimal mark) of at most 15 digits, into `amount` and `dollar`, with
   * parsePlain's arithmetic; false for anything else (the text reader's).
   */
  private plain(b: Uint8Array, start: number, end: number): boolean {
    let p = start
    let negative = false
    let dollar = false
    if (p < end && b[p] === 45) {
      negative = true
      p += 1
    }
    if (p < end && b[p] === 36) {
      dollar = true
      p += 1
    }
    let n = 0
    let digits = 0
    let decimals = 0
    const intStart = p
    while (p < end && (b[p] as number) >= 48 && (b[p] as number) <= 57) {
      n = n * 10 + ((b[p] as number) - 48)
      p += 1
    }
    const leading = p - intStart
    digits = leading
    if (leading > 0 && p < end && b[p] === this.group) {
      if (leading > 3) return false
      while (p < end && b[p] === this.group) {
        p += 1
        for (let k = 0; k < 3; k += 1) {
          if (p >= end || (b[p] as number) < 48 || (b[p] as number) > 57) return false
          n = n * 10 + ((b[p] as number) - 48)
          p += 1
          digits += 1
        }
      }
    }
    if (p < end && b[p] === this.mark) {
      p += 1
      const from = p
      while (p < end && (b[p] as number) >= 48 && (b[p] as number) <= 57) {
        n = n * 10 + ((b[p] as number) - 48)
        p += 1
      }
      decimals = p - from
      if (decimals === 0) return false
      digits += decimals
    } else if (leading === 0) return false
    if (p !== end || digits > 15) return false
    const value = decimals > 0 ? n / (POW10[decimals] as number) : n
    this.amount = negative ? -value : value
    this.dollar = dollar
    return true
  }
}
