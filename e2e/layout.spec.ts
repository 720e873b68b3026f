import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, openView, viewPath, viewReady, views } from './app'

/**
 * What sticks out of a phone screen: the page's sideways scroll, and every control (link, button,
 * field, summary) that lies even partly outside the screen or is cut off by a box that hides
 * overflow. A control in a box that scrolls sideways on its own (a wide table) counts as
 * reachable when that box fits the screen.
 */
function overflowReport(page: Page) {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement
    const width = root.clientWidth
    const clipped: string[] = []
    const controls = document.querySelectorAll<HTMLElement>(
      'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
    )
    const name = (el: HTMLElement) =>
      `${el.tagName.toLowerCase()} “${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 50)}”`
    for (const el of controls) {
      const box = el.getBoundingClientRect()
      // Hidden controls (display: none, a closed <details>, visually hidden) do not count, nor the skip
      // link, parked left of the screen until it has focus.
      if (box.width <= 1 || box.height <= 1 || box.right <= 0) continue
      let inScroller = false
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const style = getComputedStyle(a)
        if (style.overflowX === 'visible') continue
        const outer = a.getBoundingClientRect()
        if (style.overflowX === 'auto' || style.overflowX === 'scroll') {
          // Reachable by scrolling this box; the box itself must fit.
          inScroller = true
          if (outer.left < -0.5 || outer.right > width + 0.5) clipped.push(`scroll box around ${name(el)}`)
          break
        }
        if (box.left < outer.left - 0.5 || box.right > outer.right + 0.5) clipped.push(`${name(el)} cut off`)
      }
      if (!inScroller && (box.left < -0.5 || box.right > width + 0.5)) clipped.push(`${name(el)} off screen`)
    }
    return { sideways: root.scrollWidth - width, clipped: [...new Set(clipped)] }
  })
}

test.describe('on a 375 × 667 phone screen', () => {
  test.use({ viewport: { width: 375, height: 667 } })

  for (const view of views) {
    test(`${view} fits the width, every control on screen, and axe is clean`, async ({ page }) => {
      await openView(page, viewPath(view))
      await viewReady(page, view)
      expect(await overflowReport(page)).toEqual({ sideways: 0, clipped: [] })
      await expectNoAxeViolations(page)
    })
  }

  test('Engagement with responses recorded fits: the responses table and the response form', async ({ page }) => {
    await openView(page, '/engagement')
    await viewReady(page, 'Engagement')
    await page.getByLabel('Question', { exact: true }).selectOption({ index: 0 })
    await page.getByLabel('Note (optional)').first().fill('Reply of 3 March, which answers only the first half')
    await page.getByLabel('Link to the response (optional)').fill('https://example.org/investor-relations/reply')
    await page.getByRole('button', { name: 'Record response' }).click()
    const table = page.getByRole('table', { name: 'Responses recorded, question by question' })
    await expect(table.getByRole('row')).toHaveCount(2)
    const remove = table.getByRole('button', { name: /^Delete the response/ })
    await remove.scrollIntoViewIfNeeded()
    await expect(remove).toBeInViewport({ ratio: 1 })
    expect(await overflowReport(page)).toEqual({ sideways: 0, clipped: [] })
    await expectNoAxeViolations(page)
  })

  test('Holdings with a portfolio loaded fits, and its chart labels are readable', async ({ page }) => {
    await openView(page, '/holdings')
    await page.getByLabel('Portfolio CSV file').setInputFiles('e2e/fixtures/sample-portfolio.csv')
    const chart = page.getByRole('img', { name: /^Top 4 contributors by effective exposure/ })
    await expect(chart).toBeVisible()
    // The bars' labels as drawn on screen, at least 11 px tall (they were about 5 px).
    const sizes = await chart.evaluate((svg) =>
      [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent, height: t.getBoundingClientRect().height })),
    )
    expect(sizes.map((s) => s.text)).toContain('PLTR (direct)')
    for (const s of sizes) expect(s.height, s.text ?? '').toBeGreaterThanOrEqual(11)
    expect(await overflowReport(page)).toEqual({ sideways: 0, clipped: [] })
    // The class picker fits its table, without scrolling the table sideways.
    await page.getByText(/^What each security is/).click()
    const picker = page.getByLabel('Class of PLTR (line 5)')
    await expect(picker).toBeVisible()
    const box = await picker.boundingBox()
    expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(375)
    await expectNoAxeViolations(page)
  })

  test('the Checklist with an assessment started fits, subtotals included', async ({ page }) => {
    await openView(page, '/checklist')
    await page.getByRole('button', { name: 'Start an assessment of Palantir' }).click()
    const subtotals = page.getByRole('table', { name: 'Section subtotals' })
    await expect(subtotals).toBeVisible()
    await page.getByText('How the score works').click()
    await expect(page.getByRole('table', { name: /^What the bands mean/ })).toBeVisible()
    expect(await overflowReport(page)).toEqual({ sideways: 0, clipped: [] })
    // Whole words in the subtotals' headers (one read "Ans / were / d").
    const lines = await subtotals.getByRole('columnheader', { name: 'Answered' }).evaluate((th) => {
      const range = document.createRange()
      range.selectNodeContents(th)
      return range.getClientRects().length
    })
    expect(lines).toBe(1)
    await page.getByText('Committee weights', { exact: true }).click()
    await expect(page.getByLabel('Section B weight (×)')).toBeVisible()
    await expectNoAxeViolations(page)
  })
})

/** The computed look of every element in the view that carries a class, first of each kind. */
function styleSnapshot(page: Page) {
  return page.evaluate(() => {
    const props = [
      'display',
      'flex-direction',
      'align-items',
      'margin-top',
      'margin-bottom',
      'padding-left',
      'border-top-width',
      'border-left-width',
      'font-size',
      'font-weight',
      'color',
      'max-width',
    ]
    const out: Record<string, string> = {}
    for (const el of document.querySelectorAll<HTMLElement>('main [class]')) {
      if (el.closest('svg')) continue
      const key = `${el.tagName.toLowerCase()}.${[...el.classList].sort().join('.')}`
      if (key in out) continue
      const style = getComputedStyle(el)
      out[key] = props.map((p) => `${p}: ${style.getPropertyValue(p)}`).join('; ')
    }
    return out
  })
}

test('a view looks the same whichever views were opened before it', async ({ page }) => {
  // Opens every view twice and once more alone: 27 views' worth of loading.
  test.slow()
  // Each view opened on its own, with only its own styles loaded...
  const alone: Record<string, Record<string, string>> = {}
  for (const view of views) {
    await openView(page, viewPath(view))
    await viewReady(page, view)
    alone[view] = await styleSnapshot(page)
  }
  // ...and again after every other view has been opened in the same page (all styles loaded).
  await openView(page, '/')
  const nav = page.getByRole('navigation', { name: 'Main' })
  for (const view of views.slice(1)) {
    await nav.getByRole('link', { name: view }).click()
    await viewReady(page, view)
  }
  const differences: string[] = []
  for (const view of views) {
    await nav.getByRole('link', { name: view }).click()
    await viewReady(page, view)
    const after = await styleSnapshot(page)
    for (const [key, look] of Object.entries(alone[view] ?? {}))
      if (key in after && after[key] !== look) differences.push(`${view} ${key}: ${look} → ${after[key]}`)
  }
  expect(differences).toEqual([])
})
