import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, openView, viewPath, viewReady, views } from './app'

test('the overview shows the headline figures with their source links', async ({ page }) => {
  await openView(page, '/')
  const figures = page.getByRole('list', { name: 'Headline figures' })
  await expect(figures.getByText('over $200M')).toBeVisible()
  await expect(figures.getByText('44,069', { exact: true })).toBeVisible()
  await expect(figures.getByText('of which 1,525 (3.5%) were worksite administrative arrests')).toBeVisible()
  await expect(figures.getByText('680 arrested')).toBeVisible()
  await expect(figures.getByText('about 300 released within a day; the accounts of why differ')).toBeVisible()
  await expect(figures.getByRole('link', { name: /Human rights risk briefing/ })).toHaveAttribute(
    'href',
    'https://investorsforhumanrights.org/investors-engaging-palantir-on-human-rights-risks',
  )
  await expect(figures.getByRole('link', { name: /Testimony of ICE Acting Director/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible()
  await expect(page.getByRole('time').first()).toHaveText('2011')
})

test('every view is reachable by keyboard alone', async ({ page }) => {
  await openView(page, '/')
  await expect(page.getByText('44,069', { exact: true })).toBeVisible()
  const nav = page.getByRole('navigation', { name: 'Main' })
  // From the top of the page, Tab goes forward into the navigation; after a view opens (its
  // heading has focus), Shift+Tab goes back up to it, as a keyboard user would.
  let key = 'Tab'
  for (const view of views.slice(1)) {
    const link = nav.getByRole('link', { name: view })
    for (let i = 0; i < 20; i += 1) {
      if (await link.evaluate((el) => el === document.activeElement)) break
      await page.keyboard.press(key)
    }
    await expect(link).toBeFocused()
    await page.keyboard.press('Enter')
    const heading = page.getByRole('heading', { level: 1, name: view })
    await expect(heading).toBeFocused()
    await expect(link).toHaveAttribute('aria-current', 'page')
    await expect(page).toHaveURL(new RegExp(`${viewPath(view)}`))
    key = 'Shift+Tab'
  }
})

test('a forced API failure shows the error state and Retry recovers', async ({ page }) => {
  await openView(page, '/', 'mockLatency=0&mockFail=arrests')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('Could not load the headline figures')
  await expect(alert).toContainText('HTTP 500')
  await page.evaluate(() => window.__mockControl?.recover('arrests'))
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByText('44,069', { exact: true })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('a slow API shows a loading state until the data arrives', async ({ page }) => {
  // A visit to / has the figures in the page itself (prerendered, e2e/prerender.spec.ts): reach the
  // Overview from another view, so its figures come from the (slow) data layer.
  await openView(page, '/claims', 'mockLatency=1500')
  await expect(page.getByRole('heading', { level: 1, name: 'Claims' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Loading headline figures' })).toBeVisible()
  await expect(page.getByText('44,069', { exact: true })).toBeVisible({ timeout: 10_000 })
})

test('a deep link to a view works on reload, and back returns to the overview', async ({ page }) => {
  await openView(page, '/contracts')
  await expect(page.getByRole('heading', { level: 1, name: 'Contracts' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Contracts' })).toBeVisible()
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1, name: 'Contracts' })).toBeVisible()
})

test('an unknown URL shows a not-found page with a way back', async ({ page }) => {
  await openView(page, '/no-such-view')
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Back to the overview' }).click()
  await expect(page.getByText('44,069', { exact: true })).toBeVisible()
})

for (const view of views) {
  test(`axe reports no violations on ${view}`, async ({ page }) => {
    await openView(page, viewPath(view))
    // Each view with its data on screen, not only its loading state: the charts drawn (Contracts,
    // Arrests), the briefing's preview, every use of each source listed (Sources).
    await viewReady(page, view)
    await expectNoAxeViolations(page)
  })
}

test('axe reports no violations on the not-found page', async ({ page }) => {
  await openView(page, '/missing')
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test.describe('without service workers or site data, under the Content-Security-Policy', () => {
  // As in a private window or a managed browser: no service worker at all, and storage that throws.
  test.use({ serviceWorkers: 'block' })

  test('the overview shows its figures and every view opens with its data', async ({ page }) => {
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text())
    })
    await page.addInitScript(() => {
      delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access to storage is not allowed from this context.', 'SecurityError')
        },
      })
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`),
      )
    })
    await openView(page, '/')
    await expect(page.getByText('44,069', { exact: true })).toBeVisible()
    await expect(page.getByRole('list', { name: 'Headline figures' }).getByText('over $200M')).toBeVisible()
    const nav = page.getByRole('navigation', { name: 'Main' })
    for (const view of views.slice(1)) {
      await nav.getByRole('link', { name: view }).click()
      await expect(page.getByRole('heading', { level: 1, name: view })).toBeVisible()
      await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0)
      await expect(page.getByText(/Could not load/)).toHaveCount(0)
      if (view === 'Contracts' || view === 'Arrests') await expect(page.getByRole('application').first()).toBeVisible()
      if (view === 'Claims') await expect(page.getByRole('article').first()).toBeVisible()
    }
    expect(violations).toEqual([])
    // The policy is in force: a script written into the page does not run.
    const inlineRan = await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'window.__inlineScriptRan = true'
      document.head.append(script)
      return (window as { __inlineScriptRan?: boolean }).__inlineScriptRan === true
    })
    expect(inlineRan).toBe(false)
    // Nor does a stylesheet written into the page: only the page's own, named by its hash, applies.
    const inlineStyled = await page.evaluate(() => {
      const style = document.createElement('style')
      style.textContent = 'body { margin-left: 77px }'
      document.head.append(style)
      return getComputedStyle(document.body).marginLeft === '77px'
    })
    expect(inlineStyled).toBe(false)
  })
})
