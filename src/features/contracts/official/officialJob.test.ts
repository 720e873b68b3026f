import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { palantirRow, transactionsCsv } from '../../../domain/usaspending/fixtures'
import { runOfficialJob, type OfficialAnswer } from './officialJob'

const ICM = 'CONT_AWD_70CTD022FR0000170_7012_-NONE-_-NONE-'
const csv = transactionsCsv([
  palantirRow({
    contract_transaction_unique_key: 't1',
    contract_award_unique_key: ICM,
    award_id_piid: '70CTD022FR0000170',
    federal_action_obligation: '17000000.00',
    action_date: '2022-09-26',
    action_date_fiscal_year: '2022',
  }),
  {
    contract_transaction_unique_key: 't2',
    contract_award_unique_key: 'CONT_AWD_OTHER',
    award_id_piid: 'OTHER',
    federal_action_obligation: '5.00',
    action_date: '2023-02-01',
    recipient_name: 'ANOTHER VENDOR LLC',
    awarding_sub_agency_name: 'U.S. Immigration and Customs Enforcement',
  },
])
const zip = (files: Record<string, string>) =>
  new Blob([zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])))])

let id = 0
const readFile = (file: Blob, fileName: string) =>
  runOfficialJob({ id: ++id, type: 'read', file, fileName, companyName: 'Palantir' })
const errorOf = (a: OfficialAnswer) => (a.ok ? null : a.error)

describe('runOfficialJob', () => {
  it('reads the ZIP as USAspending delivers it and proposes the company', async () => {
    const a = await readFile(
      zip({
        'Contracts_PrimeTransactions_2026-11-30_H10M00S00_1.csv': csv,
        'Contracts_Subawards_2026-11-30_H10M00S00_1.csv': 'prime_award_unique_key,subaward_number\r\n',
      }),
      'PrimeTransactionsAndSubawards_2026-11-30.zip',
    )
    expect(a.ok && a.type === 'read' && a.answer).toMatchObject({
      layout: 'transactions',
      asOf: '2023-02-01',
      rowsRead: 2,
      proposed: [{ name: 'PALANTIR USG, INC.' }],
      leftOut: { rows: 1, recipients: [{ name: 'ANOTHER VENDOR LLC', rows: 1 }] },
    })
    expect(a.ok && a.type === 'read' && a.answer.company.map((t) => t.obligationCents)).toEqual([1_700_000_000])
  })

  it('says a ZIP cut short is incomplete', async () => {
    const bytes = new Uint8Array(await zip({ 'Contracts_PrimeTransactions_1.csv': csv }).arrayBuffer())
    const a = await readFile(new Blob([bytes.slice(0, bytes.length - 30)]), 'download.zip')
    expect(errorOf(a)).toMatch(/incomplete or damaged ZIP/)
  })

  it('says a CSV cut inside a quoted description is cut short', async () => {
    const text = transactionsCsv([
      palantirRow({ contract_award_unique_key: ICM, transaction_description: 'LICENSES, "GOTHAM" AND SUPPORT' }),
    ])
    const cut = text.slice(0, text.indexOf('GOTHAM'))
    expect(errorOf(await readFile(new Blob([cut]), 'Contracts_PrimeTransactions_1.csv'))).toMatch(/cut short/)
  })

  it.each([
    [
      'Assistance_PrimeTransactions_1.csv',
      'assistance_transaction_unique_key,assistance_award_unique_key,award_id_fain\r\na,b,c\r\n',
      /assistance download/,
    ],
    ['Contracts_Subawards_1.csv', 'prime_award_unique_key,subaward_number,subaward_amount\r\na,b,1\r\n', /sub-awards/],
    ['holdings.csv', 'Symbol,Quantity\r\nPLTR,3\r\n', /not a USAspending contract download/],
  ])('refuses %s with its own message', async (name, text, message) => {
    expect(errorOf(await readFile(new Blob([text]), name))).toMatch(message)
  })

  it('says when none of the rows is the company', async () => {
    const other = transactionsCsv([
      {
        contract_award_unique_key: 'K',
        award_id_piid: 'P',
        federal_action_obligation: '1',
        recipient_name: 'ACME CORP',
      },
    ])
    expect(errorOf(await readFile(new Blob([other]), 'x.csv'))).toMatch(/has no rows for Palantir: .*ACME CORP/)
  })

  it('refuses a 300 MB file before reading a byte', async () => {
    const huge = { size: 300_000_000, arrayBuffer: () => Promise.reject(new Error('read')) } as unknown as Blob
    expect(errorOf(await readFile(huge, 'big.zip'))).toMatch(/300 MB; the limit is 200 MB/)
  })
})
