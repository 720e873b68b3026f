import { expect, test } from '@playwright/test'
import { openView } from './app'

test('the Sources view filters by tier and confidence, kept in the URL', async ({ page }) => {
  await openView(page, '/sources')
  const list = page.getByRole('list', { name: 'Sources' })
  await expect(list.getByRole('article').first()).toBeVisible()
  await page.getByLabel('Tier').selectOption('aggregator')
  await page.getByLabel('Confidence').selectOption('low')
  await expect(page).toHaveURL(/tier=aggregator/)
  await expect(page).toHaveURL(/confidence=low/)
  await expect(page.getByRole('status').filter({ hasText: 'Showing 2 of' })).toBeVisible()
  await expect(list.getByRole('article')).toHaveCount(2)
  const aggregator = list.getByRole('article').filter({ hasText: 'moneyracket' })
  await expect(aggregator).toContainText('aggregator')
  await expect(aggregator).toContainText('low')

  await page.reload()
  await expect(page.getByLabel('Tier')).toHaveValue('aggregator')
  await expect(list.getByRole('article')).toHaveCount(2)
})

test('a source links back to the claim that rests on it, and the link lands on that claim', async ({ page }) => {
  await openView(page, '/sources', 'mockLatency=0&tier=company%20statement')
  const card = page.getByRole('article').filter({ has: page.getByRole('heading', { name: 'Response from Palantir' }) })
  await expect(card).toContainText('no public link recorded')
  await card.getByRole('link', { name: /^Claim: Palantir, response to the Business/ }).click()
  await expect(page).toHaveURL(/\/claims#hsi-only$/)
  await expect(page.locator('#hsi-only')).toBeVisible()
  await expect(page.locator('#hsi-only')).toContainText('The sole sub-directorate with whom Palantir works')
})

test('a mirror appears only as a labelled access copy, never as the cited link', async ({ page }) => {
  await openView(page, '/sources', 'mockLatency=0&tier=original%20reporting')
  const wired = page.getByRole('article').filter({ hasText: 'ImmigrationOS' }).filter({ hasText: 'Wired' })
  await expect(
    wired.getByRole('link', { name: /Access copy of .* on possiblethreat\.com \(a mirror, confidence low\)/ }),
  ).toHaveAttribute('href', 'https://possiblethreat.com/?p=11235')
  await expect(wired).toContainText('no public link recorded')
})

test('an unverified figure says so on screen, with the reason', async ({ page }) => {
  await openView(page, '/')
  const figures = page.getByRole('list', { name: 'Headline figures' })
  await expect(figures.getByText('44,069', { exact: true })).toBeVisible()
  const marker = figures.locator('.unverified')
  await expect(marker).toBeVisible()
  await expect(marker).toContainText('Unverified')
  await expect(marker).toContainText('the congressional testimony it cites could not be retrieved')
  await expect(page.getByText(/^Data as of Sep 2025/)).toBeVisible()
})

test('the Mississippi raids show both accounts of the releases, each with its source', async ({ page }) => {
  await openView(page, '/')
  const accounts = page.getByRole('list', { name: /Mississippi worksite raids, 7 Aug 2019: the accounts/ })
  const official = accounts
    .getByRole('listitem')
    .filter({ hasText: 'about 30 on humanitarian grounds and about 270 after processing' })
  await expect(official).toContainText(
    "ICE releases 300 of 680 detainees in Mississippi, some on 'humanitarian grounds'",
  )
  await expect(official).toContainText('Clarion Ledger, 8 Aug 2019')
  const company = accounts.getByRole('listitem').filter({ hasText: 'All 300 on humanitarian grounds' })
  await expect(company).toContainText('Palantir Technologies (Courtney Bowman')
})

test('a paraphrase is labelled and shown without quotation marks', async ({ page }) => {
  await openView(page, '/claims')
  const claim = page.getByRole('article').filter({ hasText: 'Alex Karp, CEO, to Bloomberg' })
  await expect(claim.getByText('Paraphrase', { exact: true })).toBeVisible()
  await expect(claim.getByRole('blockquote')).toHaveCount(0)
  await expect(claim).toContainText('Unverified')
})
