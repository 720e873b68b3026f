import type { ColumnMapping } from '../../domain/holdings/columns'
import {
  leftOutOfCompany,
  lookThrough,
  lookThroughStream,
  type LookThroughOptions,
  type LookThroughStream,
  type LookThroughResult,
  type TargetCompany,
} from '../../domain/holdings/lookthrough'
import { openByteSource, type ByteSource } from '../../domain/holdings/byteLane'
import {
  parsePortfolio,
  parsePortfolioBytes,
  type ParsedPortfolio,
  type ParseOutcome,
  type Position,
} from '../../domain/holdings/parse'
import type { Fund } from '../../domain/holdings/schema'
import { packPositions, unpackPositions, unpackRange, type PackedPositions } from '../../domain/holdings/packed'
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
  /**
   * The account currency the user chose for the portfolio this file replaces (and that file's
   * name): used where this file states none, as the same account's next export usually does not.
   */
  chosenCurrency?: { code: string; from: string } | null
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
   * Where the time went. With a stream, posting the packed positions is counted in sendMs (packing is
   * part of the parse: positions are packed as they are read), and
   * the look-through is the page's (lookThroughMs is then about 0).
   */
  timings: { readMs: number; parseMs: number; lookThroughMs: number; sendMs: number }
}

export type HoldingsMessage =
  | { id: number; type: 'progress'; stage: HoldingsStage }
  | {
      id: number
      type: 'chunk'
      positions: PackedPositions
      /** The account currency, where the file stated it before its rows (so the page looks through in it from the start). */
      accountCurrency?: string | null
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

/**
 * Limits and a quote left open, checked before parsing starts. `whole`: the text is the whole file;
 * else it is a file's opening text, read by its bytes after that, which has an even number of
 * quotes (openByteSource), so no quote is left open.
 */
function checkText(text: string, whole = true): string | null {
  const delimiter = detectDelimiter(stripBom(text))
  const columns = checkColumnCount(text, delimiter)
  if (columns || !whole) return columns
  const line = findUnclosedQuote(text, delimiter)
  if (line === null) return null
  return `Line ${line} opens a quoted field (") that is never closed, so the rest of the file would be read as one value. Close the quote on that line and try again.`
}

/**
 * Whether the account currency the user chose for the previous file goes on to this one: only
 * where this file needs the same choice (it states no account currency and its rows are in
 * several currencies) and the chosen currency is one of them, as in the same account's next
 * export. A file in no named currency, or in others, is another account's until the user says.
 */
export function carriesChosenCurrency(
  job: Pick<HoldingsJob, 'chosenCurrency'>,
  p: Pick<ParsedPortfolio, 'currency' | 'currencies'>,
): boolean {
  const chosen = job.chosenCurrency
  if (!chosen || p.currency.code !== null) return false
  const accounts = new Set(p.currencies.map((c) => (c === 'GBX' ? 'GBP' : c)))
  return accounts.size >= 2 && accounts.has(chosen.code)
}

/**
 * The look-through's options for a file in `currency`: the user's rates apply only where the file's
 * account currency is the one they were entered against ("EUR per 1 USD" is not "GBP per 1 USD").
 */
export function lookOptions(
  job: Pick<HoldingsJob, 'options' | 'ratesAccount'>,
  currency: string | null,
): LookThroughOptions {
  return {
    ...(job.options ?? {}),
    currency,
    rates: currency !== null && currency === job.ratesAccount ? (job.options?.rates ?? {}) : {},
  }
}

/**
 * Where the parse hands its packed batches: on to `stream`, with the account currency where the
 * file stated it, timed. A class, so that the parse's optimised loop calls the same `sendPacked`
 * for every file (a closure made per file was another call target, and that code was thrown away).
 */
class PackedSink {
  readonly every = CHUNK
  stated: string | null = null
  ms = 0
  constructor(private readonly stream: (positions: PackedPositions, accountCurrency: string | null) => void) {}

  sendPacked(positions: PackedPositions): void {
    const s0 = performance.now()
    this.stream(positions, this.stated)
    this.ms += performance.now() - s0
  }
}

/**
 * The work itself, the same in the worker and (where Worker is missing, as in unit tests) on the
 * page: size and signature checks first, then decode, parse and look through.
 */
export async function runHoldingsJob(
  job: HoldingsJob,
  progress: (stage: HoldingsStage) => void,
  stream?: (positions: PackedPositions, accountCurrency: string | null) => void,
): Promise<HoldingsMessage> {
  const t0 = performance.now()
  let text = ''
  // A large UTF-8 file is read by its bytes after its opening rows (byteLane.ts): not decoded whole.
  let source: ByteSource | null = null
  progress('reading')
  if (job.input.kind === 'file') {
    const file = job.input.file
    const sizeError = checkFileSize(file.size)
    if (sizeError) return { id: job.id, type: 'refused', error: sizeError }
    const sniff = sniffBytes(new Uint8Array(await file.slice(0, 4096).arrayBuffer()))
    if (!sniff.ok) return { id: job.id, type: 'refused', error: sniff.error }
    const bytes = new Uint8Array(await file.arrayBuffer())
    source = sniff.encoding === 'utf-8' ? openByteSource(bytes) : null
    if (!source) text = decodeBytes(bytes, sniff.encoding)
  } else {
    text = job.input.text
    const pasteError = checkPastedText(text.length)
    if (pasteError) return { id: job.id, type: 'refused', error: pasteError }
    if (text.includes('\u0000'))
      return { id: job.id, type: 'refused', error: 'This text is not a CSV: it contains binary data (NUL bytes).' }
  }
  const limitError = source ? checkText(source.head, false) : checkText(text)
  if (limitError) return { id: job.id, type: 'refused', error: limitError }
  const t1 = performance.now()
  progress('parsing')
  // With a stream, each batch of positions goes to the page as it is read, and the page looks
  // them through as they arrive (HoldingsReceiver), on the other core: the worker only reads.
  const sink = stream ? new PackedSink(stream) : null
  const parseOptions = {
    ...(job.manual ? { manual: job.manual } : {}),
    ...(sink ? { stream: sink, onAccountCurrency: (code: string) => (sink.stated = code) } : {}),
  }
  const outcome = source ? parsePortfolioBytes(source, parseOptions) : parsePortfolio(text, parseOptions)
  const t2 = performance.now()
  const sendMs = sink?.ms ?? 0
  progress('looking through')
  let preview: LookThroughResult | null = null
  if (outcome.ok) {
    if (carriesChosenCurrency(job, outcome.portfolio))
      outcome.portfolio.currency = {
        code: job.chosenCurrency?.code ?? null,
        source: { kind: 'user', carriedFrom: job.chosenCurrency?.from ?? '' },
      }
    // Only the left-out rows that are the company's shares travel on (and are saved).
    outcome.portfolio.leftOutSecurities = leftOutOfCompany(outcome.portfolio.leftOutSecurities, job.company)
    const { portfolio } = outcome
    if (!stream)
      preview = lookThrough(portfolio.positions, job.company, job.funds, portfolio.statedTotal, {
        ...lookOptions(job, portfolio.currency.code),
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
      lines: source ? source.lineFeeds + 1 : countLines(text),
      timings: { readMs: t1 - t0, parseMs: t2 - t1 - sendMs, lookThroughMs: t3 - t2, sendMs },
    },
  }
}

export { packPositions, unpackPositions, type PackedPositions }

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

/** A chunk of positions (packed) for the page. */
export function chunkMessage(
  id: number,
  positions: readonly Position[] | PackedPositions,
  accountCurrency: string | null = null,
): Extract<HoldingsMessage, { type: 'chunk' }> {
  const packed = Array.isArray(positions) ? packPositions(positions) : (positions as PackedPositions)
  return { id, type: 'chunk', positions: packed, ...(accountCurrency ? { accountCurrency } : {}) }
}

/**
 * The messages that carry `message` to the page: chunks of its positions, then the rest.
 * `streamed`: positions already went to the page while the file was read (see runHoldingsJob's
 * stream), and the message holds only the rest.
 */
export function splitForTransfer(message: HoldingsMessage, streamed = false): HoldingsMessage[] {
  if (message.type !== 'result' || !message.result.outcome.ok) return [message]
  const positions = message.result.outcome.portfolio.positions
  if (!streamed && positions.length <= CHUNK) return [message]
  const out: HoldingsMessage[] = []
  for (let i = 0; i < positions.length; i += CHUNK) out.push(chunkMessage(message.id, positions.slice(i, i + CHUNK)))
  const outcome = { ok: true as const, portfolio: { ...message.result.outcome.portfolio, positions: [] } }
  out.push({ id: message.id, type: 'result', result: { ...message.result, outcome } })
  return out
}

/** Lets the page's event loop run (other events, rendering) between slices of work; unlike a timeout, never clamped to 4 ms. */
function pause(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel()
    port1.onmessage = () => {
      port1.close()
      resolve()
    }
    port2.postMessage(null)
  })
}

/**
 * The page looks positions through in slices sized to take about LOOK_SLICE_MS each (the first,
 * while the look-through's code is still cold, of LOOK_FIRST positions), and lets other work run
 * once a task has taken LOOK_TASK_MS.
 */
const LOOK_FIRST = 25
const LOOK_SLICE_MS = 3
const LOOK_TASK_MS = 4

/**
 * The page's side of one job: the chunks are unpacked and looked through there as they arrive (the
 * worker only reads, so the two cores share the work), a slice of positions at a time, between
 * which the page stays free, in the account currency of the first position; `finish` puts the
 * answer together with every position and the look-through.
 */
export class HoldingsReceiver {
  private readonly positions: Position[] = []
  private look: { stream: LookThroughStream; currency: string | null } | null = null
  /** How many of `positions` the look-through has taken, the next slice's size, and the run under way. */
  private looked = 0
  private slice = LOOK_FIRST
  /** Chunks not yet unpacked; the next position of the first, and where its texts start. */
  private readonly queued: PackedPositions[] = []
  private queuedAt = 0
  private queuedText = 0
  private looking: Promise<void> | null = null
  private running = false
  private taskStart = 0
  /** The account currency where the file stated it before its rows (a value header, a base-currency line). */
  private stated: string | null = null
  /** An error of the look-through, reported by `finish`; and whether the job was given up. */
  private failure: { error: unknown } | null = null
  private cancelled = false

  constructor(private readonly job: Omit<HoldingsJob, 'id' | 'input'>) {}

  chunk(m: Extract<HoldingsMessage, { type: 'chunk' }>): void {
    this.taskStart = performance.now()
    if (m.accountCurrency) this.stated = m.accountCurrency
    // Unpacked later, a slice at a time with its look-through: unpacking a whole chunk here made
    // this task long, and a garbage collection falling in it longer still.
    this.queued.push(m.positions)
    this.lookOn().catch((error: unknown) => {
      this.failure ??= { error }
    })
  }

  /** Unpacks up to `n` queued positions, in file order, onto `positions`. */
  private unpackSome(n: number): void {
    while (n > 0 && this.queued.length > 0) {
      const head = this.queued[0] as PackedPositions
      const to = Math.min(head.count, this.queuedAt + n)
      this.queuedText = unpackRange(head, this.positions, this.queuedAt, to, this.queuedText)
      n -= to - this.queuedAt
      this.queuedAt = to
      if (to === head.count) {
        this.queued.shift()
        this.queuedAt = 0
        this.queuedText = 0
      }
    }
  }

  /** A look-through that failed fails the job (useHoldingsWorker turns it into a message), never leaves it waiting. */
  private throwFailure(): void {
    if (this.failure)
      throw this.failure.error instanceof Error ? this.failure.error : new Error(String(this.failure.error))
  }

  /** Stops the look-through of a job given up (refused, superseded, the worker gone, the page left). */
  cancel(): void {
    this.cancelled = true
  }

  private startLook(currency: string | null): void {
    this.look = {
      stream: lookThroughStream(this.job.company, this.job.funds, lookOptions(this.job, currency)),
      currency,
    }
    this.looked = 0
  }

  /** Looks through the positions not yet taken, pausing between tasks; one run at a time. */
  private lookOn(): Promise<void> {
    // A run that has ended is over at once (`running` is cleared as its loop ends, not a microtask
    // later), so a chunk that comes in the same task starts a new one instead of waiting on it.
    if (!this.running || !this.looking) this.looking = this.lookSlices()
    return this.looking
  }

  private async lookSlices(): Promise<void> {
    this.running = true
    // Cleared in the same task as the loop's end (see lookOn).
    try {
      while (this.looked < this.positions.length || this.queued.length > 0 || !this.look) {
        if (this.cancelled || this.failure) return
        if (performance.now() - this.taskStart > LOOK_TASK_MS) {
          await pause()
          this.taskStart = performance.now()
        }
        const s0 = performance.now()
        if (this.looked === this.positions.length) this.unpackSome(this.slice)
        if (!this.look) {
          if (this.positions.length === 0) return
          // The stated account currency, else the one chosen for the previous file (used where this
          // file states none), else a guess: the first position's (finish checks it).
          this.startLook(this.stated ?? this.job.chosenCurrency?.code ?? this.positions[0]?.currency ?? null)
          continue
        }
        const end = Math.min(this.looked + this.slice, this.positions.length)
        this.look.stream.add(this.positions.slice(this.looked, end))
        this.looked = end
        const took = Math.max(performance.now() - s0, 0.05)
        this.slice = Math.max(LOOK_FIRST, Math.min(CHUNK, Math.round((this.slice * LOOK_SLICE_MS) / took)))
      }
    } finally {
      this.running = false
    }
  }

  /** The job's answer: its positions whole and, where the worker left it to the page, the look-through. */
  async finish(message: HoldingsMessage): Promise<HoldingsMessage> {
    if (message.type !== 'result' || !message.result.outcome.ok) {
      this.cancel()
      return message
    }
    const { result } = message
    const portfolio = result.outcome.ok ? result.outcome.portfolio : null
    if (!portfolio) return message
    // The positions still packed come first: unpacked, and looked through, a slice at a time; or,
    // where the worker looked them through itself, only unpacked (as they came, before slices).
    if (result.preview) this.unpackSome(Infinity)
    else if (this.queued.length > 0) {
      this.taskStart = performance.now()
      await this.lookOn()
      this.throwFailure()
    }
    for (const p of portfolio.positions) this.positions.push(p)
    let preview = result.preview
    if (!preview) {
      this.taskStart = performance.now()
      await this.lookOn()
      this.throwFailure()
      const currency = portfolio.currency.code
      // The account currency was not the first position's (rows in several currencies, or a
      // currency column's one code): everything is looked through again.
      if (!this.look || this.look.currency !== currency) this.startLook(currency)
      await this.lookOn()
      this.throwFailure()
      preview = (this.look as NonNullable<typeof this.look>).stream.finish(
        portfolio.statedTotal,
        portfolio.leftOutSecurities,
      )
    }
    const outcome = { ok: true as const, portfolio: { ...portfolio, positions: this.positions } }
    return { ...message, result: { ...result, outcome, preview } }
  }
}
