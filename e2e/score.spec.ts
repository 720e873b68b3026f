import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, openView } from './app'
import { ChecklistPage } from './checklistPage'
import { inspectPdf } from './pdf'

const SETTLED = 'Band: Severe. Unmanaged risk 71.3 of 100.'

/** Accepts a section's suggestions through its review, as a person would. */
async function acceptSection(page: Page, section: string, count: number) {
  await page.getByRole('button', { name: `Accept the suggestions in section ${section}…` }).click()
  const review = page.getByRole('group', { name: `Review: accept the suggestions in section ${section}` })
  await expect(review).toContainText(
    `This will set ${count === 1 ? 'one unanswered item' : `${count} unanswered items`}`,
  )
  await review.getByRole('button', { name: `Set ${count} answer${count === 1 ? '' : 's'}` }).click()
  await expect(
    page.getByText(`Set ${count} answer${count === 1 ? '' : 's'} in section ${section} to the suggestions.`),
  ).toBeVisible()
}

test('one accepted suggestion gives a range, not a settled band; accepting the rest settles it', async ({ page }) => {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  await page
    .getByRole('listitem')
    .filter({ has: checklist.item('A1') })
    .getByRole('button', { name: 'Accept suggestion (Yes)' })
    .click()
  await expect(checklist.score()).toHaveText(
    'Band: between Negligible and Severe. Unmanaged risk between 0 and 100: answer 20 more items to settle it.',
  )
  const sections = page.getByRole('navigation', { name: 'Checklist sections' })
  await expect(sections.getByRole('listitem').first()).toContainText('1 of 7 answered')

  await acceptSection(page, 'A', 6)
  await expect(sections.getByRole('listitem').first()).toContainText('7 of 7 answered ✓')
  await acceptSection(page, 'B', 3)
  await acceptSection(page, 'C', 6)
  await acceptSection(page, 'D', 2)
  await expect(checklist.score()).toHaveText(
    /Unmanaged risk between [\d.]+ and [\d.]+: answer 3 more items to settle it\.$/,
  )
  await acceptSection(page, 'E', 3)
  await expect(checklist.score()).toHaveText(SETTLED)
  await page.getByText('How the score works').click()
  const calibration = page.getByRole('table', { name: /What the bands mean/ })
  await expect(calibration.getByRole('row', { name: /^No exposure/ })).toContainText('Negligible')
  await expect(calibration.getByRole('row', { name: /^High exposure, weak management/ })).toContainText('Severe')
  await expect(calibration.getByRole('row', { name: /^Palantir: the suggested answers/ })).toContainText('71.3 of 100')
})

test('changing a committee weight changes the score, refuses bad input, and the PDF says non-default weights', async ({
  page,
}) => {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  for (const [section, count] of [
    ['A', 7],
    ['B', 3],
    ['C', 6],
    ['D', 2],
    ['E', 3],
  ] as const)
    await acceptSection(page, section, count)
  await expect(checklist.score()).toHaveText(SETTLED)

  await page.getByText('Committee weights', { exact: true }).click()
  const sectionB = page.getByLabel('Section B weight (×)')
  await sectionB.fill('-2')
  await expect(page.getByText('Section B: a weight cannot be negative.')).toBeVisible()
  await expect(sectionB).toHaveAttribute('aria-invalid', 'true')
  await expect(
    page.getByText('One field is not valid (see below); the last valid weights stay in force.'),
  ).toBeVisible()
  await expect(checklist.score()).toHaveText(SETTLED)
  await page.getByLabel('Medium from').fill('5')
  await expect(
    page.getByText('Medium threshold: must be above Low’s (10); the bands must rise in order.'),
  ).toBeVisible()
  await page.getByLabel('Medium from').fill('20')

  // Section B tripled: M = 19.5 of 90, U = 93.3 x (1 - 0.217) = 73.1.
  await sectionB.fill('3')
  await expect(checklist.score()).toHaveText('Band: Severe. Unmanaged risk 73.1 of 100.')
  await expect(page.getByText('Committee weights (not the published defaults)').first()).toBeVisible()

  await page.reload()
  await expect(checklist.score()).toHaveText('Band: Severe. Unmanaged risk 73.1 of 100.')

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Briefing' }).click()
  await expect(page.getByRole('article', { name: 'Briefing preview' })).toContainText(
    'Committee weights (not the published defaults)',
  )
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export briefing PDF' }).click(),
  ])
  const text = inspectPdf(await download.path()).text.replace(/\s+/g, ' ')
  expect(text).toContain(
    'Overall band: Severe (unmanaged risk 73.1 of 100); Committee weights (not the published defaults)',
  )
  // The PDF's standard font writes the arrow as "->".
  expect(text).toContain('section B 1 -> 3')

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Checklist' }).click()
  await page.getByText('Committee weights', { exact: true }).click()
  await page.getByRole('button', { name: 'Restore the published defaults' }).click()
  await expect(checklist.score()).toHaveText(SETTLED)
  await expect(page.getByLabel('Section B weight (×)')).toHaveValue('1')
})

test('comparing two assessments lists the changed items and how the score moved', async ({ page }) => {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  await checklist.answer('A1', 'Yes')
  await page.getByRole('button', { name: 'Duplicate' }).click()
  await expect(checklist.assessmentSelect()).toHaveValue(/.+/)
  await expect(page.getByRole('option', { name: /^Copy of Palantir assessment 1/, selected: true })).toBeAttached()
  await checklist.answer('A1', 'No')
  await checklist.answer('C12', 'No')
  await page.getByLabel('Your note on C12').fill('Amnesty, September 2020: not published')
  await page.getByRole('link', { name: 'Compare with another assessment' }).click()

  const compare = page.getByRole('region', { name: 'Compare two assessments' })
  await expect(compare.getByLabel('Before (earlier)')).toHaveValue(/.+/)
  await expect(compare).toContainText(
    'How the score moved: The band stayed between Negligible and Severe; unmanaged risk moved from between 0 and 100 to between 0 and 80.',
  )
  const changed = compare.getByRole('table', { name: /Items that differ: 2 answers/ })
  await expect(changed.getByRole('row', { name: /^A1\./ })).toContainText('YesNo')
  await expect(changed.getByRole('row', { name: /^C12\./ })).toContainText('Not answered')
  await expect(changed.getByRole('row', { name: /^C12\./ })).toContainText(
    '(no note) → Amnesty, September 2020: not published',
  )
  await expectNoAxeViolations(page)
})

test('the items are readable before starting, and the subtotals fit a phone screen', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 })
  await openView(page, '/checklist')
  const preview = page.getByRole('region', { name: 'The checklist items' })
  await expect(preview).toContainText('A1. Does the company hold contracts with an agency')
  await expect(page.getByRole('button', { name: 'Start an assessment of Palantir' })).toBeVisible()
  await page.getByRole('button', { name: 'Start an assessment of Palantir' }).click()
  const table = page.getByRole('table', { name: 'Section subtotals' })
  await expect(table).toBeVisible()
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: document.documentElement.clientWidth,
  }))
  expect(widths.page).toBeLessThanOrEqual(widths.viewport)
  // axe on a phone with an assessment started, the weights and the explanation open: layout.spec.ts.
})
