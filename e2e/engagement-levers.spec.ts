import { expect, test, type Page } from '@playwright/test'
import { makeXlsx } from '../src/test/xlsx'
import { expectNoAxeViolations, openView } from './app'
import { inspectPdf } from './pdf'

const nav = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click()

async function loadSamplePortfolio(page: Page) {
  await openView(page, '/holdings')
  await page.getByRole('button', { name: 'Use the sample portfolio (sample data)' }).click()
  await expect(page.getByLabel('Exposure summary')).toContainText('Direct (PLTR shares)')
}

/** STLX's holdings in an issuer's workbook layout: an overview sheet, then the holdings sheet. */
const stlxWorkbook = () =>
  Buffer.from(
    makeXlsx([
      { name: 'Overview', rows: [['Fund', 'Sample Technology Leaders ETF']] },
      {
        name: 'Holdings',
        rows: [
          ['Sample Technology Leaders ETF'],
          ['Fund Holdings as of', 'Nov 27, 2026'],
          [],
          ['Ticker', 'Name', 'Asset Class', 'Weight (%)'],
          ['NVDA', 'NVIDIA CORP', 'Equity', 10],
          ['PLTR', 'PALANTIR TECHNOLOGIES INC CLASS A', 'Equity', 4],
          ['OTHR', 'OTHER HOLDINGS', 'Equity', 86],
        ],
      },
    ]),
  )

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

test('without a portfolio, Engagement says where the levers come from', async ({ page }) => {
  await openView(page, '/engagement')
  const levers = page.getByRole('region', { name: 'Your levers' })
  await expect(levers).toContainText('No portfolio yet.')
  await expect(page.getByLabel('Question 1', { exact: true })).toBeVisible()
  // axe on this state (Engagement without a portfolio): shell.spec.ts and layout.spec.ts.
  await levers.getByRole('link', { name: 'Holdings' }).click()
  await expect(page.getByRole('button', { name: 'Use the sample portfolio (sample data)' })).toBeVisible()
})

test('a portfolio’s levers become Engagement audiences: the vote with Rule 14a-8, each fund’s manager, each firm holding the company', async ({
  page,
}) => {
  await loadSamplePortfolio(page)
  await page.getByLabel('Years you have held the PLTR shares').fill('3')
  await nav(page, 'Engagement')

  const levers = page.getByRole('region', { name: 'Your levers' })
  await expect(levers).toContainText('From the portfolio “Sample portfolio” on Holdings (Sample data')
  const vote = levers.getByRole('article', { name: 'Vote your shares: Palantir Technologies' })
  await expect(vote).toContainText(
    'Vote your $3,750.00 of PLTR shares at Palantir Technologies’ annual meeting, and consider a shareholder proposal. (line 5 of your portfolio)',
  )
  await expect(vote).toContainText(
    'File a shareholder proposal asking Palantir Technologies to publish what the questions below ask for. Rule 14a-8(b): $3,750.00 held for 3 years: meets the threshold of $2,000.00 for 3 years',
  )
  await expect(
    vote.getByRole('list', { name: 'Questions for Palantir Technologies' }).getByRole('listitem'),
  ).toHaveCount(3)

  const manager = levers.getByRole('article', { name: 'Engage the fund’s manager: Sample Technology Leaders ETF' })
  await expect(manager).toContainText(
    'Ask how it voted its PLTR shares at Palantir Technologies’ recent annual meetings',
  )
  await expect(
    manager
      .getByRole('list', { name: /^Questions for The manager of/ })
      .getByRole('listitem')
      .first(),
  ).toContainText('Will you ask Palantir Technologies')
  const firm = levers.getByRole('article', {
    name: 'Engage a firm holding the company, as its shareholder: BlackRock, Inc.',
  })
  await expect(firm).toContainText('As a shareholder of BlackRock, Inc., ask how it votes its PLTR shares')
  await expectNoAxeViolations(page)

  await manager
    .getByRole('button', { name: 'Prepare the questions and letter for The manager of Sample Technology Leaders ETF' })
    .click()
  await expect(page.getByRole('radio', { name: 'An asset manager holding the shares' })).toBeChecked()
  await expect(page.getByRole('heading', { name: 'Questions', exact: true })).toBeFocused()
  await expect(page.getByLabel('Addressed to (one line each: name, role, address)')).toHaveValue(
    'The manager of Sample Technology Leaders ETF',
  )
  await expect(page.getByLabel('Question 1', { exact: true })).toHaveValue(/Will you ask Palantir Technologies/)
})

test('an issuer’s XLSX read in the worker changes the exposure, and the briefing names the file with its date', async ({
  page,
}) => {
  await loadSamplePortfolio(page)
  const summary = page.getByLabel('Exposure summary')
  await expect(summary).toContainText('Indirect (through funds)$950.00')
  await page.getByLabel('Fund position').selectOption({ label: 'STLX (line 6)' })

  await page.getByLabel('Holdings file for this fund').setInputFiles({
    name: 'STLX_locked.xlsx',
    mimeType: xlsxType,
    buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
  })
  await expect(page.getByRole('alert').filter({ hasText: 'STLX_locked.xlsx was not added' })).toContainText(
    'This workbook is password-protected (encrypted)',
  )
  const whole = stlxWorkbook()
  await page.getByLabel('Holdings file for this fund').setInputFiles({
    name: 'STLX_damaged.xlsx',
    mimeType: xlsxType,
    buffer: whole.subarray(0, Math.floor(whole.length / 2)),
  })
  await expect(page.getByRole('alert').filter({ hasText: 'STLX_damaged.xlsx was not added' })).toContainText(
    'This .xlsx file could not be read: it may be damaged',
  )
  await expect(summary).toContainText('Indirect (through funds)$950.00')

  await page.getByLabel('Holdings file for this fund').setInputFiles({
    name: 'STLX_holdings.xlsx',
    mimeType: xlsxType,
    buffer: whole,
  })
  await expect(page.getByRole('status').filter({ hasText: 'Added STLX_holdings.xlsx for STLX' })).toContainText(
    'as of 27 Nov 2026; PLTR weighs 4.00% (found by ticker PLTR); 3 holdings read. Read the sheet “Holdings”; the other sheets (“Overview”) were not needed.',
  )
  // $20,000 × 4% = $800 instead of the sample 2.5% ($500).
  await expect(summary).toContainText('Indirect (through funds)$1,250.00')

  await nav(page, 'Briefing')
  const preview = page.getByRole('article', { name: 'Briefing preview' })
  await expect(preview).toContainText("Fund weights from the issuers' holdings files (1 file):")
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export briefing PDF' }).click(),
  ])
  const pdf = inspectPdf(await download.path())
  expect(pdf.qpdfCheck.ok, pdf.qpdfCheck.output).toBe(true)
  const text = pdf.text.replace(/\s+/g, ' ')
  expect(text).toContain("Fund weights from the issuers' holdings files (1 file):")
  expect(text).toMatch(
    /Sample Technology Leaders ETF: STLX_holdings\.xlsx \(sheet .Holdings.\), as of 27 Nov 2026; company weight 4\.00% \(found by ticker PLTR\)\./,
  )
  expect(text).toContain("Sample Technology Leaders ETF (issuer's file, as of 27 Nov 2026), weight 4.00%")
})
