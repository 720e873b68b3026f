import { expect, test } from '@playwright/test'
import { openView } from './app'

const header = 'Symbol,Description,Quantity,Last Price,Current Value,Security Type'

test('a Windows-1252 export shows its accented names as written', async ({ page }) => {
  await openView(page, '/holdings')
  const text = `${header}\nPLTR,PALANTIR TECHNOLOGIES INC CL A,150,$25.00,"$3,750.00",Stock\n,SOCIÉTÉ GÉNÉRALE,10,$1.00,$10.00,Stock\n`
  await page.getByLabel('Portfolio CSV file').setInputFiles({
    name: 'windows.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(text, 'latin1'),
  })
  // The name is in the positions' class table, folded away while every class is known: open it.
  await page.getByText(/^What each security is \(2\)/).click()
  await expect(page.getByRole('combobox', { name: 'Class of SOCIÉTÉ GÉNÉRALE (line 3)' })).toBeVisible()
  await expect(page.getByText('SOCI�T�')).toHaveCount(0)
})

test('a 6,000-position export reaches the page whole: the last chunk’s Palantir line counts', async ({ page }) => {
  await openView(page, '/holdings')
  const rows = Array.from({ length: 5_999 }, (_, i) => `T${i},SECURITY ${i},1,$10.00,$10.00,Stock`)
  // The company's line comes last, in the last of the worker's chunks (2,500 positions each).
  rows.push('PLTR,PALANTIR TECHNOLOGIES INC CL A,40,$25.00,"$1,000.00",Stock')
  await page.getByLabel('Portfolio CSV file').setInputFiles({
    name: 'large.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${header}\n${rows.join('\n')}\n`),
  })
  await expect(page.getByRole('status').filter({ hasText: 'Loaded large.csv: 6,000 positions' })).toBeVisible()
  // $1,000 of $60,990 (5,999 × $10 + $1,000).
  await expect(page.getByLabel('Exposure summary')).toContainText(
    'Direct (PLTR shares)$1,000.00 (1.64% of the portfolio)',
  )
  await expect(page.getByText(/Portfolio total used: \$60,990\.00/)).toBeVisible()
})

test('an unclosed quote is reported at its line', async ({ page }) => {
  await openView(page, '/holdings')
  await page.getByLabel('Portfolio CSV file').setInputFiles({
    name: 'quote.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      `${header}\nPLTR,PALANTIR,150,$25.00,$3750.00,Stock\nMSFT,"MICROSOFT,1,$1.00,$1.00,Stock\nAAPL,APPLE,1,$1.00,$1.00,Stock\n`,
    ),
  })
  await expect(page.getByRole('alert')).toContainText('Line 3 opens a quoted field (") that is never closed')
})

test('a header of 10,000 columns is refused with the limit, before any column is offered', async ({ page }) => {
  await openView(page, '/holdings')
  const wide = Array.from({ length: 10_000 }, (_, i) => `Column ${i}`).join(',')
  await page.getByLabel('Portfolio CSV file').setInputFiles({
    name: 'wide.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${wide}\n1,2,3\n`),
  })
  await expect(page.getByRole('alert')).toContainText('Line 1 has 10,000 columns; the limit is 500.')
  await expect(page.getByRole('option')).toHaveCount(0)
})

test('pasted text over the limit is refused with the limit, and the page stays usable', async ({ page }) => {
  await openView(page, '/holdings')
  await expect(page.getByText('Up to 2 million characters; choose the file for larger exports.')).toBeVisible()
  const field = page.getByLabel('Or paste CSV text')
  await field.fill('x'.repeat(2_000_001))
  await expect(page.getByRole('alert')).toContainText('the limit for pasted text is 2 million')
  await expect(field).toHaveValue('')
  await field.fill(`${header}\nPLTR,PALANTIR,150,$25.00,$3750.00,Stock\n`)
  await page.getByRole('button', { name: 'Read pasted text' }).click()
  await expect(page.getByLabel('Exposure summary')).toContainText('$3,750.00')
})
