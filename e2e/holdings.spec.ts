import { expect, test, type Page } from '@playwright/test'
import { truncate, writeFile } from 'node:fs/promises'
import { expectNoAxeViolations, openView } from './app'

const sample = 'e2e/fixtures/sample-portfolio.csv'
const broken = 'e2e/fixtures/broken-portfolio.csv'

async function uploadFile(page: Page, path: string) {
  await page.getByLabel('Portfolio CSV file').setInputFiles(path)
}

async function expectSampleExposure(page: Page) {
  const summary = page.getByLabel('Exposure summary')
  await expect(summary).toContainText('$3,750.00')
  await expect(summary).toContainText('$950.00')
  await expect(summary).toContainText('$4,700.00 (3.99%)')
}

test('uploading a broker export shows the exposure, direct and through funds', async ({ page }) => {
  await openView(page, '/holdings')
  await uploadFile(page, sample)
  await expect(page.getByRole('status').filter({ hasText: 'Loaded sample-portfolio.csv: 10 positions' })).toBeVisible()
  await expectSampleExposure(page)
  await expect(page.getByText(/Portfolio total used: \$117,750\.00/)).toBeVisible()
  await expect(page.getByText(/Matches the file’s own total/)).toBeVisible()
  const figure = page.getByRole('figure')
  await expect(figure).toContainText(
    'Sample data: fund constituents and weights from the sample holdings data are illustrative',
  )
  await expect(
    figure.getByRole('img', { name: /Top 4 contributors by effective exposure: PLTR \(direct\), \$3,750\.00/ }),
  ).toBeVisible()
  const table = page.getByRole('table', { name: /Exposed positions \(4\)/ })
  await expect(table.getByRole('row', { name: /STLX .* Sample Technology Leaders ETF .* \$500\.00/ })).toBeVisible()
  // BlackRock holds the company: a route to engage, not exposure.
  await expect(page.getByRole('region', { name: 'Your levers' })).toContainText(
    'As a shareholder of BlackRock, Inc. ($8,000.00), engage it on its PLTR holding',
  )
  await expectNoAxeViolations(page)

  // The accepted portfolio survives a reload.
  await page.reload()
  await expectSampleExposure(page)
})

test('a broken file gets messages naming row and column, and the old result stays', async ({ page }) => {
  await openView(page, '/holdings')
  await uploadFile(page, sample)
  await expectSampleExposure(page)
  await uploadFile(page, broken)
  const alert = page.getByRole('alert').filter({ hasText: 'broken-portfolio.csv' })
  await expect(alert).toContainText('5 rows in broken-portfolio.csv have problems; 2 rows are valid.')
  await expect(alert).toContainText('The portfolio shown below is unchanged.')
  const problems = page.getByRole('table', { name: /Rows with problems/ })
  await expect(
    problems.getByRole('row', { name: /^3 Current Value "twelve hundred" is not a number\.$/ }),
  ).toBeVisible()
  await expect(
    problems.getByRole('row', { name: /^6 \(whole row\) Duplicate row: identical to line 5\.$/ }),
  ).toBeVisible()
  await expectSampleExposure(page)
  await expectNoAxeViolations(page)

  await page.getByRole('button', { name: 'Use the 2 valid rows' }).click()
  await expect(page.getByLabel('Exposure summary')).toContainText('$1,000.00')
  await expect(page.getByText('5 rows with problems were left out at your choice')).toBeVisible()
})

test('a file that is not a CSV is refused with its own message', async ({ page }) => {
  await openView(page, '/holdings')
  await page.getByLabel('Portfolio CSV file').setInputFiles({
    name: 'statement.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj'),
  })
  await expect(page.getByRole('alert')).toContainText('statement.pdf was not loaded. This is a PDF, not a CSV.')
})

test('a file over the size limit is refused before it is read', async ({ page }, testInfo) => {
  await openView(page, '/holdings')
  // A file on disk, not a Buffer: the browser opens it by its path instead of being sent 21 MB.
  const huge = testInfo.outputPath('huge.csv')
  await writeFile(huge, '')
  await truncate(huge, 21 * 1024 * 1024)
  await page.getByLabel('Portfolio CSV file').setInputFiles(huge)
  await expect(page.getByRole('alert')).toContainText('The file is 21.0 MB; the limit is 20 MB.')
})

test('when the browser cannot save the portfolio, the user is told and the portfolio stays in use', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'rights-dashboard:portfolio') throw new DOMException('Quota exceeded', 'QuotaExceededError')
      setItem.call(this, key, value)
    }
  })
  await openView(page, '/holdings')
  await page.getByRole('button', { name: 'Use the sample portfolio (sample data)' }).click()
  await expect(page.getByRole('alert')).toContainText(
    'Your browser’s storage is full, so your latest changes to the portfolio',
  )
  await expectSampleExposure(page)
  await expect(page.getByText('Sample portfolio Sample data, accepted', { exact: false })).toBeVisible()
})

test('a pasted semicolon export with an unclear header is mapped by hand, with decimal commas', async ({ page }) => {
  await openView(page, '/holdings')
  await page.getByLabel('Or paste CSV text').fill('Papier;Stück;Wert\nPLTR;10;"1.234,56 €"\nSTLX;5;"2.000,00 €"\n')
  await page.getByRole('button', { name: 'Read pasted text' }).click()
  await expect(page.getByRole('alert')).toContainText('Pasted text needs a column mapping.')
  await expectNoAxeViolations(page)
  await page.getByLabel('Ticker / symbol').selectOption('Papier')
  await page.getByLabel('Market value').selectOption('Wert')
  await page.getByRole('button', { name: 'Read the file with these columns' }).click()
  const summary = page.getByLabel('Exposure summary')
  // The euro signs in the amounts make this a euro account: no dollar signs.
  await expect(summary).toContainText('€1,234.56')
  await expect(summary).toContainText('€50.00')
  await expect(page.getByText(/semicolon-separated; decimal mark “,”/)).toBeVisible()
})

test('a large export, read by its bytes after its opening rows, gives every position, problem and the exposure', async ({
  page,
}, testInfo) => {
  // Over 16 kB: the worker reads the rows after the opening ones from the file's bytes, and decodes
  // only the unusual ones (an accented name, a total, a duplicate) on their own.
  const rows = ['"Brokerage positions"', 'Symbol,Description,Quantity,Last Price,Current Value,Security Type']
  let cents = 0
  for (let i = 0; i < 2_000; i += 1) {
    rows.push(`T${i},SECURITY ${i},${i + 1},$1.00,"$${i + 1}.00",Stock`)
    cents += (i + 1) * 100
  }
  rows.push('NESN,Nestlé S.A.,10,$10.00,$100.00,Stock', 'T7,SECURITY 7,8,$1.00,"$8.00",Stock')
  rows.push('PLTR,PALANTIR TECHNOLOGIES INC CL A,100,$25.00,"$2,500.00",Stock')
  cents += 10_000 + 250_000
  rows.push(`Account Total,,,,"$${(cents / 100).toLocaleString('en-US')}.00",`)
  const path = testInfo.outputPath('large-export.csv')
  await writeFile(path, rows.join('\r\n'))
  expect(Buffer.byteLength(rows.join('\r\n'))).toBeGreaterThan(80 * 1024)
  await openView(page, '/holdings')
  await uploadFile(page, path)
  const alert = page.getByRole('alert').filter({ hasText: 'large-export.csv' })
  await expect(alert).toContainText('1 row in large-export.csv has problems; 2,002 rows are valid.')
  await expect(
    page.getByRole('table', { name: /Rows with problems/ }).getByRole('row', {
      name: /^2004 \(whole row\) Duplicate row: identical to line 10\.$/,
    }),
  ).toBeVisible()
  // The title line and the total row are skipped, the Nestlé row (decoded on its own) counted.
  await expect(
    page.getByText(
      'Counted 2,002 positions: 2,002 securities, 0 cash and 0 pending activity. Skipped 2 rows; 1 row with problems.',
    ),
  ).toBeVisible()
  await page.getByRole('button', { name: 'Use the 2,002 valid rows' }).click()
  const summary = page.getByLabel('Exposure summary')
  await expect(summary).toContainText('$2,500.00')
  await expect(page.getByText(/Matches the file’s own total/)).toBeVisible()
})
