import type { ColumnMapping } from '../../domain/holdings/columns'
import {
  leftOutOfCompany,
  lookThrough,
  lookThroughStream,
  type LookThroughOptions,
  type LookThroughStream,
  type LookThroughResult,
  type TargetCompany,
  type UnresolvedPosition,
} from '../../domain/holdings/lookthrough'
import { parsePortfolio, type ParseOutcome, type Position, type PositionKind } from '../../domain/holdings/parse'
import type { Fund } from '../../domain/holdings/schema'
import { checkColumnCount, detectDelimiter, findUnclosedQuote, stripBom } from '../../domain/holdings/csv'
import { checkFileSize, checkPastedText, decodeBytes, sniffBytes } from '../../domain/holdings/sniff'

/** What the page asks the worker to do: read a file or pasted text, parse it and look it through. */
export interface HoldingsJob {
  id: number
  input: { kind: 'file'; file: Blob } | { kind: 'text'; text: string }
  manual?: { headerLine: number; mapping: ColumnMapping }
  company: TargetCompany
  funds: Fund[]
  /** The user's rates, class choices and fund files; the account currency comes from the file. */
  options?: Omit<LookThroughOptions, 'currency'>
  /**
   * The account currency the rates were entered against: they apply only where the file's account
   * currency is the same ("EUR per 1 USD" is not "GBP per 1 USD").
   */
  ratesAccount?: string | null
}

/**
 * The benchmark's floor, answered by the same worker: read the file's text and split it into
 * lines, nothing else (bench/holdings.bench.mjs times it beside a real job, in the same run).
 */
export interface HoldingsBaselineJob {
  id: number
  baseline: true
  file: Blob
}

export type HoldingsStage = 'reading' | 'parsing' | 'looking through'

export interface HoldingsJobResult {
  outcome: ParseOutcome
  /** The exposure of the rows that parsed, so the user sees what accepting would give. */
  preview: LookThroughResult | null
  /** Lines in the input, for the rows-per-second figure. */
  lines: number
  /**
   * Where the time went. With a stream, the look-through of each batch (inside the parse's time)
   * is counted in lookThroughMs, and packing and posting the batches in sendMs.
   */
  timings: { readMs: number; parseMs: number; lookThroughMs: number; sendMs: number }
}

export type HoldingsMessage =
  | { id: number; type: 'progress'; stage: HoldingsStage }
  | {
      id: number
      type: 'chunk'
      positions: PackedPositions
      unresolved: UnresolvedPosition[]
    }
  | { id: number; type: 'result'; result: HoldingsJobResult }
  | { id: number; type: 'refused'; error: string }
  | { id: number; type: 'baseline'; lines: number }

/** The floor: the file's text split into lines (the same line breaks the reader knows). */
export async function runBaselineJob(job: HoldingsBaselineJob): Promise<HoldingsMessage> {
  const lines = (await job.file.text()).split(/\r\n|\n|\r/).length
  return { id: job.id, type: 'baseline', lines }
}

function countLines(text: string): number {
  let n = 1
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n += 1
  return n
}

/** Limits and a quote left open, checked before parsing starts. */
function checkText(text: string): string | null {
  const delimiter = detectDelimiter(stripBom(text))
  const columns = checkColumnCount(text, delimiter)
  if (columns) return columns
  const line = findUnclosedQuote(text, delimiter)
  if (line === null) return null
  return `Line ${line} opens a quoted field (") that is never closed, so the rest of the file would be read as one value. Close the quote on that line and try again.`
}

/** The look-through of the streamed batches, and the account currency it assumed. */
interface StreamedLook {
  stream: LookThroughStream
  currency: string | null
}

/**
 * The work itself, the same in the worker and (where Worker is missing, as in unit tests) on the
 * page: size and signature checks first, then decode, parse and look through.
 */
export async function runHoldingsJob(
  job: HoldingsJob,
  progress: (stage: HoldingsStage) => void,
  stream?: (positions: Position[]) => void,
): Promise<HoldingsMessage> {
  const t0 = performance.now()
  let text: string
  progress('reading')
  if (job.input.kind === 'file') {
    const file = job.input.file
    const sizeError = checkFileSize(file.size)
    if (sizeError) return { id: job.id, type: 'refused', error: sizeError }
    const sniff = sniffBytes(new Uint8Array(await file.slice(0, 4096).arrayBuffer()))
    if (!sniff.ok) return { id: job.id, type: 'refused', error: sniff.error }
    text = decodeBytes(new Uint8Array(await file.arrayBuffer()), sniff.encoding)
  } else {
    text = job.input.text
    const pasteError = checkPastedText(text.length)
    if (pasteError) return { id: job.id, type: 'refused', error: pasteError }
    if (text.includes('\u0000'))
      return { id: job.id, type: 'refused', error: 'This text is not a CSV: it contains binary data (NUL bytes).' }
  }
  const limitError = checkText(text)
  if (limitError) return { id: job.id, type: 'refused', error: limitError }
  const t1 = performance.now()
  progress('parsing')
  const lookOptions = (currency: string | null): LookThroughOptions => ({
    ...(job.options ?? {}),
    currency,
    rates: currency !== null && currency === job.ratesAccount ? (job.options?.rates ?? {}) : {},
  })
  // With a stream, each batch of positions is sent on and looked through as it is read, in the
  // account currency of its first position; the worker then keeps none of them.
  let look: StreamedLook | null = null
  let sent = 0
  let sendMs = 0
  let lookMs = 0
  const onBatch = (positions: Position[]) => {
    const s0 = performance.now()
    stream?.(positions)
    const s1 = performance.now()
    sent += positions.length
    if (!look) {
      const currency = positions[0]?.currency ?? null
      look = { stream: lookThroughStream(job.company, job.funds, lookOptions(currency)), currency }
    }
    look.stream.add(positions)
    sendMs += s1 - s0
    lookMs += performance.now() - s1
  }
  let outcome = parsePortfolio(text, {
    ...(job.manual ? { manual: job.manual } : {}),
    ...(stream ? { stream: { every: CHUNK, send: onBatch } } : {}),
  })
  const t2 = performance.now()
  progress('looking through')
  let preview: LookThroughResult | null = null
  if (outcome.ok) {
    // Only the left-out rows that are the company's shares travel on (and are saved).
    outcome.portfolio.leftOutSecurities = leftOutOfCompany(outcome.portfolio.leftOutSecurities, job.company)
    const { portfolio } = outcome
    const currency = portfolio.currency.code
    // Assigned in onBatch, which TypeScript does not follow.
    const streamed = look as StreamedLook | null
    if (streamed && streamed.currency === currency) {
      streamed.stream.add(portfolio.positions)
      preview = streamed.stream.finish(portfolio.statedTotal, portfolio.leftOutSecurities)
    } else if (streamed) {
      // The account currency was not the first position's (a base-currency line, or rows in
      // several currencies): read the file again, keeping every position, and look it through
      // whole. The positions already sent stand; the rest follow.
      const again = parsePortfolio(text, job.manual ? { manual: job.manual } : {})
      if (again.ok) {
        again.portfolio.leftOutSecurities = leftOutOfCompany(again.portfolio.leftOutSecurities, job.company)
        preview = lookThrough(again.portfolio.positions, job.company, job.funds, again.portfolio.statedTotal, {
          ...lookOptions(currency),
          leftOut: again.portfolio.leftOutSecurities,
        })
        outcome = { ok: true, portfolio: { ...again.portfolio, positions: again.portfolio.positions.slice(sent) } }
      }
    } else
      preview = lookThrough(portfolio.positions, job.company, job.funds, portfolio.statedTotal, {
        ...lookOptions(currency),
        leftOut: portfolio.leftOutSecurities,
      })
  }
  const t3 = performance.now()
  return {
    id: job.id,
    type: 'result',
    result: {
      outcome,
      preview,
      lines: countLines(text),
      timings: { readMs: t1 - t0, parseMs: t2 - t1 - sendMs - lookMs, lookThroughMs: t3 - t2 + lookMs, sendMs },
    },
  }
}

/**
 * Positions as they travel to the page: their numbers in typed arrays (transferred, not copied)
 * and their text in one string. Measured in Chromium, 100,000 positions reached the page as
 * objects (cloned field by field at both ends) in 175-195 ms, packed like this and rebuilt on the
 * page in 32-41 ms.
 */
export interface PackedPositions {
  count: number
  /** Per position: line, quantity, valueCents (NaN for null). */
  numbers: Float64Array
  /** Per position: its kind, as an index into KINDS. */
  kinds: Uint8Array
  /** Per position: the lengths of ticker, isin, cusip, name, currency and securityType in `text` (-1 for null). */
  lengths: Int32Array
  text: string
}

const KINDS: readonly PositionKind[] = ['security', 'cash', 'pending']
const TEXTS = 6

export function packPositions(positions: readonly Position[]): PackedPositions {
  const count = positions.length
  const numbers = new Float64Array(count * 3)
  const kinds = new Uint8Array(count)
  const lengths = new Int32Array(count * TEXTS)
  const parts: string[] = []
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
    put(t + 4, p.currency)
    put(t + 5, p.securityType)
  }
  return { count, numbers, kinds, lengths, text: parts.join('') }
}

/** Rebuilds packed positions, appending them to `into` (the inverse of packPositions). */
export function unpackPositions(packed: PackedPositions, into: Position[]): void {
  const { numbers, kinds, lengths, text } = packed
  let at = 0
  const next = (i: number): string | null => {
    const n = lengths[i] as number
    if (n < 0) return null
    const s = text.slice(at, at + n)
    at += n
    return s
  }
  for (let i = 0; i < packed.count; i += 1) {
    const quantity = numbers[i * 3 + 1] as number
    const valueCents = numbers[i * 3 + 2] as number
    const t = i * TEXTS
    // Built in toPosition's order, so that every position has one shape.
    const line = numbers[i * 3] as number
    const kind = KINDS[kinds[i] as number] as PositionKind
    const ticker = next(t)
    const isin = next(t + 1)
    const cusip = next(t + 2)
    const name = next(t + 3)
    const currency = next(t + 4)
    const securityType = next(t + 5)
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
}

/** The buffers a message can hand over instead of copying. */
export function transferables(message: HoldingsMessage): Transferable[] {
  if (message.type !== 'chunk') return []
  const p = message.positions
  return [p.numbers.buffer, p.kinds.buffer, p.lengths.buffer]
}

/**
 * Large results go to the page in chunks: the page decodes each message in one task, and one
 * message of 100,000 positions would block it for longer than 50 ms.
 */
export const CHUNK = 2_500

/** A chunk of positions (packed) and unresolved positions for the page. */
export function chunkMessage(
  id: number,
  positions: readonly Position[],
  unresolved: UnresolvedPosition[],
): Extract<HoldingsMessage, { type: 'chunk' }> {
  return { id, type: 'chunk', positions: packPositions(positions), unresolved }
}

/**
 * The messages that carry `message` to the page: chunks of the long arrays, then the rest.
 * `streamed`: positions already went to the page while the file was read (see runHoldingsJob's
 * stream), and the message holds only the rest.
 */
export function splitForTransfer(message: HoldingsMessage, streamed = false): HoldingsMessage[] {
  if (message.type !== 'result' || !message.result.outcome.ok) return [message]
  const positions = message.result.outcome.portfolio.positions
  const unresolved = message.result.preview?.unresolved ?? []
  if (!streamed && Math.max(positions.length, unresolved.length) <= CHUNK) return [message]
  const out: HoldingsMessage[] = []
  for (let i = 0; i < positions.length || i < unresolved.length; i += CHUNK)
    out.push(chunkMessage(message.id, positions.slice(i, i + CHUNK), unresolved.slice(i, i + CHUNK)))
  const { result } = message
  const outcome = { ok: true as const, portfolio: { ...message.result.outcome.portfolio, positions: [] } }
  const preview = result.preview ? { ...result.preview, unresolved: [] } : null
  out.push({ id: message.id, type: 'result', result: { ...result, outcome, preview } })
  return out
}

/** What the page has received of one job: each chunk is unpacked as it arrives, in its own task. */
export interface Received {
  positions: Position[]
  unresolved: UnresolvedPosition[]
}

export function receiveChunk(received: Received, chunk: Extract<HoldingsMessage, { type: 'chunk' }>): void {
  unpackPositions(chunk.positions, received.positions)
  for (const u of chunk.unresolved) received.unresolved.push(u)
}

/** Puts the received chunks back into the final result (the inverse of splitForTransfer). */
export function joinChunks(received: Received | undefined, message: HoldingsMessage): HoldingsMessage {
  if (!received || message.type !== 'result' || !message.result.outcome.ok) return message
  const { positions, unresolved } = received
  const { result } = message
  const outcome = { ok: true as const, portfolio: { ...message.result.outcome.portfolio, positions } }
  const preview = result.preview ? { ...result.preview, unresolved } : null
  return { ...message, result: { ...result, outcome, preview } }
}
