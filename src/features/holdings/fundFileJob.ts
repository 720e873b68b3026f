import { detectDelimiter, parseCsv, stripBom } from '../../domain/holdings/csv'
import {
  cellsToText,
  pickHoldingsSheet,
  readFundHoldings,
  workbookKind,
  type FundFileRead,
} from '../../domain/holdings/fundFile'
import type { TargetCompany } from '../../domain/holdings/lookthrough'
import { checkFileSize } from '../../domain/holdings/sniff'

/** What the page asks the fund-file reader: one issuer's holdings file, and the company to find in it. */
export interface FundFileJob {
  id: number
  file: Blob
  fileName: string
  company: TargetCompany
}

/** The file read (or refused with a sentence for the user), the sheet used for a workbook, and a note on the others. */
export interface FundFileAnswer {
  id: number
  read: FundFileRead
  sheet: string | null
  note: string | null
}

/** What kind of file it is, from its first bytes: only an XLSX needs the workbook reader (and the worker). */
export async function fundFileKind(file: Blob): Promise<ReturnType<typeof workbookKind>> {
  return workbookKind(new Uint8Array(await file.slice(0, 8).arrayBuffer()))
}

export const MESSAGES = {
  encrypted:
    'This workbook is password-protected (encrypted) or in the old .xls format, so it cannot be read here. Open it, remove the password or save it as .xlsx or CSV, and add it again.',
  corrupt: 'This .xlsx file could not be read: it may be damaged or not really a workbook. Download it again.',
  binary: 'This file is neither a CSV nor an .xlsx workbook.',
  stopped: 'The file could not be read in this browser (the reader stopped).',
} as const

/**
 * Reads one fund holdings file: CSV as text, XLSX through read-excel-file (its universal build,
 * which starts no workers of its own), imported only when a workbook arrives. Runs in the
 * fund-file worker for workbooks and on the page for CSV (and where Worker is missing). Every
 * failure is a sentence for the user; nothing already loaded is touched.
 */
export async function runFundFileJob(job: FundFileJob): Promise<FundFileAnswer> {
  const { id, file, fileName, company } = job
  const fail = (error: string): FundFileAnswer => ({ id, read: { ok: false, error }, sheet: null, note: null })
  const sizeError = checkFileSize(file.size)
  if (sizeError) return fail(sizeError)
  const bytes = new Uint8Array(await file.arrayBuffer())
  const kind = workbookKind(bytes.subarray(0, 8))
  if (kind === 'encrypted-or-xls') return fail(MESSAGES.encrypted)
  if (kind === 'xlsx') {
    let sheets: { sheet: string; rows: string[][] }[]
    try {
      const { default: readXlsxFile } = await import('read-excel-file/universal')
      const all = await readXlsxFile(bytes.buffer)
      sheets = all.map((s) => ({ sheet: s.sheet, rows: cellsToText(s.data) }))
    } catch {
      return fail(MESSAGES.corrupt)
    }
    const chosen = pickHoldingsSheet(sheets)
    if (!chosen)
      return fail(
        `No sheet of this workbook lists holdings with a weight (sheets: ${sheets.map((s) => `“${s.sheet}”`).join(', ')}).`,
      )
    const others = sheets.filter((s) => s !== chosen).map((s) => `“${s.sheet}”`)
    return {
      id,
      read: readFundHoldings(chosen.rows, fileName, company),
      sheet: chosen.sheet,
      note:
        others.length > 0
          ? `Read the sheet “${chosen.sheet}”; the other sheets (${others.join(', ')}) were not needed.`
          : null,
    }
  }
  if (bytes.includes(0)) return fail(MESSAGES.binary)
  const text = stripBom(new TextDecoder('utf-8').decode(bytes))
  const delimiter = detectDelimiter(text)
  const rows = parseCsv(text, delimiter).map((r) => r.fields)
  return { id, read: readFundHoldings(rows, fileName, company, delimiter), sheet: null, note: null }
}
