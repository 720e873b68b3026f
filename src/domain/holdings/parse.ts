/**
 * Parses a portfolio export into positions: what was counted, what was skipped and why, and
 * what was wrong (named by line and column), so that nothing is dropped silently. Three steps,
 * each in its own module: header detection (header.ts), row classification (rowClass.ts) and
 * validation (validate.ts); section-structured statements are split first (sections.ts).
 */
import { detectDecimalMark, parseAmount, toCents, type DecimalMark } from './amount'
import { mapHeader, missingFields, type ColumnMapping } from './columns'
import {
  detectDelimiter,
  readCsvRecord,
  readRecords,
  recordEnd,
  stripBom,
  type CsvRecord,
  type CsvRow,
  type Delimiter,
} from './csv'
import { asciiText, FastRows, recordNext, type ByteSource } from './byteLane'
import { baseCurrencyFromLine, headerCurrency, type AccountCurrency } from './currency'
import { locateHeader } from './header'
import { KINDS, PackedBuilder, type PackedPositions } from './packed'
import { rowTexts, type RowTexts } from './rowTexts'
import { cell, classifyRow, describeRow } from './rowClass'
import { isSectioned, readSections, type Segment, type SectionedStatement } from './sections'
import { columnName, toPosition, type RowContext } from './validate'
import { plural } from '../format/format'

/** security: a holding; cash: cash and money-market sweep; pending: unsettled activity the broker counts in its total. */
export type PositionKind = 'security' | 'cash' | 'pending'

/** One counted row of the file. Money is in whole cents (minor units) so that sums are exact. */
export interface Position {
  line: number
  kind: PositionKind
  ticker: string | null
  isin: string | null
  cusip: string | null
  name: string | null
  /** Negative for a short position. */
  quantity: number | null
  /** null when the row has a quantity but neither a value nor a price. Negative for a short position. */
  valueCents: number | null
  /** The currency of valueCents; null means the account's currency. */
  currency: string | null
  /** The broker's security type ("Stock", "ETF", "COMMON"), used to class the position. */
  securityType: string | null
}

/**
 * Every Position has one shape in the engine: the same properties, in toPosition's order. A
 * field's representation there is set by the first values it gets and widened, at a cost, by a
 * later value of another kind: the positions made here first give each field every kind it can
 * hold (null, a small integer, a fraction, a string), so that code optimised over a file's first
 * 100,000 positions is not thrown away when its last line (cash without a quantity, as brokers
 * write it) holds a null.
 */
export const POSITION_SHAPES: readonly Position[] = Object.freeze(
  [null, 1, 0.5].map((n): Position => ({
    line: 1,
    kind: 'security',
    ticker: n === null ? null : 'A',
    isin: n === null ? null : 'A',
    cusip: n === null ? null : 'A',
    name: n === null ? null : 'A',
    quantity: n,
    valueCents: n,
    currency: n === null ? null : 'USD',
    securityType: n === null ? null : 'A',
  })),
)

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

/**
 * A row that names a security but has a problem (an unreadable value, an invalid ISIN, an unknown
 * currency): if the user leaves it out, the look-through still checks whether it was the company's
 * own shares, so that a left-out row never turns into a false zero.
 */
export interface LeftOutSecurity {
  line: number
  ticker: string | null
  isin: string | null
  cusip: string | null
  name: string | null
  /** The row's problem, as the import report gives it. */
  problem: string
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
  /** The problem rows that name a security (a subset of `problems`). */
  leftOutSecurities: LeftOutSecurity[]
  statedTotal: StatedTotal | null
  /** The account's currency and how it was found. */
  currency: AccountCurrency
  /** The currencies the positions are in, as the file names them (per row or by symbol), sorted. */
  currencies: string[]
  /** Which value column was used where the file has several, in words; null when there was no choice. */
  valueNote: string | null
  /** For a section-structured statement: the positions section and the sections ignored. */
  sections: { positions: string; ignored: { name: string; rows: number }[] } | null
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
  /**
   * Hands positions over while the file is read, `every` at a time, in file order, so that a
   * worker can send them on while it reads (the page looks them through as they arrive). The positions handed over are
   * not kept: the result's `positions` holds only the rest. Not for a statement made of sections:
   * its positions are completed from its other sections at the end.
   */
  stream?: ParseStream
  /**
   * Told the account currency before the rows are read, where the file states it there (the value
   * column's header, a base-currency line): a reader looking positions through as they stream can
   * start in it.
   */
  onAccountCurrency?: (code: string) => void
}

/**
 * Positions handed over while the file is read, `every` at a time: as positions (`send`), or
 * packed for the page (`sendPacked`: then the rest are handed over packed too, at the end, and the
 * result's `positions` is empty; an ordinary row read from a file's bytes is never an object).
 */
export type ParseStream =
  | { every: number; send: (positions: Position[]) => void; sendPacked?: undefined }
  | { every: number; sendPacked: (packed: PackedPositions) => void; send?: undefined }

const GRAND_TOTAL = /grand\s+total|portfolio\s+total|total\s+portfolio|overall\s+total|net\s+asset\s+value/i

interface Reading {
  positions: Position[]
  skipped: SkippedRow[]
  problems: RowProblem[]
  leftOut: LeftOutSecurity[]
  totals: StatedTotal[]
  /** The currencies of every position read, handed over or not (for the account's currency). */
  currencies: Set<string>
  /** Where a rate column converts the values: how many rows it converted, and the currencies at a rate of 1. */
  rated: { count: number; atOne: Set<string> }
  stream?: ParseStream
  /** Where positions are handed over packed: the chunk being packed. */
  packing?: PackedBuilder
}

/**
 * The rows after the head that was read whole: read one record at a time as they are needed, so
 * that a 100,000-row file is never held as 100,000 rows of cells at once (only its positions are).
 */
interface Tail {
  text: string
  delimiter: Delimiter
  from: number
  line: number
  /** A file read by its bytes: the rows after its opening text (`text`) are read from there. */
  rest?: ByteSource
}

/**
 * What forEachRow calls for each row: an object with a method, not a closure made per file (see
 * FastRowReader). `visit` returns false to stop.
 */
interface RowVisitor {
  visit(row: CsvRow): boolean | void
}

/**
 * Visits a segment's rows, then the tail's, until `visit` returns false. The tail's rows are one
 * object, rewritten for each row: a visitor keeps a row's cells, never the row.
 */
function forEachRow(seg: Segment, tail: Tail | null, visitor: RowVisitor, fast?: FastRowReader | null): void {
  for (const row of seg.rows) if (visitor.visit(row) === false) return
  if (!tail) return
  let i = tail.from
  let line = tail.line
  const r: CsvRecord = { fields: [], next: 0, nextLine: 0 }
  const row: CsvRow = { line, fields: r.fields, start: i, end: i }
  while (i < tail.text.length) {
    readCsvRecord(tail.text, i, line, tail.delimiter, r)
    row.line = line
    row.fields = r.fields
    row.start = i
    row.end = recordEnd(tail.text, i, r.next)
    if (visitor.visit(row) === false) return
    i = r.next
    line = r.nextLine
  }
  const rest = tail.rest
  if (!rest) return
  // The bytes after the opening text: an ordinary row read there, any other decoded on its own.
  const bytes = rest.bytes
  const n = bytes.length
  const sep = tail.delimiter.charCodeAt(0)
  let at = rest.cut
  while (at < n) {
    if (fast) {
      const next = fast.row(bytes, at, line)
      if (next >= 0) {
        at = next
        line += 1
        continue
      }
    }
    const next = recordNext(bytes, at, sep)
    const piece = rest.decode(at, Math.min(next, n))
    readCsvRecord(piece, 0, line, tail.delimiter, r)
    row.line = line
    row.fields = r.fields
    row.start = 0
    row.end = recordEnd(piece, 0, r.next)
    row.text = piece
    if (visitor.visit(row) === false) return
    row.text = undefined
    at = next
    line = r.nextLine
  }
}

/** Reads the data rows under one header: classification, then validation. */
function readSegment(
  seg: Segment,
  tail: Tail | null,
  mapping: ColumnMapping,
  decimalMark: DecimalMark,
  valueCurrency: string | null,
  text: string,
  out: Reading,
): void {
  const headers = seg.header.fields
  const ctx = { headers, mapping, decimalMark, valueCurrency, rated: out.rated }
  const rest = tail?.rest
  const seen: Seen = { texts: rowTexts(text, rest ? rest.lineFeeds : text.length / 32), cells: new Map() }
  const table: TableState = { afterBlank: false, other: null }
  const fast = rest
    ? new FastRowReader(new FastRows(headers, mapping, decimalMark, valueCurrency, rest.delimiter), seen, out, table)
    : null
  forEachRow(seg, tail, new SegmentRows(headers, mapping, ctx, seen, out, table), fast)
  seen.texts.release()
  endOtherTable(table)
}

/** readRow for each row of a segment. */
class SegmentRows implements RowVisitor {
  constructor(
    private readonly headers: string[],
    private readonly mapping: ColumnMapping,
    private readonly ctx: RowContext,
    private readonly seen: Seen,
    private readonly out: Reading,
    private readonly table: TableState,
  ) {}

  visit(row: CsvRow): void {
    readRow(row, this.headers, this.mapping, this.ctx, this.seen, this.out, this.table)
  }
}

/**
 * The byte lane's rows (byteLane.ts): as readRow takes them, where they would give a position or a
 * duplicate; the text reader reads every other row, and every row inside another table. A class,
 * so that the worker's optimised loop calls the same `row` for every file (see RowTable).
 */
class FastRowReader {
  constructor(
    private readonly lane: FastRows,
    private readonly seen: Seen,
    private readonly out: Reading,
    private readonly table: TableState,
  ) {}

  /** Reads an ordinary row from the bytes at `at` (on `line`): the index after it, or -1 where the row is the text reader's. */
  row(bytes: Uint8Array, at: number, line: number): number {
    const { lane, out, table } = this
    if (table.afterBlank || table.other) return -1
    const next = lane.read(bytes, at)
    if (next < 0) return -1
    const dup = this.seen.texts.earlierHashed(lane.hash, bytes, at, lane.end, line)
    if (dup !== null) {
      out.problems.push(duplicate(line, dup))
      return next
    }
    const packing = out.packing
    if (!packing) {
      addPosition(out, {
        line,
        kind: KINDS[lane.kind] as PositionKind,
        ticker: lane.tickerEnd > lane.tickerStart ? asciiText(bytes, lane.tickerStart, lane.tickerEnd) : null,
        isin: lane.isin,
        cusip: lane.cusip,
        name: lane.nameEnd > lane.nameStart ? asciiText(bytes, lane.nameStart, lane.nameEnd) : null,
        quantity: lane.quantity,
        valueCents: lane.valueCents,
        currency: lane.currency,
        securityType: lane.type,
      })
      return next
    }
    if (lane.currency) out.currencies.add(lane.currency)
    packing.begin(line, lane.kind, lane.quantity, lane.valueCents)
    packing.putSpan(0, bytes, lane.tickerStart, lane.tickerEnd)
    packing.putText(1, lane.isin)
    packing.putText(2, lane.cusip)
    packing.putSpan(3, bytes, lane.nameStart, lane.nameEnd)
    packing.putCode(4, lane.currency)
    packing.putCode(5, lane.type)
    packing.end()
    handOver(out)
    return next
  }
}

function duplicate(line: number, earlier: number): RowProblem {
  return { line, column: null, message: `Duplicate row: identical to line ${earlier}.` }
}

/** A position read: kept, or packed, and handed over when a stream's batch is full. */
function addPosition(out: Reading, p: Position): void {
  if (p.currency) out.currencies.add(p.currency)
  if (out.packing) {
    out.packing.add(p)
    handOver(out)
    return
  }
  out.positions.push(p)
  const stream = out.stream
  if (stream?.send && out.positions.length === stream.every) {
    stream.send(out.positions)
    out.positions = []
  }
}

function handOver(out: Reading): void {
  const packing = out.packing
  if (packing && out.stream?.sendPacked && packing.count === out.stream.every) out.stream.sendPacked(packing.take())
}

/**
 * Where the positions table is followed by another table (a broker's transactions under their own
 * header after a blank line, as Vanguard's export has): its rows are not positions and not
 * problems, and are left out as one, until the positions header comes again.
 */
interface TableState {
  afterBlank: boolean
  other: { entry: SkippedRow; rows: number } | null
}

const DATE_HEADER = /\bdate\b|datum/i
const NUMBER_CELL = /^[\s$€£(+-]*\d[\d\s.,']*\)?%?$/

/** A row that heads another table: after a blank line, three or more cells, none a number, one naming a date. */
function headsOtherTable(fields: readonly string[]): boolean {
  let cells = 0
  let dated = false
  for (const c of fields) {
    if (c === '') continue
    if (NUMBER_CELL.test(c)) return false
    cells += 1
    if (DATE_HEADER.test(c)) dated = true
  }
  return cells >= 3 && dated
}

function endOtherTable(table: TableState): void {
  const other = table.other
  if (!other) return
  other.entry.reason = `Another table in the file (its own header, with dates: transactions, not positions): it and its ${plural(other.rows, 'row')} are left out`
  table.other = null
}

/** The rows read so far: by their text in the file, or by their cells where a row has no place in it. */
interface Seen {
  texts: RowTexts
  cells: Map<string, number>
}

function earlierRow(row: CsvRow, seen: Seen): number | null {
  if (row.start !== undefined && row.end !== undefined)
    return row.text === undefined
      ? seen.texts.earlier(row.start, row.end, row.line)
      : seen.texts.earlierIn(row.text, row.start, row.end, row.line)
  const key = row.fields.join('\u0001')
  const line = seen.cells.get(key)
  if (line !== undefined) return line
  seen.cells.set(key, row.line)
  return null
}

function readRow(
  row: CsvRow,
  headers: string[],
  mapping: ColumnMapping,
  ctx: RowContext,
  seen: Seen,
  out: Reading,
  table: TableState,
): void {
  const f = row.fields
  const c = classifyRow(f, headers, mapping)
  if (c.kind === 'blank') {
    table.afterBlank = true
    return
  }
  const afterBlank = table.afterBlank
  table.afterBlank = false
  if (c.kind === 'repeated-header') endOtherTable(table)
  else if (table.other) {
    table.other.rows += 1
    return
  } else if (afterBlank && headsOtherTable(f)) {
    const entry = { line: row.line, reason: '', text: describeRow(f) }
    out.skipped.push(entry)
    table.other = { entry, rows: 0 }
    return
  }
  if (c.kind === 'repeated-header') {
    out.skipped.push({ line: row.line, reason: 'Repeated header row', text: describeRow(f) })
    return
  }
  if (c.kind === 'subtotal' || c.kind === 'total') {
    const v = parseAmount(cell(f, mapping.value), ctx.decimalMark)
    if (c.kind === 'total' && v.kind === 'number') {
      out.totals.push({ line: row.line, label: c.label, cents: toCents(v.value) })
      out.skipped.push({
        line: row.line,
        reason: 'Total row: not a position; used to check the sum',
        text: describeRow(f),
      })
    } else
      out.skipped.push({
        line: row.line,
        reason: 'Subtotal row: its positions are already counted',
        text: describeRow(f),
      })
    return
  }
  if (c.kind === 'text') {
    out.skipped.push({ line: row.line, reason: c.reason, text: describeRow(f) })
    return
  }
  const dup = earlierRow(row, seen)
  if (dup !== null) {
    out.problems.push(duplicate(row.line, dup))
    return
  }
  const p = toPosition(f, row.line, c.position, c.ids, ctx)
  if ('message' in p) {
    out.problems.push(p)
    const { ticker, isin, cusip, name } = c.ids
    if (ticker || isin || cusip || name)
      out.leftOut.push({ line: row.line, ticker, isin, cusip, name, problem: p.message })
  } else addPosition(out, p)
}

function sampleAmounts(segments: readonly Segment[], tail: Tail | null, mapping: ColumnMapping): string[] {
  const samples = new AmountSamples(mapping)
  segments.forEach((s, i) => forEachRow(s, i === segments.length - 1 ? tail : null, samples))
  return samples.samples
}

/** The first 600 amounts of the value, quantity and price columns (for the decimal mark). */
class AmountSamples implements RowVisitor {
  readonly samples: string[] = []
  constructor(private readonly mapping: ColumnMapping) {}

  visit(r: CsvRow): boolean {
    if (this.samples.length >= 600) return false
    for (const c of [this.mapping.value, this.mapping.quantity, this.mapping.price]) {
      const v = cell(r.fields, c)
      if (/\d/.test(v)) this.samples.push(v)
    }
    return true
  }
}

/** The account's currency: the value header's, a base-currency line, or the one currency all rows share. */
function accountCurrency(
  valueHeader: string | null,
  base: { code: string; line: number } | null,
  codes: ReadonlySet<string>,
  mapping: ColumnMapping,
  headers: readonly string[],
): AccountCurrency {
  const fromHeader = valueHeader ? headerCurrency(valueHeader) : null
  if (fromHeader && valueHeader) return { code: fromHeader, source: { kind: 'value-header', header: valueHeader } }
  if (base) return { code: base.code, source: { kind: 'base-line', line: base.line } }
  // Pence and pounds are one currency: a UK file's GBp and GBP rows (or its GBp rows alone) give
  // an account in pounds, whose rates are asked per pound, never per penny.
  const accounts = new Set([...codes].map((c) => (c === 'GBX' ? 'GBP' : c)))
  if (accounts.size === 1) {
    const code = [...accounts][0] as string
    if (mapping.currency !== null)
      return { code, source: { kind: 'currency-column', header: columnName(headers, mapping.currency, 'currency') } }
    return { code, source: { kind: 'symbols' } }
  }
  return { code: null, source: { kind: 'none' } }
}

/**
 * Where a rate column converted values, the account's currency is the one at a rate of 1 (unless
 * the value header or a base-currency line states it); with none or several there, it is not known:
 * the converted rows are in the account currency, whatever the codes of the rows left unconverted.
 */
function rateColumnCurrency(
  valueHeader: string | null,
  base: { code: string; line: number } | null,
  rated: { count: number; atOne: ReadonlySet<string> },
  mapping: ColumnMapping,
  headers: readonly string[],
): AccountCurrency | null {
  if (mapping.fxRate === null || rated.count === 0 || (valueHeader && headerCurrency(valueHeader)) || base) return null
  const [code] = rated.atOne
  if (rated.atOne.size !== 1 || code === undefined) return { code: null, source: { kind: 'none' } }
  return { code, source: { kind: 'rate-column', header: columnName(headers, mapping.fxRate, 'fxRate') } }
}

function valueNote(headers: readonly string[], mapping: ColumnMapping, currency: string | null): string | null {
  if (mapping.value !== null && mapping.fxRate !== null)
    return `Values from “${headers[mapping.value]}”, in each row’s own currency, converted into ${currency ?? 'the account currency'} with the row’s “${headers[mapping.fxRate]}”; a row without a rate keeps its own currency.`
  if (mapping.value === null || (mapping.localValue === null && mapping.currency === null)) return null
  if (!headerCurrency(headers[mapping.value] ?? '')) return null
  const local = mapping.localValue !== null ? ` “${headers[mapping.localValue]}”, in each security’s own currency,` : ''
  return `Values from “${headers[mapping.value]}”, converted by the broker into ${currency ?? 'the account currency'};${local ? `${local} was not added.` : ' the per-row currency column names each security’s trading currency.'}`
}

/** Splits the rows into the header(s) and their data: the positions section of a sectioned statement, else one header found by name. */
function segmentsOf(
  rows: CsvRow[],
  options: ParseOptions,
):
  | {
      ok: true
      segments: Segment[]
      mappings: ColumnMapping[]
      autoMapped: boolean
      sectioned: SectionedStatement | null
    }
  | ({ ok: false } & ParseFailure) {
  if (isSectioned(rows)) {
    const st = readSections(rows)
    if (!st || st.segments.length === 0)
      return {
        ok: false,
        error:
          'This statement is made of sections, but none of them lists positions (“Open Positions”). Export the statement with its positions section.',
      }
    const mappings: ColumnMapping[] = []
    for (const seg of st.segments) {
      const manual = options.manual?.headerLine === seg.header.line ? options.manual.mapping : null
      const m = manual ?? mapHeader(seg.header.fields)
      if (missingFields(m).length > 0)
        return {
          ok: false,
          error: `The positions section’s header on line ${seg.header.line} does not name the security and the value. Choose the columns below.`,
          needsMapping: { headerLine: seg.header.line, headers: seg.header.fields, mapping: m },
        }
      mappings.push(m)
    }
    return { ok: true, segments: st.segments, mappings, autoMapped: !options.manual, sectioned: st }
  }
  const h = locateHeader(rows, options.manual)
  if (!h.ok) return h
  const header = rows[h.index] as CsvRow
  return {
    ok: true,
    segments: [{ header, rows: rows.slice(h.index + 1) }],
    mappings: [h.mapping],
    autoMapped: h.autoMapped,
    sectioned: null,
  }
}

/** Rows read whole before the rest is read one at a time: more than the header search (60) and the statement check (200) look at. */
const HEAD_ROWS = 200

/**
 * The file's opening rows, and the rest as a tail read one record at a time. A statement made of
 * sections, or a hand-mapped header beyond the opening rows, is read whole as before.
 */
function readHead(
  text: string,
  delimiter: Delimiter,
  options: ParseOptions,
  headRows: number,
  rest: ByteSource | null,
): { rows: CsvRow[]; tail: Tail | null } | null {
  const head = readRecords(text, delimiter, headRows, true)
  if (head.next >= text.length && !rest) return { rows: head.rows, tail: null }
  const manualOutside = options.manual && !head.rows.some((r) => r.line === options.manual?.headerLine)
  if (isSectioned(head.rows) || manualOutside) {
    // Read whole: a file read by its bytes is then decoded whole (null).
    if (rest) return null
    return { rows: readRecords(text, delimiter, Infinity, true).rows, tail: null }
  }
  return {
    rows: head.rows,
    tail: { text, delimiter, from: head.next, line: head.line, ...(rest ? { rest } : {}) },
  }
}

/**
 * Parses a file read as bytes (byteLane.ts's openByteSource): its opening text as parsePortfolio
 * reads it, its ordinary rows after that from the bytes. The same answer as parsePortfolio on the
 * whole decoded text, which it falls back to for a statement made of sections or a hand-mapped
 * header beyond the opening rows.
 */
export function parsePortfolioBytes(source: ByteSource, options: ParseOptions = {}): ParseOutcome {
  return (readPortfolio(source.head, options, source.headRows, source) ??
    readPortfolio(source.whole(), options, source.headRows)) as ParseOutcome
}

/**
 * Reads every row after the header. Pure; runs in a Web Worker for large files.
 * Cash, pending-activity, subtotal and total rows are recognised: cash and pending activity are
 * counted once as positions, subtotals are skipped (their rows are already counted) and totals are
 * kept aside to reconcile against. Short positions (negative quantities or values) are kept as such.
 */
export function parsePortfolio(input: string, options: ParseOptions = {}, headRows = HEAD_ROWS): ParseOutcome {
  return readPortfolio(input, options, headRows) as ParseOutcome
}

/** parsePortfolio's work, on a whole text or (with `rest`) on a file's opening text and bytes; null where the bytes cannot be used. */
function readPortfolio(
  input: string,
  options: ParseOptions,
  headRows = HEAD_ROWS,
  rest: ByteSource | null = null,
): ParseOutcome | null {
  const text = stripBom(input)
  if (text.trim() === '') return rest ? null : { ok: false, error: 'The file is empty: it has no rows to read.' }
  // A file read by its bytes: the separator its first 60 lines give (as detectDelimiter reads a whole
  // text), which its opening rows alone may not.
  const delimiter = rest ? rest.delimiter : detectDelimiter(text)
  const head = readHead(text, delimiter, options, headRows, rest)
  if (!head) return null
  const { rows, tail } = head
  const found = segmentsOf(rows, options)
  if (!found.ok) return found
  const { segments, mappings, sectioned } = found
  const first = segments[0] as Segment
  const mapping = mappings[0] as ColumnMapping
  const headers = first.header.fields
  const out: Reading = {
    positions: [],
    skipped: [],
    problems: [],
    leftOut: [],
    totals: [],
    currencies: new Set(),
    rated: { count: 0, atOne: new Set() },
  }
  if (options.stream && !sectioned) {
    out.stream = options.stream
    if (options.stream.sendPacked) out.packing = new PackedBuilder(options.stream.every)
  }
  let base: { code: string; line: number } | null = sectioned?.baseCurrency ?? null
  if (!sectioned)
    for (const r of rows) {
      if (r.line >= first.header.line) break
      if (r.fields.some((c) => c !== ''))
        out.skipped.push({
          line: r.line,
          reason: 'Before the header (title or account line)',
          text: describeRow(r.fields),
        })
      const code = base ? null : baseCurrencyFromLine(r.fields)
      if (code) base = { code, line: r.line }
    }
  // As accountCurrency decides it below, where the rows have no say: the value header, then a base line.
  const firstValueHeader = mapping.value === null ? null : (headers[mapping.value] ?? null)
  const stated = (firstValueHeader ? headerCurrency(firstValueHeader) : null) ?? base?.code ?? null
  if (stated) options.onAccountCurrency?.(stated)
  const decimalMark = detectDecimalMark(sampleAmounts(segments, tail, mapping), delimiter)
  segments.forEach((seg, i) => {
    const m = mappings[i] as ColumnMapping
    const valueHeader = m.value === null ? null : (seg.header.fields[m.value] ?? null)
    const rest = i === segments.length - 1 ? tail : null
    readSegment(seg, rest, m, decimalMark, valueHeader ? headerCurrency(valueHeader) : null, text, out)
  })
  const valueHeader = mapping.value === null ? null : (headers[mapping.value] ?? null)
  const currency =
    rateColumnCurrency(valueHeader, base, out.rated, mapping, headers) ??
    accountCurrency(valueHeader, base, out.currencies, mapping, headers)
  if (sectioned) addStatementParts(sectioned, decimalMark, currency.code, out)
  if (out.packing && out.packing.count > 0) out.stream?.sendPacked?.(out.packing.take())
  return {
    ok: true,
    portfolio: {
      delimiter,
      decimalMark,
      headerLine: first.header.line,
      headers,
      mapping,
      autoMapped: found.autoMapped,
      positions: out.positions,
      skipped: out.skipped,
      problems: out.problems,
      leftOutSecurities: out.leftOut,
      statedTotal: pickStatedTotal(out.totals),
      currency,
      currencies: [...out.currencies].sort(),
      valueNote: valueNote(headers, mapping, currency.code),
      sections: sectioned ? { positions: sectioned.section, ignored: sectioned.ignored } : null,
    },
  }
}

const STATEMENT_STOCKS = /^stocks?$/i

/** Cash and the account total from a sectioned statement's own sections; ISINs and types from its instrument list. */
function addStatementParts(st: SectionedStatement, mark: DecimalMark, currency: string | null, out: Reading): void {
  for (const s of st.skipped) out.skipped.push(s)
  for (const p of out.positions) {
    const info = p.ticker ? st.instruments.get(p.ticker) : undefined
    // The positions section's asset category "Stocks" holds ETFs as well as companies' shares: only
    // the instrument list's type tells them apart, so without it the category decides nothing.
    if (!info && p.securityType !== null && STATEMENT_STOCKS.test(p.securityType)) p.securityType = null
    if (!info) continue
    p.isin ??= info.isin
    p.name ??= info.name
    if (info.type) p.securityType = info.type
  }
  const cash = st.cash ? parseAmount(st.cash.cell, mark) : null
  if (st.cash && cash?.kind === 'number')
    out.positions.push({
      line: st.cash.line,
      kind: 'cash',
      ticker: null,
      isin: null,
      cusip: null,
      name: st.cash.label,
      quantity: null,
      valueCents: toCents(cash.value),
      currency,
      securityType: 'Cash',
    })
  const total = st.total ? parseAmount(st.total.cell, mark) : null
  if (st.total && total?.kind === 'number')
    out.totals.push({ line: st.total.line, label: st.total.label, cents: toCents(total.value) })
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
