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

/**
 * Reads a fund holdings file the user dropped: CSV as text, XLSX through read-excel-file, loaded
 * only when an XLSX arrives (it is not in any other chunk). Every failure is a sentence for the
 * user; nothing already loaded is touched.
 */
export async function readFundFile(
  file: File,
  company: TargetCompany,
): Promise<{ read: FundFileRead; sheet: string | null; note: string | null }> {
  const fail = (error: string) => ({ read: { ok: false as const, error }, sheet: null, note: null })
  const sizeError = checkFileSize(file.size)
  if (sizeError) return fail(sizeError)
  const bytes = new Uint8Array(await file.arrayBuffer())
  const kind = workbookKind(bytes.subarray(0, 8))
  if (kind === 'encrypted-or-xls')
    return fail(
      'This workbook is password-protected (encrypted) or in the old .xls format, so it cannot be read here. Open it, remove the password or save it as .xlsx or CSV, and add it again.',
    )
  if (kind === 'xlsx') {
    let sheets: { sheet: string; rows: string[][] }[]
    try {
      const { default: readXlsxFile } = await import('read-excel-file/universal')
      const all = await readXlsxFile(bytes.buffer)
      sheets = all.map((s) => ({ sheet: s.sheet, rows: cellsToText(s.data) }))
    } catch {
      return fail('This .xlsx file could not be read: it may be damaged or not really a workbook. Download it again.')
    }
    const chosen = pickHoldingsSheet(sheets)
    if (!chosen)
      return fail(
        `No sheet of this workbook lists holdings with a weight (sheets: ${sheets.map((s) => `“${s.sheet}”`).join(', ')}).`,
      )
    const others = sheets.filter((s) => s !== chosen).map((s) => `“${s.sheet}”`)
    return {
      read: readFundHoldings(chosen.rows, file.name, company),
      sheet: chosen.sheet,
      note:
        others.length > 0
          ? `Read the sheet “${chosen.sheet}”; the other sheets (${others.join(', ')}) were not needed.`
          : null,
    }
  }
  if (bytes.includes(0)) return fail('This file is neither a CSV nor an .xlsx workbook.')
  const text = stripBom(new TextDecoder('utf-8').decode(bytes))
  const rows = parseCsv(text, detectDelimiter(text)).map((r) => r.fields)
  return { read: readFundHoldings(rows, file.name, company), sheet: null, note: null }
}
