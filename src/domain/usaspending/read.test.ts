import { describe, expect, it } from 'vitest'
import { AWARD_SUMMARY_COLUMNS, TRANSACTION_COLUMNS } from './columns'
import { palantirRow, transactionsCsv } from './fixtures'
import { checkFileSize, classifyHeader, createDownloadReader, MAX_FILE_BYTES, readCsvText } from './read'
import { fiscalYearOf, parseCents } from './money'

/** Reads a CSV text as the worker does (csvScan, then the reader), and finishes. */
function read(text: string, name = 'Contracts_PrimeTransactions_2026-11-30_H10M00S00_1.csv') {
  const reader = createDownloadReader(name)
  const refusal = readCsvText(name, text, reader)
  return refusal ? { ok: false as const, error: refusal } : reader.finish()
}

describe('parseCents', () => {
  it.each([
    ['150703825.00', 15070382500],
    ['-2500.5', -250050],
    ['0.005', 1],
    ['17', 1700],
    ['', null],
    ['  ', null],
    ['1,000', undefined],
    ['abc', undefined],
  ])('reads %j as %j cents', (text, cents) => {
    expect(parseCents(text)).toBe(cents)
  })
})

describe('fiscalYearOf', () => {
  it('puts October in the next fiscal year and September in the same one', () => {
    expect(fiscalYearOf('2019-10-01')).toBe(2020)
    expect(fiscalYearOf('2019-09-30')).toBe(2019)
    expect(fiscalYearOf('2019')).toBeNull()
  })
})

describe('classifyHeader', () => {
  it('takes the transactions file, the archive layout and the summaries file', () => {
    expect(classifyHeader(TRANSACTION_COLUMNS, 'Contracts_PrimeTransactions_1.csv')).toMatchObject({
      ok: true,
      layout: 'transactions',
    })
    expect(
      classifyHeader(['correction_delete_ind', ...TRANSACTION_COLUMNS], 'FY2025_070_Contracts_Delta_20251108_1.csv'),
    ).toMatchObject({
      ok: true,
      layout: 'archive',
    })
    expect(classifyHeader(AWARD_SUMMARY_COLUMNS, 'Contracts_PrimeAwardSummaries_1.csv')).toMatchObject({
      ok: true,
      layout: 'summaries',
    })
  })

  it('finds columns by name whatever their order', () => {
    const shuffled = [...TRANSACTION_COLUMNS].reverse()
    const v = classifyHeader(shuffled, 'x.csv')
    expect(v.ok && v.columns.get('federal_action_obligation')).toBe(shuffled.indexOf('federal_action_obligation'))
  })

  it.each([
    [
      ['assistance_transaction_unique_key', 'assistance_award_unique_key', 'award_id_fain'],
      /assistance download \(grants, loans/,
    ],
    [['prime_award_unique_key', 'subaward_number', 'subaward_amount'], /sub-awards/],
    [['Symbol', 'Quantity', 'Price'], /not a USAspending contract download/],
  ])('refuses %j with a message that says why', (header, message) => {
    const v = classifyHeader(header, 'file.csv')
    expect(v.ok).toBe(false)
    expect(!v.ok && v.error).toMatch(message)
  })
})

describe('createDownloadReader', () => {
  const rows = [
    palantirRow({
      contract_transaction_unique_key: '7012_-NONE-_70CTD022FR0000170_0_-NONE-_0',
      contract_award_unique_key: 'CONT_AWD_70CTD022FR0000170_7012_-NONE-_-NONE-',
      award_id_piid: '70CTD022FR0000170',
      modification_number: '0',
      federal_action_obligation: '17000000.00',
      total_dollars_obligated: '150703825.00',
      action_date: '2022-09-26',
      action_date_fiscal_year: '2022',
      transaction_description: 'INVESTIGATIVE CASE MANAGEMENT (ICM), "O&M", SUPPORT, AND LICENSES',
      period_of_performance_start_date: '2022-09-27',
    }),
    palantirRow({
      contract_transaction_unique_key: '7012_-NONE-_70CTD022FR0000170_P00003_-NONE-_0',
      contract_award_unique_key: 'CONT_AWD_70CTD022FR0000170_7012_-NONE-_-NONE-',
      award_id_piid: '70CTD022FR0000170',
      modification_number: 'P00003',
      federal_action_obligation: '-1250.10',
      action_date: '2023-10-02',
      action_date_fiscal_year: '',
      transaction_description: '',
    }),
    {
      contract_transaction_unique_key: 'other-1',
      contract_award_unique_key: 'CONT_AWD_OTHER_7012',
      award_id_piid: 'OTHER1',
      federal_action_obligation: '999.99',
      action_date: '2024-01-15',
      action_date_fiscal_year: '2024',
      recipient_name: 'ANOTHER VENDOR LLC',
      awarding_sub_agency_name: 'U.S. Customs and Border Protection',
    },
  ]

  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
  ])('reads quoted descriptions, de-obligations and empty cells with %s line ends', (_, eol) => {
    const done = read(transactionsCsv(rows, { eol }))
    expect(done.ok).toBe(true)
    if (!done.ok) return
    const [base, mod, other] = done.result.transactions
    expect(base).toMatchObject({
      piid: '70CTD022FR0000170',
      obligationCents: 1_700_000_000,
      fiscalYear: 2022,
      description: 'INVESTIGATIVE CASE MANAGEMENT (ICM), "O&M", SUPPORT, AND LICENSES',
      startDate: '2022-09-27',
      currentValueCents: null,
    })
    // No fiscal year in the cell: derived from the action date (October starts FY2024).
    expect(mod).toMatchObject({ obligationCents: -125_010, fiscalYear: 2024, modification: 'P00003' })
    expect(other).toMatchObject({
      recipientName: 'ANOTHER VENDOR LLC',
      subAgency: 'U.S. Customs and Border Protection',
    })
    expect(done.result.newestActionDate).toBe('2024-01-15')
    expect(done.result.rowsRead).toBe(3)
  })

  it('refuses a file cut off in its last row', () => {
    const text = transactionsCsv(rows)
    const cut = text.slice(0, text.length - 400)
    const done = read(cut)
    expect(done.ok).toBe(false)
    expect(!done.ok && done.error).toMatch(/is cut short: its last row \(line 4\) has \d+ of 297 cells/)
  })

  it('names the row whose obligation is not an amount and reads the rest', () => {
    const done = read(
      transactionsCsv([
        ...rows,
        palantirRow({ contract_award_unique_key: 'CONT_AWD_X', federal_action_obligation: 'n/a' }),
      ]),
    )
    expect(done.ok && done.result.problems).toEqual([{ line: 5, message: 'the obligation "n/a" is not an amount' }])
    expect(done.ok && done.result.transactions).toHaveLength(3)
  })

  it('says a header alone has no rows', () => {
    expect(read(transactionsCsv([]))).toEqual({ ok: false, error: expect.stringMatching(/has a header but no rows/) })
  })

  it('skips archive delta rows marked for deletion', () => {
    const columns = ['correction_delete_ind', ...TRANSACTION_COLUMNS]
    const text = transactionsCsv([{ ...rows[0], correction_delete_ind: 'D' }, rows[1] ?? {}], { columns })
    const done = read(text, 'FY2025_070_Contracts_Delta_20251108_1.csv')
    expect(done.ok && done.result.layout).toBe('archive')
    expect(done.ok && done.result.transactions.map((t) => t.modification)).toEqual(['P00003'])
  })
})

describe('checkFileSize', () => {
  it('refuses a 300 MB file before reading it and states the limit', () => {
    expect(checkFileSize(MAX_FILE_BYTES)).toBeNull()
    expect(checkFileSize(300_000_000)).toMatch(/This file is 300 MB; the limit is 200 MB/)
  })
})
