/**
 * Section-structured statements: exports where each row starts with a section name and a row
 * type ("Open Positions,Header,…", "Open Positions,Data,…", "Net Asset Value,Data,Cash,…"), as
 * Interactive Brokers' activity statements are. Positions come from the positions section; cash
 * and the account total from the net-asset-value (or cash) section; the base currency from the
 * account section; ISINs and security types from the instrument section. Other sections are
 * ignored, and listed as ignored, without being called problems.
 */
import type { CsvRow } from './csv'
import { isKnownCurrency } from './currency'
import { isValidIsin } from './identifiers'
import type { SkippedRow } from './parse'

const ROW_TYPES = new Set(['Header', 'Data', 'Total', 'SubTotal', 'Notes', 'MetaInfo'])
const POSITIONS = /^(?:open\s+positions|positions|holdings|portfolio|offene\s+positionen)$/i
const NAV = /^(?:net\s+asset\s+value|nav|change\s+in\s+nav)$/i
const CASH = /^cash\s+report$/i
const ACCOUNT = /^account\s+information$/i
const INSTRUMENTS = /^financial\s+instrument\s+information$/i

/** One header and the data rows under it (a positions section may repeat its header per asset class). */
export interface Segment {
  header: CsvRow
  rows: CsvRow[]
}

/** An amount the statement states about the account, with its line, still as text. */
export interface StatedCell {
  line: number
  label: string
  cell: string
}

/** What a section-structured statement holds, for the reader. */
export interface SectionedStatement {
  section: string
  segments: Segment[]
  baseCurrency: { code: string; line: number } | null
  cash: StatedCell | null
  total: StatedCell | null
  /** Symbol -> what the instrument section says about it. */
  instruments: Map<string, { isin: string | null; type: string | null; name: string | null }>
  ignored: { name: string; rows: number }[]
  skipped: SkippedRow[]
}

/** True when most of the opening rows carry a section name and a row type (Header, Data, Total). */
export function isSectioned(rows: readonly CsvRow[]): boolean {
  let typed = 0
  let nonEmpty = 0
  for (const r of rows.slice(0, 200)) {
    if (r.fields.every((f) => f === '')) continue
    nonEmpty += 1
    if (r.fields.length >= 3 && r.fields[0] !== '' && ROW_TYPES.has(r.fields[1] ?? '')) typed += 1
  }
  return typed >= 3 && typed * 2 >= nonEmpty
}

const slice = (r: CsvRow): CsvRow => ({ line: r.line, fields: r.fields.slice(2) })
const norm = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '')

/** The column of a header row named like one of `names` (normalised), or -1. */
function col(header: readonly string[], ...names: string[]): number {
  const h = header.map(norm)
  for (const n of names) {
    const i = h.indexOf(n)
    if (i !== -1) return i
  }
  return -1
}

/** Reads a sectioned statement's rows into the parts the look-through needs; null when none is a positions section. */
export function readSections(rows: readonly CsvRow[]): SectionedStatement | null {
  const bySection = new Map<string, CsvRow[]>()
  for (const r of rows) {
    const name = r.fields[0] ?? ''
    if (name === '' || !ROW_TYPES.has(r.fields[1] ?? '')) continue
    const list = bySection.get(name)
    if (list) list.push(r)
    else bySection.set(name, [r])
  }
  const positionsName = [...bySection.keys()].find((n) => POSITIONS.test(n))
  if (!positionsName) return null
  const out: SectionedStatement = {
    section: positionsName,
    segments: [],
    baseCurrency: null,
    cash: null,
    total: null,
    instruments: new Map(),
    ignored: [],
    skipped: [],
  }
  for (const [name, list] of bySection) {
    if (name === positionsName) readPositions(list, out)
    else if (NAV.test(name)) readNav(list, out)
    else if (CASH.test(name)) readCashReport(list, out)
    else if (ACCOUNT.test(name)) readAccount(list, out)
    else if (INSTRUMENTS.test(name)) readInstruments(list, out)
    else out.ignored.push({ name, rows: list.length })
  }
  return out
}

function readPositions(list: CsvRow[], out: SectionedStatement): void {
  let current: Segment | null = null
  let discriminator = -1
  for (const r of list) {
    const type = r.fields[1]
    if (type === 'Header') {
      current = { header: slice(r), rows: [] }
      discriminator = col(current.header.fields, 'datadiscriminator')
      out.segments.push(current)
    } else if (type === 'Data' && current) {
      const s = slice(r)
      const d = discriminator === -1 ? '' : (s.fields[discriminator] ?? '')
      if (d !== '' && !/^summary$/i.test(d))
        out.skipped.push({ line: r.line, reason: `${d} detail row: its summary row is counted`, text: '' })
      else current.rows.push(s)
    } else if (type === 'Total' || type === 'SubTotal') {
      out.skipped.push({ line: r.line, reason: 'Subtotal row of the positions section', text: '' })
    }
  }
}

function readNav(list: CsvRow[], out: SectionedStatement): void {
  let header: string[] = []
  for (const r of list) {
    const s = slice(r).fields
    if (r.fields[1] === 'Header') header = s
    if (r.fields[1] !== 'Data' && r.fields[1] !== 'Total') continue
    const at = col(header, 'currenttotal', 'total', 'endingvalue', 'value')
    const label = s[0] ?? ''
    const cell = at === -1 ? (s[s.length - 1] ?? '') : (s[at] ?? '')
    if (/^cash$/i.test(label)) out.cash = { line: r.line, label: `${label} (net asset value)`, cell }
    if (/^total$/i.test(label)) out.total = { line: r.line, label: 'Net asset value total', cell }
  }
}

function readCashReport(list: CsvRow[], out: SectionedStatement): void {
  let header: string[] = []
  for (const r of list) {
    const s = slice(r).fields
    if (r.fields[1] === 'Header') header = s
    if (r.fields[1] !== 'Data' || out.cash) continue
    const cur = col(header, 'currency')
    const tot = col(header, 'total')
    if (/^ending\s+(?:settled\s+)?cash$/i.test(s[0] ?? '') && /base\s+currency/i.test(s[cur] ?? '') && tot !== -1)
      out.cash = { line: r.line, label: 'Ending cash (cash report)', cell: s[tot] ?? '' }
  }
}

function readAccount(list: CsvRow[], out: SectionedStatement): void {
  for (const r of list) {
    const s = slice(r).fields
    const code = (s[1] ?? '').toUpperCase()
    if (r.fields[1] === 'Data' && /base\s+currency/i.test(s[0] ?? '') && isKnownCurrency(code))
      out.baseCurrency = { code, line: r.line }
  }
}

function readInstruments(list: CsvRow[], out: SectionedStatement): void {
  let header: string[] = []
  for (const r of list) {
    const s = slice(r).fields
    if (r.fields[1] === 'Header') {
      header = s
      continue
    }
    const sym = col(header, 'symbol')
    if (r.fields[1] !== 'Data' || sym === -1) continue
    const id = (s[col(header, 'securityid', 'isin')] ?? '').toUpperCase()
    const type = s[col(header, 'type', 'assetcategory')] ?? ''
    const name = s[col(header, 'description')] ?? ''
    for (const symbol of (s[sym] ?? '').split(/,\s*/))
      if (symbol)
        out.instruments.set(symbol.toUpperCase(), {
          isin: isValidIsin(id) ? id : null,
          type: type || null,
          name: name || null,
        })
  }
}
