import { expect, test } from '@playwright/test'
import { openView, viewReady } from './app'
import { ChecklistPage } from './checklistPage'

const main = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Main' })

test.describe('with requests routed past the service worker', () => {
  // page.route does not see requests that a service worker (msw's) forwards; without it the
  // view's data may fail to load, but its code is fetched from the network where the test can cut it.
  test.use({ serviceWorkers: 'block' })

  test('a view whose code fails to download once shows a message, and Retry loads it', async ({ page }) => {
    // The view's code cannot be downloaded until the person clicks Retry (Vite may also preload it).
    let failing = true
    let aborted = 0
    await page.route(/\/assets\/ClaimsPage-[^/]*\.js$/, async (route) => {
      if (failing) {
        aborted += 1
        await route.abort('connectionreset')
      } else await route.continue()
    })
    await openView(page, '/claims')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Could not show the Claims view. Its code could not be downloaded')
    // The shell stays: the navigation still works.
    await expect(main(page).getByRole('link', { name: 'Overview' })).toBeVisible()
    failing = false
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Claims' })).toBeVisible()
    await expect(page.getByText('Could not show the Claims view')).toHaveCount(0)
    expect(aborted).toBeGreaterThan(0)
  })
})

test('offline after the app has loaded, a view not yet loaded shows a message, not a blank page', async ({
  page,
  context,
}) => {
  await openView(page, '/')
  // The app has taken over the prerendered page (until then a link is a plain link that loads a page).
  await viewReady(page, 'Overview')
  await context.setOffline(true)
  await main(page).getByRole('link', { name: 'Holdings' }).click()
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Could not show the Holdings view')
  await expect(page.getByRole('banner')).toBeVisible()
  await context.setOffline(false)
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Holdings' })).toBeVisible()
})

test('a claim’s link to a checklist item lands on the item and moves focus to it', async ({ page }) => {
  await new ChecklistPage(page).start()
  await main(page).getByRole('link', { name: 'Claims' }).click()
  await page.getByRole('link', { name: 'D18', exact: true }).click()
  await expect(page).toHaveURL(/\/checklist(\?[^#]*)?#D18$/)
  const item = page.locator('li').filter({ has: page.getByRole('radiogroup', { name: /^D18\. / }) })
  await expect(item).toBeFocused()
  await expect(item).toBeInViewport()
})

test('a link to a claim lands on it, on navigation and on first load', async ({ page }) => {
  await openView(page, '/contracts')
  await page.getByRole('link', { name: 'HSI only' }).click()
  const claim = page.getByRole('article').filter({ hasText: 'The sole sub-directorate with whom Palantir works' })
  await expect(claim).toBeFocused()
  await expect(claim).toBeInViewport()

  await page.goto('/claims?mockLatency=300#only-3-5-percent')
  const other = page.getByRole('article').filter({ hasText: 'only 3.5%' }).first()
  await expect(page.locator('#only-3-5-percent')).toBeFocused()
  await expect(page.locator('#only-3-5-percent')).toBeInViewport()
  await expect(other).toBeVisible()
})
