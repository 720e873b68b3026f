import { checkFileSize, createDownloadReader, readCsvText, type RowProblem } from '../../../domain/usaspending/read'
import type { Layout, LeftOut, Recipient, Transaction } from '../../../domain/usaspending/schema'
import { listRecipients, proposeRecipients, selectCompany } from '../../../domain/usaspending/select'

/** What the page asks the reader for. */
export type OfficialJob =
  | { id: number; type: 'read'; file: Blob; fileName: string; companyName: string }
  | { id: number; type: 'select'; recipients: Recipient[] }
  | { id: number; type: 'baseline'; file: Blob }

/** The file read: every recipient in it, the proposed ones, and the company's rows for that proposal. */
export interface ReadAnswer {
  fileName: string
  layout: Layout
  asOf: string | null
  rowsRead: number
  problems: RowProblem[]
  /** CSV files in a ZIP that were not read, and why. */
  skipped: string[]
  recipients: Recipient[]
  proposed: Recipient[]
  company: Transaction[]
  leftOut: LeftOut
  timings: { readMs: number; parseMs: number; selectMs: number }
}

export type OfficialAnswer =
  | { id: number; type: 'read'; ok: true; answer: ReadAnswer }
  | { id: number; type: 'selected'; ok: true; company: Transaction[]; leftOut: LeftOut }
  | { id: number; type: 'baseline'; ok: true; ms: number; lines: number }
  | { id: number; type: 'read' | 'selected' | 'baseline'; ok: false; error: string }

/** Largest CSV inside a ZIP this reader inflates (USAspending splits bigger ones into _1, _2, ...). */
const MAX_ENTRY_BYTES = 600 * 1000 * 1000

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

/** A CSV's text, by name, from a file that is either the CSV or USAspending's ZIP. */
async function csvTexts(
  file: Blob,
  fileName: string,
): Promise<{ texts: { name: string; text: string }[] } | { error: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  if (!isZip(bytes)) {
    if (/\.zip$/i.test(fileName))
      return { error: `${fileName} is not a readable ZIP file (it does not start like one). Download it again.` }
    const text = new TextDecoder('utf-8').decode(bytes)
    if (text.slice(0, 4096).includes('\u0000'))
      return {
        error: `${fileName} is not a CSV file: it holds binary data. Choose the ZIP or the CSV USAspending gave you.`,
      }
    return { texts: [{ name: fileName, text }] }
  }
  const { unzipSync } = await import('fflate')
  let tooBig: string | null = null
  let entries: Record<string, Uint8Array>
  try {
    entries = unzipSync(bytes, {
      filter: (f) => {
        if (!/\.csv$/i.test(f.name)) return false
        if (f.originalSize > MAX_ENTRY_BYTES) {
          tooBig = f.name
          return false
        }
        return true
      },
    })
  } catch {
    return {
      error: `${fileName} is an incomplete or damaged ZIP file (cut short during download?). Download it again; the record you had is unchanged.`,
    }
  }
  if (tooBig) return { error: `${tooBig} inside ${fileName} is larger than ${MAX_ENTRY_BYTES / 1e6} MB unpacked.` }
  const names = Object.keys(entries).sort()
  if (names.length === 0) return { error: `${fileName} holds no CSV file, so it is not a USAspending download.` }
  const decoder = new TextDecoder('utf-8')
  return { texts: names.map((name) => ({ name, text: decoder.decode(entries[name]) })) }
}

/** Which CSV in a download to read first: prime transactions, then the archive's files, then summaries. */
const rank = (name: string) =>
  /PrimeTransactions/i.test(name)
    ? 0
    : /_Contracts_(Full|Delta)_/i.test(name)
      ? 1
      : /PrimeAwardSummaries/i.test(name)
        ? 2
        : 3

let lastRead: Transaction[] = []

/**
 * The reader's work, the same in the worker and (where Worker is missing, as in unit tests) on
 * the page: size check before reading, unzip, parse by header names, propose the company's
 * recipients and split the rows. The rows of the last file read stay here for a new selection.
 */
export async function runOfficialJob(job: OfficialJob): Promise<OfficialAnswer> {
  if (job.type === 'select') {
    const { company, leftOut } = selectCompany(lastRead, job.recipients)
    return { id: job.id, type: 'selected', ok: true, company, leftOut }
  }
  if (job.type === 'baseline') {
    const t0 = performance.now()
    const lines = (await job.file.text()).split(/\r?\n/).length
    return { id: job.id, type: 'baseline', ok: true, ms: performance.now() - t0, lines }
  }
  const fail = (error: string): OfficialAnswer => ({ id: job.id, type: 'read', ok: false, error })
  const sizeError = checkFileSize(job.file.size)
  if (sizeError) return fail(sizeError)
  const t0 = performance.now()
  const got = await csvTexts(job.file, job.fileName)
  if ('error' in got) return fail(got.error)
  const t1 = performance.now()
  const texts = [...got.texts].sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name))
  const skipped: string[] = []
  let firstError: string | null = null
  let chosen: { rank: number; layout: Layout } | null = null
  let transactions: Transaction[] = []
  const problems: RowProblem[] = []
  let rowsRead = 0
  let newest = ''
  for (const { name, text } of texts) {
    const r = rank(name)
    if (chosen && r !== chosen.rank) {
      skipped.push(`${name}: not read, the download's ${chosen.layout} file is used`)
      continue
    }
    const reader = createDownloadReader(name)
    const refusal = readCsvText(name, text, reader)
    const done = refusal ? { ok: false as const, error: refusal } : reader.finish()
    if (!done.ok) {
      if (chosen) return fail(done.error)
      firstError ??= done.error
      skipped.push(`${name}: ${done.error}`)
      continue
    }
    chosen = { rank: r, layout: done.result.layout }
    transactions = transactions.concat(done.result.transactions)
    problems.push(...done.result.problems)
    rowsRead += done.result.rowsRead
    if ((done.result.newestActionDate ?? '') > newest) newest = done.result.newestActionDate ?? ''
  }
  if (!chosen) return fail(firstError ?? `${job.fileName} holds no file this reader can use.`)
  const result = { layout: chosen.layout, transactions, problems, rowsRead, newestActionDate: newest || null }
  const t2 = performance.now()
  const recipients = listRecipients(result.transactions)
  const proposed = proposeRecipients(recipients, job.companyName)
  if (proposed.length === 0) {
    const names = recipients.slice(0, 5).map((r) => r.name || '(no name)')
    return fail(
      `${job.fileName} has no rows for ${job.companyName}: none of its ${recipients.length} recipients is named like the company (${names.join('; ')}${recipients.length > 5 ? '; …' : ''}). Search USAspending for the company as recipient and download again.`,
    )
  }
  lastRead = result.transactions
  const { company, leftOut } = selectCompany(result.transactions, proposed)
  const t3 = performance.now()
  return {
    id: job.id,
    type: 'read',
    ok: true,
    answer: {
      fileName: job.fileName,
      layout: result.layout,
      asOf: result.newestActionDate,
      rowsRead: result.rowsRead,
      problems: result.problems,
      skipped,
      recipients,
      proposed,
      company,
      leftOut,
      timings: { readMs: t1 - t0, parseMs: t2 - t1, selectMs: t3 - t2 },
    },
  }
}
