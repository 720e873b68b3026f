import { expect, test, type Page } from '@playwright/test'
import { strToU8, zipSync } from 'fflate'
import { palantirRow, transactionsCsv, type FixtureRow } from '../src/domain/usaspending/fixtures'
import { expectNoAxeViolations, openView } from './app'

const ICM_KEY = 'CONT_AWD_70CTD022FR0000170_7012_-NONE-_-NONE-'
const icm = (over: FixtureRow) =>
  palantirRow({
    contract_award_unique_key: ICM_KEY,
    award_id_piid: '70CTD022FR0000170',
    parent_award_id_piid: '',
    transaction_description: 'INVESTIGATIVE CASE MANAGEMENT (ICM), "O&M" AND LICENSES',
    current_total_value_of_award: '150703825.00',
    potential_total_value_of_award: '150703825.00',
    period_of_performance_start_date: '2022-09-27',
    ...over,
  })
const firstRows: FixtureRow[] = [
  icm({
    contract_transaction_unique_key: 'icm-0',
    modification_number: '0',
    federal_action_obligation: '17000000.00',
    action_date: '2022-09-26',
    action_date_fiscal_year: '2022',
  }),
  icm({
    contract_transaction_unique_key: 'icm-1',
    modification_number: 'P00001',
    federal_action_obligation: '-250000.50',
    action_date: '2023-03-01',
    action_date_fiscal_year: '2023',
  }),
  palantirRow({
    contract_transaction_unique_key: 'cbp-0',
    contract_award_unique_key: 'CONT_AWD_70B04C23F00000001_7014_-NONE-_-NONE-',
    award_id_piid: '70B04C23F00000001',
    federal_action_obligation: '1000000.00',
    action_date: '2023-05-01',
    action_date_fiscal_year: '2023',
    awarding_sub_agency_name: 'U.S. Customs and Border Protection',
  }),
  {
    contract_transaction_unique_key: 'other-0',
    contract_award_unique_key: 'CONT_AWD_OTHER_7012',
    award_id_piid: 'OTHER',
    federal_action_obligation: '999.00',
    action_date: '2023-06-01',
    recipient_name: 'ANOTHER VENDOR LLC',
    awarding_sub_agency_name: 'U.S. Immigration and Customs Enforcement',
  },
]

function downloadZip(rows: FixtureRow[]): Buffer {
  const bytes = zipSync({ 'Contracts_PrimeTransactions_2026-11-30_H10M00S00_1.csv': strToU8(transactionsCsv(rows)) })
  return Buffer.from(bytes)
}

/** Drops a file on the drop zone, as a person dragging it from their downloads folder. */
async function dropFile(page: Page, name: string, bytes: Buffer) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, data }) => {
      const dt = new DataTransfer()
      dt.items.add(new File([new Uint8Array(data)], name, { type: 'application/zip' }))
      return dt
    },
    { name, data: [...bytes] },
  )
  await page.getByText('or drop the file here').dispatchEvent('drop', { dataTransfer })
}

const picker = (page: Page) => page.getByLabel('USAspending download (the ZIP, or a CSV from inside it)')

test('a dropped USAspending download becomes the official record beside the press figures', async ({ page }) => {
  await openView(page, '/contracts')
  await expect(page.getByRole('heading', { name: 'Add the official record' })).toBeVisible()
  await expect(page.getByRole('link', { name: /USAspending's search for “Palantir”/ })).toHaveAttribute(
    'href',
    'https://www.usaspending.gov/keyword_search/Palantir',
  )
  await dropFile(page, 'PrimeTransactions_2026-11-30.zip', downloadZip(firstRows))

  await expect(page.getByText(/Read PrimeTransactions_2026-11-30\.zip: 4 rows/)).toBeVisible()
  await expect(page.getByRole('checkbox', { name: /PALANTIR USG, INC\./ })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: /ANOTHER VENDOR LLC/ })).not.toBeChecked()
  await expect(
    page.getByText(/3 rows are the company's; 1 row of 1 other recipient left out: counted, never summed/),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Use as the official record' }).click()

  await expect(
    page.getByText(
      /Official record as of 2023-06-01 .* 2 actions on 1 award, \$16,749,999\.50 obligated by U\.S\. Immigration/,
    ),
  ).toBeVisible()
  const figure = page.getByRole('figure', { name: /Official obligations by fiscal year/ })
  await expect(figure.getByText('Official record (USAspending)').first()).toBeVisible()
  await expect(figure.getByRole('row', { name: /FY2023 .*-\$250,000\.50 .*\$16,749,999\.50/ })).toBeVisible()
  const awards = page.getByRole('table', { name: /Awards from U\.S\. Immigration and Customs Enforcement/ })
  await expect(awards.getByRole('row', { name: /70CTD022FR0000170 .*"O&M" AND LICENSES/ })).toBeVisible()
  await expect(awards.getByRole('link', { name: 'Award 70CTD022FR0000170 on USAspending' })).toHaveAttribute(
    'href',
    `https://www.usaspending.gov/award/${ICM_KEY}/`,
  )
  await expect(
    page
      .getByRole('table', { name: /Press-reported values beside the official record/ })
      .getByRole('row', { name: /\$150,703,825/ }),
  ).toBeVisible()
  await expectNoAxeViolations(page)

  // Another sub-agency is shown apart, not added in.
  await page.getByLabel('Awarding sub-agency').selectOption('U.S. Customs and Border Protection')
  await expect(
    page.getByText(/1 action on 1 award, \$1,000,000\.00 obligated by U\.S\. Customs and Border Protection/),
  ).toBeVisible()

  // Kept in the browser.
  await page.reload()
  await expect(
    page.getByText(/Official record as of 2023-06-01 \(from PrimeTransactions_2026-11-30\.zip\)/),
  ).toBeVisible()

  // A new import shows what changed before it replaces the record.
  const newMod = icm({
    contract_transaction_unique_key: 'icm-2',
    modification_number: 'P00002',
    federal_action_obligation: '5000000.00',
    action_date: '2024-02-01',
    action_date_fiscal_year: '2024',
  })
  await picker(page).setInputFiles({
    name: 'PrimeTransactions_2026-12-01.zip',
    mimeType: 'application/zip',
    buffer: downloadZip([...firstRows, newMod]),
  })
  await expect(page.getByText('New modification P00002 on 70CTD022FR0000170 (2024-02-01): $5,000,000.00')).toBeVisible()
  await expect(
    page.getByText(/Total obligated on 70CTD022FR0000170 changed from \$16,749,999\.50 to \$21,749,999\.50/),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Replace the official record' }).click()
  await expect(
    page.getByText(/Official record as of 2024-02-01 \(from PrimeTransactions_2026-12-01\.zip\)/),
  ).toBeVisible()
})

test('a broken download is refused with its reason and the record stays', async ({ page }) => {
  await openView(page, '/contracts')
  await picker(page).setInputFiles({
    name: 'PrimeTransactions_2026-11-30.zip',
    mimeType: 'application/zip',
    buffer: downloadZip(firstRows),
  })
  await page.getByRole('button', { name: 'Use as the official record' }).click()
  await expect(page.getByText(/Official record as of 2023-06-01/)).toBeVisible()

  const good = downloadZip(firstRows)
  await picker(page).setInputFiles({
    name: 'cut-short.zip',
    mimeType: 'application/zip',
    buffer: good.subarray(0, good.length - 40),
  })
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('cut-short.zip is an incomplete or damaged ZIP file')
  await expect(alert).toContainText('The official record from PrimeTransactions_2026-11-30.zip is unchanged.')
  await expect(page.getByText(/Official record as of 2023-06-01 .* \$16,749,999\.50 obligated/)).toBeVisible()

  await picker(page).setInputFiles({
    name: 'Assistance_PrimeTransactions_1.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('assistance_transaction_unique_key,assistance_award_unique_key,award_id_fain\r\na,b,c\r\n'),
  })
  await expect(page.getByRole('alert')).toContainText('is an assistance download (grants, loans')
  await expectNoAxeViolations(page)
})
