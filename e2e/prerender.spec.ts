import { expect, test, type Page } from '@playwright/test'
import { createHash } from 'node:crypto'
import { openView } from './app'

declare global {
  interface Window {
    /** When the three headline figures were first in the page (performance.now()). */
    __figuresAt?: number
    /** How many DOM changes after that left fewer than three figures in the page. */
    __figuresLost?: number
    /** Set before a click: still there afterwards means the click did not load a new document. */
    __sameDocument?: boolean
  }
}

/** Watches the headline figures from the first byte of the page on. */
async function watchFigures(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const check = () => {
      const count = document.querySelectorAll('[aria-label="Headline figures"] .headline-value').length
      if (count >= 3) window.__figuresAt ??= performance.now()
      else if (window.__figuresAt !== undefined) window.__figuresLost = (window.__figuresLost ?? 0) + 1
    }
    new MutationObserver(check).observe(document, { childList: true, subtree: true })
  })
}

test('the Overview’s figures come with the page and stay on screen while the app starts', async ({ page }) => {
  await watchFigures(page)
  // The data layer's realistic latency, so the app's own first answers come well after the page.
  await openView(page, '/', 'mockLatency=400')
  const figures = page.getByRole('list', { name: 'Headline figures' })
  await expect(figures.getByText('44,069', { exact: true })).toBeVisible()
  // The app has rendered over the page (the assessment and the response rate, read in the browser,
  // have replaced their loading lines)...
  await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0)
  // ...and the figures were in the page before the data layer started, and never left it.
  const { figuresAt, mocksReady, lost } = await page.evaluate(() => ({
    figuresAt: window.__figuresAt,
    mocksReady: performance.getEntriesByName('mocks:ready')[0]?.startTime,
    lost: window.__figuresLost ?? 0,
  }))
  expect(figuresAt).toBeDefined()
  expect(mocksReady).toBeDefined()
  expect(figuresAt!).toBeLessThan(mocksReady!)
  expect(lost).toBe(0)
  await expect(figures.getByRole('link', { name: /Testimony of ICE Acting Director/ })).toBeVisible()
  // The page is the app's now: a navigation link changes the view without loading a new page.
  await page.evaluate(() => (window.__sameDocument = true))
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contracts' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Contracts' })).toBeVisible()
  await expect(page).toHaveURL(/\/contracts/)
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true)
})

test('a navigation link clicked before the app has started opens the view in the same page', async ({ page }) => {
  // Slow data (4 s): the app waits for it before it renders over the page, so until then the
  // page's links are plain ones.
  await openView(page, '/', 'mockLatency=4000')
  await expect(page.getByText('44,069', { exact: true })).toBeVisible()
  // The page's own loading lines are still there: the app has not rendered yet.
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Loading/ })
      .first(),
  ).toBeAttached()
  await page.evaluate(() => (window.__sameDocument = true))
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contracts' }).click()
  await expect(page).toHaveURL(/\/contracts/)
  await expect(page.getByRole('heading', { level: 1, name: 'Contracts' })).toBeVisible()
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true)
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible()
})

test('another view never shows the Overview’s figures, not even before the app starts', async ({ page }) => {
  await watchFigures(page)
  await openView(page, '/contracts')
  await expect(page.getByRole('heading', { level: 1, name: 'Contracts' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /Loading/ })).toHaveCount(0)
  expect(await page.evaluate(() => window.__figuresAt)).toBeUndefined()
})

test('the page’s HTML carries the figures with their sources, no inline script, and only the style its policy names', async ({
  request,
}) => {
  const home = await (await request.get('/')).text()
  for (const figure of ['over $200M', '44,069', '680 arrested']) expect(home).toContain(`>${figure}<`)
  expect(home).toContain('href="https://investorsforhumanrights.org/investors-engaging-palantir-on-human-rights-risks"')
  // The Content-Security-Policy allows no inline script and no style attribute...
  expect(home).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/)
  expect(home).not.toMatch(/\sstyle=/)
  // ...and one inline stylesheet, the first one (inline so the first paint need not wait for it), by its hash.
  const styles = [...home.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1] ?? '')
  expect(styles).toHaveLength(1)
  expect(styles[0]).toContain('.headline-value')
  const hash = createHash('sha256')
    .update(styles[0] ?? '')
    .digest('base64')
  expect(home).toContain(`style-src 'self' 'sha256-${hash}';`)
  const contracts = await (await request.get('/contracts')).text()
  expect(contracts).toContain('Loading the dashboard')
  expect(contracts).not.toContain('Headline figures')
})
