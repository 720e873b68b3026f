import { expect, test } from '@playwright/test'
import { openView } from './app'

test('claims show the statement beside the evidence, filterable by status in the URL', async ({ page }) => {
  await openView(page, '/claims')
  const list = page.getByRole('list', { name: 'Claims and counter-evidence' })
  await expect(list.getByRole('article')).toHaveCount(10)
  const first = list.getByRole('article').first()
  await expect(first.getByRole('blockquote')).toHaveText('We do not work for E.R.O.')
  await expect(first).toContainText('Status: contradicted by records.')
  await expect(
    first.getByRole('link', { name: /Privacy Impact Assessment for the ICE Investigative Case Management/ }),
  ).toBeVisible()

  await page.getByRole('radio', { name: 'unverified (2)' }).check()
  await expect(page).toHaveURL(/status=unverified/)
  await expect(list.getByRole('article')).toHaveCount(2)
  await expect(list).toContainText('plays no role in supporting detention facilities management')

  await page.reload()
  await expect(page.getByRole('radio', { name: 'unverified (2)' })).toBeChecked()
  await expect(list.getByRole('article')).toHaveCount(2)
})

test('a claim links to the checklist items it bears on', async ({ page }) => {
  await openView(page, '/claims', 'mockLatency=0&status=acknowledged')
  const claim = page.getByRole('article')
  await expect(claim).toHaveCount(1)
  await claim.getByRole('link', { name: 'D18' }).click()
  await expect(page).toHaveURL(/\/checklist#D18$/)
})

test('a failing claims service shows the error and Retry recovers', async ({ page }) => {
  await openView(page, '/claims', 'mockLatency=0&mockFail=claims')
  await expect(page.getByRole('alert')).toContainText('Could not load the claims')
  await page.evaluate(() => window.__mockControl?.recover())
  await page.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByRole('article').first()).toBeVisible()
})
