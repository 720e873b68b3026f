import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, openView } from './app'

test('a euro account’s export shows euro amounts, the right share and the coverage', async ({ page }) => {
  await openView(page, '/holdings')
  await page.getByLabel('Portfolio CSV file').setInputFiles('e2e/fixtures/euro-broker-export.csv')
  await expect(page.getByRole('status').filter({ hasText: 'Loaded euro-broker-export.csv: 3 positions' })).toBeVisible()
  const summary = page.getByLabel('Exposure summary')
  // PLTR €1,000 direct; STLX €4,000 × 2.5% (sample weight) = €100; total €10,000.
  await expect(summary).toContainText('Direct (PLTR shares)€1,000.00 (10.00% of the portfolio)')
  await expect(summary).toContainText('Indirect (through funds)€100.00 (1.00%)')
  await expect(summary).toContainText('Total exposure (net)€1,100.00 (11.00%)')
  await expect(summary).toContainText('Coverage100.00% of the portfolio’s value has a known exposure')
  await expect(page.getByText(/Portfolio total used: €10,000\.00/)).toContainText(
    'Currency: EUR (from the value column’s header “Value (EUR)”)',
  )
  await expect(summary).not.toContainText('$')
  await expectNoAxeViolations(page)
})

test('a fund’s own holdings file changes the indirect exposure by the expected amount', async ({ page }) => {
  await openView(page, '/holdings')
  await page.getByRole('button', { name: 'Use the sample portfolio (sample data)' }).click()
  const summary = page.getByLabel('Exposure summary')
  // Sample weights: STLX $20,000 × 2.5% = $500 of the $950 indirect exposure.
  await expect(summary).toContainText('Indirect (through funds)$950.00')
  await page.getByLabel('Fund position').selectOption({ label: 'STLX (line 6)' })
  await page.getByLabel('Holdings file for this fund').setInputFiles('e2e/fixtures/STLX_holdings.csv')
  await expect(page.getByRole('status').filter({ hasText: 'Added STLX_holdings.csv for STLX' })).toContainText(
    'Sample Technology Leaders ETF, as of 27 Nov 2026; PLTR weighs 4.00% (found by ticker PLTR)',
  )
  // The file's 4.00%: $20,000 × 4% = $800, $300 more than the sample weight gave.
  await expect(summary).toContainText('Indirect (through funds)$1,250.00')
  await expect(
    page.getByRole('table', { name: /Exposed positions/ }).getByRole('row', { name: /^STLX/ }),
  ).toContainText('issuer’s file, as of 2026-11-27')
  const files = page.getByRole('table', { name: 'Holdings files kept in this browser' })
  await expect(files.getByRole('row', { name: /Sample Technology Leaders ETF/ })).toContainText('27 Nov 2026')
  await expectNoAxeViolations(page)

  // A file for another fund is refused, and the one already added stays.
  await page.getByLabel('Holdings file for this fund').setInputFiles('e2e/fixtures/IVV_holdings.csv')
  await expect(page.getByRole('alert').filter({ hasText: 'IVV_holdings.csv was not added' })).toContainText(
    'This file is for iShares Core S&P 500 ETF (IVV), not for STLX',
  )
  await expect(summary).toContainText('Indirect (through funds)$1,250.00')
  // Nothing decides that the two are not share classes of one fund: the person may say so, or not.
  await expect(page.getByRole('button', { name: 'Use IVV_holdings.csv for STLX as another share class' })).toBeVisible()
  await expectNoAxeViolations(page)

  await files.getByRole('button', { name: 'Remove STLX_holdings.csv' }).click()
  await expect(summary).toContainText('Indirect (through funds)$950.00')
})

test('a swap on the company in a fund’s holdings file is named with its weight, beside the file and in the briefing', async ({
  page,
}) => {
  await openView(page, '/holdings')
  await page.getByRole('button', { name: 'Use the sample portfolio (sample data)' }).click()
  await page.getByLabel('Fund position').selectOption({ label: 'STLX (line 6)' })
  await page.getByLabel('Holdings file for this fund').setInputFiles('e2e/fixtures/STLX_holdings_swap.csv')
  const note =
    'The file lists 1 line naming Palantir Technologies that was not counted as its shares: “PALANTIR TECHNOLOGIES INC SWAP” 1.5%.'
  await expect(page.getByRole('status').filter({ hasText: 'Added STLX_holdings_swap.csv' })).toContainText(note)
  // The weight is the shares' 4.00% alone: $20,000 × 4% = $800 of the $1,250 indirect exposure.
  await expect(page.getByLabel('Exposure summary')).toContainText('Indirect (through funds)$1,250.00')
  const files = page.getByRole('table', { name: 'Holdings files kept in this browser' })
  await expect(files.getByRole('row', { name: /Sample Technology Leaders ETF/ })).toContainText(note)
  await expect(
    page.getByRole('table', { name: /Exposed positions/ }).getByRole('row', { name: /^STLX/ }),
  ).toContainText('see the file’s notes under Fund holdings files')
  await expectNoAxeViolations(page)

  await openView(page, '/briefing')
  await expect(page.getByRole('article', { name: 'Briefing preview' })).toContainText(
    `Sample Technology Leaders ETF: STLX_holdings_swap.csv, as of 27 Nov 2026; company weight 4.00% (found by ticker PLTR). ${note}`,
  )
})

test('rows in two currencies and no account currency: nothing is added until it is chosen and a rate given', async ({
  page,
}) => {
  await openView(page, '/holdings')
  await page.getByLabel('Portfolio CSV file').setInputFiles('e2e/fixtures/two-currencies.csv')
  await expect(page.getByRole('status').filter({ hasText: 'Loaded two-currencies.csv: 2 positions' })).toBeVisible()
  await expect(page.getByText(/The file’s positions are in several currencies \(EUR, USD\)/)).toBeVisible()
  const summary = page.getByLabel('Exposure summary')
  await expect(summary).toContainText(
    'Direct (PLTR shares)0.00 (currency not stated) (0.00% of the value counted so far) plus shares of unknown size',
  )
  await expect(page.getByText(/No position in this portfolio holds/)).toHaveCount(0)
  await expect(page.getByText('One position is Palantir Technologies shares of unknown size.')).toBeVisible()
  await expectNoAxeViolations(page)

  await page.getByLabel('Account currency').selectOption('EUR')
  await page.getByLabel('EUR per 1 USD').fill('0.9')
  await page.getByRole('button', { name: 'Use this rate' }).click()
  // PLTR $1,000 × 0.9 = €900 of €9,900.
  await expect(summary).toContainText('Direct (PLTR shares)€900.00 (9.09% of the portfolio)')
  await expect(page.getByText(/shares of unknown size/)).toHaveCount(0)
  await expectNoAxeViolations(page)

  // The chosen currency can be changed from the keyboard; moving through the list changes nothing
  // until the person confirms, and then the rate entered against euros no longer applies.
  const chosen = page.getByLabel('Account currency (you chose it)')
  await chosen.focus()
  await page.keyboard.press('ArrowDown')
  await expect(chosen).not.toHaveValue('EUR')
  await expect(summary).toContainText('Direct (PLTR shares)€900.00 (9.09% of the portfolio)')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: /^Use [A-Z]{3} as the account currency$/ })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByText(/Rates you entered/)).toHaveCount(0)
  await expect(summary).toContainText('of the value counted so far')
})
