/**
 * Positions as they travel from the holdings worker to the page: their numbers in typed arrays
 * (transferred, not copied) and their text in one string. Measured in Chromium, 100,000 positions
 * reached the page as objects (cloned field by field at both ends) in 175-195 ms, packed like this
 * and rebuilt on the page in 32-41 ms.
 */
import type { Position, PositionKind } from './parse'

export interface PackedPositions {
  count: number
  /** Per position: line, quantity, valueCents (NaN for null). */
  numbers: Float64Array
  /** Per position: its kind, as an index into KINDS. */
  kinds: Uint8Array
  /**
   * Per position: the lengths of ticker, isin, cusip and name in `text`, then its currency and
   * security type as indexes into `codes` (-1 for null).
   */
  lengths: Int32Array
  text: string
  /** The chunk's currencies and security types, each once: a file has a handful, on every row. */
  codes: string[]
}

export const KINDS: readonly PositionKind[] = ['security', 'cash', 'pending']
const TEXTS = 6

export function packPositions(positions: readonly Position[]): PackedPositions {
  const count = positions.length
  const numbers = new Float64Array(count * 3)
  const kinds = new Uint8Array(count)
  const lengths = new Int32Array(count * TEXTS)
  const parts: string[] = []
  const codes = new Codes()
  const put = (at: number, s: string | null) => {
    lengths[at] = s === null ? -1 : s.length
    if (s) parts.push(s)
  }
  for (let i = 0; i < count; i += 1) {
    const p = positions[i] as Position
    numbers[i * 3] = p.line
    numbers[i * 3 + 1] = p.quantity ?? NaN
    numbers[i * 3 + 2] = p.valueCents ?? NaN
    kinds[i] = KINDS.indexOf(p.kind)
    const t = i * TEXTS
    put(t, p.ticker)
    put(t + 1, p.isin)
    put(t + 2, p.cusip)
    put(t + 3, p.name)
    lengths[t + 4] = codes.of(p.currency, 0)
    lengths[t + 5] = codes.of(p.securityType, 1)
  }
  return { count, numbers, kinds, lengths, text: parts.join(''), codes: codes.list }
}

/** A chunk's dictionary of repeated texts. */
class Codes {
  readonly list: string[] = []
  private readonly index = new Map<string, number>()
  /** The last text coded, by field: a column repeats one text down many rows. */
  private readonly lastText: (string | null)[] = [null, null]
  private readonly lastCode = [-1, -1]
  of(s: string | null, field = 0): number {
    if (s === null) return -1
    if (s === this.lastText[field]) return this.lastCode[field] as number
    let i = this.index.get(s)
    if (i === undefined) {
      i = this.list.push(s) - 1
      this.index.set(s, i)
    }
    this.lastText[field] = s
    this.lastCode[field] = i
    return i
  }
}

/** Rebuilds packed positions, appending them to `into` (the inverse of packPositions). */
export function unpackPositions(packed: PackedPositions, into: Position[]): void {
  unpackRange(packed, into, 0, packed.count, 0)
}

/**
 * Positions [from, to) of a packed chunk, into `into`; `at` is where position `from`'s texts start
 * in the chunk's text (0 for the first). Returns where the next position's texts start, so that a
 * chunk can be unpacked a slice at a time.
 */
export function unpackRange(packed: PackedPositions, into: Position[], from: number, to: number, at: number): number {
  const { numbers, kinds, lengths, text, codes } = packed
  // Written out, not through helper closures: a closure made per chunk is another call target
  // each time, and the page's optimised loop was thrown away for it.
  for (let i = from; i < to; i += 1) {
    const quantity = numbers[i * 3 + 1] as number
    const valueCents = numbers[i * 3 + 2] as number
    const t = i * TEXTS
    // Built in toPosition's order, so that every position has one shape.
    const line = numbers[i * 3] as number
    const kind = KINDS[kinds[i] as number] as PositionKind
    let n = lengths[t] as number
    const ticker = n < 0 ? null : text.slice(at, (at += n))
    n = lengths[t + 1] as number
    const isin = n < 0 ? null : text.slice(at, (at += n))
    n = lengths[t + 2] as number
    const cusip = n < 0 ? null : text.slice(at, (at += n))
    n = lengths[t + 3] as number
    const name = n < 0 ? null : text.slice(at, (at += n))
    n = lengths[t + 4] as number
    const currency = n < 0 ? null : (codes[n] as string)
    n = lengths[t + 5] as number
    const securityType = n < 0 ? null : (codes[n] as string)
    into.push({
      line,
      kind,
      ticker,
      isin,
      cusip,
      name,
      quantity: Number.isNaN(quantity) ? null : quantity,
      valueCents: Number.isNaN(valueCents) ? null : valueCents,
      currency,
      securityType,
    })
  }
  return at
}

const utf8 = new TextEncoder()
// A chunk's text keeps a leading U+FEFF (it is a character of the first text, not a byte-order mark).
const fromUtf8 = new TextDecoder('utf-8', { ignoreBOM: true })

/**
 * Packs positions as the byte reader finds them, without a string or an object per row: an ordinary
 * row's ticker and name are copied from the file's bytes (ASCII, so a byte is a character), other
 * rows come as positions; the chunk's text is decoded once, when it is taken. The same packing as
 * packPositions, so the page unpacks it the same way.
 */
export class PackedBuilder {
  count = 0
  private numbers: Float64Array
  private kinds: Uint8Array
  private lengths: Int32Array
  private bytes: Uint8Array
  private used = 0
  private codes = new Codes()

  constructor(private readonly capacity: number) {
    this.numbers = new Float64Array(capacity * 3)
    this.kinds = new Uint8Array(capacity)
    this.lengths = new Int32Array(capacity * TEXTS)
    this.bytes = new Uint8Array(capacity * 64)
  }

  /** Starts a position; its six texts follow, in packPositions' order, with putSpan, putText, putCode. */
  begin(line: number, kind: number, quantity: number | null, valueCents: number | null): void {
    const i = this.count
    this.numbers[i * 3] = line
    this.numbers[i * 3 + 1] = quantity ?? NaN
    this.numbers[i * 3 + 2] = valueCents ?? NaN
    this.kinds[i] = kind
  }

  private room(n: number): void {
    if (this.used + n <= this.bytes.length) return
    const next = new Uint8Array(Math.max(this.bytes.length * 2, this.used + n))
    next.set(this.bytes.subarray(0, this.used))
    this.bytes = next
  }

  /** Text `k` (0-5) of the position begun: ASCII bytes src[start, end), null where empty. */
  putSpan(k: number, src: Uint8Array, start: number, end: number): void {
    const n = end - start
    this.lengths[this.count * TEXTS + k] = n === 0 ? -1 : n
    if (n === 0) return
    this.room(n)
    const bytes = this.bytes
    let at = this.used
    for (let i = start; i < end; i += 1) bytes[at++] = src[i] as number
    this.used = at
  }

  /**
   * Text `k` (0-5) of the position begun, as a string or null. (A lone surrogate, which only
   * pasted text can hold, arrives as U+FFFD, the character it is shown as.)
   */
  putText(k: number, s: string | null): void {
    this.lengths[this.count * TEXTS + k] = s === null ? -1 : s.length
    if (!s) return
    this.room(s.length * 3)
    const bytes = this.bytes
    let at = this.used
    for (let i = 0; i < s.length; i += 1) {
      const c = s.charCodeAt(i)
      if (c >= 128) {
        at += utf8.encodeInto(s.slice(i), bytes.subarray(at)).written
        break
      }
      bytes[at++] = c
    }
    this.used = at
  }

  /** Text `k` (4 or 5: currency, security type) of the position begun, as a code. */
  putCode(k: number, s: string | null): void {
    this.lengths[this.count * TEXTS + k] = this.codes.of(s, k - 4)
  }

  /** Ends the position begun. */
  end(): void {
    this.count += 1
  }

  add(p: Position): void {
    this.begin(p.line, KINDS.indexOf(p.kind), p.quantity, p.valueCents)
    this.putText(0, p.ticker)
    this.putText(1, p.isin)
    this.putText(2, p.cusip)
    this.putText(3, p.name)
    this.putCode(4, p.currency)
    this.putCode(5, p.securityType)
    this.end()
  }

  /** The positions packed so far, and a fresh start (new arrays: the taken ones are transferred). */
  take(): PackedPositions {
    const count = this.count
    const out: PackedPositions = {
      count,
      numbers: count === this.capacity ? this.numbers : this.numbers.slice(0, count * 3),
      kinds: count === this.capacity ? this.kinds : this.kinds.slice(0, count),
      lengths: count === this.capacity ? this.lengths : this.lengths.slice(0, count * TEXTS),
      text: fromUtf8.decode(this.bytes.subarray(0, this.used)),
      codes: this.codes.list,
    }
    this.codes = new Codes()
    this.count = 0
    this.used = 0
    this.numbers = new Float64Array(this.capacity * 3)
    this.kinds = new Uint8Array(this.capacity)
    this.lengths = new Int32Array(this.capacity * TEXTS)
    return out
  }
}
