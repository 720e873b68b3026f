import { scanHeader, scanRows } from './csvScan'
import { fiscalYearOf, parseCents } from './money'
import type { Layout, Transaction } from './schema'

/** Files larger than this are refused before any byte is read (USAspending splits big downloads). */
export const MAX_FILE_BYTES = 200 * 1000 * 1000

/** The refusal for a file over the limit, or null. */
export function checkFileSize(bytes: number): string | null {
  if (bytes <= MAX_FILE_BYTES) return null
  const mb = (n: number) => `${Math.round(n / 1e6)} MB`
  return `This file is ${mb(bytes)}; the limit is ${mb(MAX_FILE_BYTES)}. Download a narrower search from USAspending (one recipient and one agency), or a single year of the Award Data Archive.`
}

/** What a header row says about the file: a contract layout the reader takes, or why not. */
export type HeaderVerdict = { ok: true; layout: Layout; columns: Map<string, number> } | { ok: false; error: string }

const clean = (name: string) =>
  name
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()

/**
 * Reads the header row. Assistance (grants, loans) and sub-award downloads are refused with a
 * message that says so; a file with neither contract key is "not a USAspending contract download".
 */
export function classifyHeader(header: readonly string[], fileName: string): HeaderVerdict {
  const columns = new Map<string, number>()
  header.forEach((h, i) => {
    const name = clean(h)
    if (!columns.has(name)) columns.set(name, i)
  })
  const has = (n: string) => columns.has(n)
  if (has('assistance_transaction_unique_key') || has('assistance_award_unique_key') || has('award_id_fain'))
    return {
      ok: false,
      error: `${fileName} is an assistance download (grants, loans or other financial assistance), not contracts. On USAspending choose the award type "Contracts" and download again.`,
    }
  if (has('subaward_number') || has('prime_award_unique_key') || has('subaward_amount'))
    return {
      ok: false,
      error: `${fileName} lists sub-awards (money a prime contractor passed on), not the prime contracts. Use the prime award transactions file (Contracts_PrimeTransactions_…csv) from the same download.`,
    }
  if (has('contract_transaction_unique_key') && has('federal_action_obligation')) {
    const missing = ['contract_award_unique_key', 'award_id_piid', 'action_date', 'recipient_name'].filter(
      (n) => !has(n),
    )
    if (missing.length)
      return { ok: false, error: `${fileName} lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}.` }
    const archive = /_Contracts_(Full|Delta)_/i.test(fileName)
    return { ok: true, layout: archive ? 'archive' : 'transactions', columns }
  }
  if (has('contract_award_unique_key') && has('total_obligated_amount'))
    return { ok: true, layout: 'summaries', columns }
  return {
    ok: false,
    error: `${fileName} is not a USAspending contract download: its first row has none of the columns USAspending's files carry (contract_transaction_unique_key, contract_award_unique_key, federal_action_obligation).`,
  }
}

/** A row the reader could not take, with its line in the file. */
export interface RowProblem {
  line: number
  message: string
}

const isoDate = (s: string | undefined): string | null => {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec((s ?? '').trim())
  return m ? (m[1] ?? null) : null
}

/**
 * A function that turns one row's cells into a transaction, reading each column by its name.
 * Archive delta rows marked for deletion (correction_delete_ind "D") give null.
 */
export function createRowReader(verdict: Extract<HeaderVerdict, { ok: true }>) {
  const { columns, layout } = verdict
  const at = (name: string) => columns.get(name) ?? -1
  const summaries = layout === 'summaries'
  const c = {
    txKey: at('contract_transaction_unique_key'),
    awardKey: at('contract_award_unique_key'),
    piid: at('award_id_piid'),
    parentPiid: at('parent_award_id_piid'),
    mod: at('modification_number'),
    txNumber: at('transaction_number'),
    obligation: summaries ? at('total_obligated_amount') : at('federal_action_obligation'),
    current: at('current_total_value_of_award'),
    potential: at('potential_total_value_of_award'),
    actionDate: summaries ? at('award_latest_action_date') : at('action_date'),
    fiscalYear: at('action_date_fiscal_year'),
    start: at('period_of_performance_start_date'),
    currentEnd: at('period_of_performance_current_end_date'),
    potentialEnd: at('period_of_performance_potential_end_date'),
    agency: at('awarding_agency_name'),
    subAgency: at('awarding_sub_agency_name'),
    office: at('awarding_office_name'),
    recipientName: at('recipient_name'),
    recipientUei: at('recipient_uei'),
    parentName: at('recipient_parent_name'),
    parentUei: at('recipient_parent_uei'),
    description: at('transaction_description'),
    baseDescription: at('prime_award_base_transaction_description'),
    deleted: at('correction_delete_ind'),
  }
  const cell = (cells: readonly string[], i: number) => (i < 0 ? '' : (cells[i] ?? '').trim())

  const read = (cells: readonly string[], line: number): Transaction | RowProblem | null => {
    if (c.deleted >= 0 && cell(cells, c.deleted).toUpperCase() === 'D') return null
    const awardKey = cell(cells, c.awardKey)
    if (!awardKey) return { line, message: 'no contract_award_unique_key' }
    const obligation = parseCents(cell(cells, c.obligation))
    if (obligation === undefined)
      return { line, message: `the obligation "${cell(cells, c.obligation)}" is not an amount` }
    const money = (i: number) => {
      const v = parseCents(cell(cells, i))
      return v === undefined ? null : v
    }
    const actionDate = isoDate(cell(cells, c.actionDate))
    const fyCell = cell(cells, c.fiscalYear)
    const fiscalYear = summaries
      ? null
      : /^\d{4}$/.test(fyCell)
        ? Number(fyCell)
        : actionDate
          ? fiscalYearOf(actionDate)
          : null
    const mod = cell(cells, c.mod)
    return {
      key: cell(cells, c.txKey) || `${awardKey}|${mod}|${cell(cells, c.txNumber)}`,
      awardKey,
      piid: cell(cells, c.piid),
      parentPiid: cell(cells, c.parentPiid),
      modification: mod,
      actionDate,
      fiscalYear,
      obligationCents: obligation ?? 0,
      currentValueCents: money(c.current),
      potentialValueCents: money(c.potential),
      startDate: isoDate(cell(cells, c.start)),
      currentEndDate: isoDate(cell(cells, c.currentEnd)),
      potentialEndDate: isoDate(cell(cells, c.potentialEnd)),
      agency: cell(cells, c.agency),
      subAgency: cell(cells, c.subAgency),
      office: cell(cells, c.office),
      recipientName: cell(cells, c.recipientName),
      recipientUei: cell(cells, c.recipientUei),
      parentName: cell(cells, c.parentName),
      parentUei: cell(cells, c.parentUei),
      description: cell(cells, c.description) || cell(cells, c.baseDescription),
    }
  }
  /** The column indices this reader looks at: a scanner may skip every other cell. */
  const indices = Object.values(c).filter((i) => i >= 0)
  return Object.assign(read, { indices })
}

/** What reading a whole file gave: its rows, problems, and the newest action date in it. */
export interface ReadResult {
  layout: Layout
  transactions: Transaction[]
  problems: RowProblem[]
  rowsRead: number
  newestActionDate: string | null
}

/** Keeps at most this many problems; the count says how many there were. */
const MAX_PROBLEMS = 20

/**
 * Reads rows as they come (a chunk at a time), so a large file is never held twice. `header`
 * takes the first row; `row` each of the rest with its row number; `finish` checks the end:
 * a last row with fewer cells than the header means the file was cut short.
 */
export function createDownloadReader(fileName: string) {
  let verdict: Extract<HeaderVerdict, { ok: true }> | null = null
  let read: ReturnType<typeof createRowReader> | null = null
  let width = 0
  const transactions: Transaction[] = []
  const problems: RowProblem[] = []
  let problemCount = 0
  let rowsRead = 0
  let newest: string | null = null
  let lastShort: { line: number; cells: number } | null = null

  const problem = (p: RowProblem) => {
    problemCount += 1
    if (problems.length < MAX_PROBLEMS) problems.push(p)
  }

  const row = (cells: readonly string[], count: number, line: number) => {
    if (!read) return
    if (count === 1 && (cells[0] ?? '') === '') return
    if (lastShort) problem({ line: lastShort.line, message: `${lastShort.cells} cells where the header has ${width}` })
    lastShort = null
    if (count !== width) {
      lastShort = { line, cells: count }
      return
    }
    rowsRead += 1
    const t = read(cells, line)
    if (t === null) return
    if ('message' in t) {
      problem(t)
      return
    }
    if (t.actionDate && (newest === null || t.actionDate > newest)) newest = t.actionDate
    transactions.push(t)
  }

  return {
    /** Which cells of a row the reader uses (by index), once the header is read. */
    wanted(): boolean[] {
      const w = new Array<boolean>(width).fill(false)
      for (const i of read?.indices ?? []) w[i] = true
      return w
    },
    row,
    header(cells: readonly string[]): HeaderVerdict {
      const v = classifyHeader(cells, fileName)
      if (v.ok) {
        verdict = v
        read = createRowReader(v)
        width = cells.length
      }
      return v
    },
    finish(): { ok: true; result: ReadResult } | { ok: false; error: string } {
      if (!verdict) return { ok: false, error: `${fileName} is empty.` }
      if (lastShort)
        return {
          ok: false,
          error: `${fileName} is cut short: its last row (line ${lastShort.line}) has ${lastShort.cells} of ${width} cells. Download the file again.`,
        }
      if (rowsRead === 0) return { ok: false, error: `${fileName} has a header but no rows.` }
      const more = problemCount - problems.length
      if (more > 0) problems.push({ line: 0, message: `and ${more} more rows with problems` })
      return {
        ok: true,
        result: { layout: verdict.layout, transactions, problems, rowsRead, newestActionDate: newest },
      }
    },
  }
}

/**
 * Reads one CSV text into the reader: the header by name, then only the cells the reader uses
 * (csvScan). Returns why the file cannot be read, or null.
 */
export function readCsvText(
  name: string,
  text: string,
  reader: ReturnType<typeof createDownloadReader>,
): string | null {
  const header = scanHeader(text)
  if (!header) return `${name} is cut short or damaged: a quoted cell in its first row never closes.`
  const verdict = reader.header(header.cells)
  if (!verdict.ok) return verdict.error
  const wanted = reader.wanted()
  const unclosed = scanRows(text, header.end, wanted, (cells, row) => reader.row(cells, cells.length, row))
  return unclosed === null
    ? null
    : `${name} is cut short or damaged: a quoted cell in row ${unclosed} never closes. Download it again.`
}
