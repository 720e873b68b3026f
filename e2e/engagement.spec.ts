import { expect, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { expectNoAxeViolations, openView } from './app'

test('questions can be reworded, reordered by keyboard, removed with undo, and survive a reload', async ({ page }) => {
  await openView(page, '/engagement')
  const list = page.getByRole('list', { name: 'Engagement questions' })
  const first = page.getByLabel('Question 1', { exact: true })
  await expect(first).toHaveValue(/We do not work for E\.R\.O\./)
  const secondText = await page.getByLabel('Question 2', { exact: true }).inputValue()

  // Reorder by keyboard: focus "Move question 2 up" and press Enter.
  await page.getByRole('button', { name: 'Move question 2 up' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Question 1', { exact: true })).toHaveValue(secondText)
  await expect(page.getByRole('status').filter({ hasText: 'Question moved to position 1' })).toBeAttached()

  // Reword.
  await page.getByLabel('Question 1', { exact: true }).fill('What did HSI use ICM for in the 2017 operation?')
  await expect(page.getByLabel('Question 1 (reworded by you)')).toBeVisible()

  // Remove and undo.
  const count = await list
    .getByRole('listitem')
    .filter({ has: page.getByRole('textbox') })
    .count()
  await page.getByRole('button', { name: 'Remove question 2' }).click()
  await expect(list.getByRole('listitem').filter({ has: page.getByRole('textbox') })).toHaveCount(count - 1)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(list.getByRole('listitem').filter({ has: page.getByRole('textbox') })).toHaveCount(count)

  await page.reload()
  await expect(page.getByLabel('Question 1 (reworded by you)')).toHaveValue(
    'What did HSI use ICM for in the 2017 operation?',
  )
})

test('the wording adapts to the audience', async ({ page }) => {
  await openView(page, '/engagement')
  await page.getByRole('radio', { name: 'An asset manager holding the shares' }).check()
  await expect(page.getByLabel('Question 1', { exact: true })).toHaveValue(
    /Will you ask Palantir Technologies for evidence/,
  )
})

test('logging an engagement moves the company up the ladder', async ({ page }) => {
  await openView(page, '/engagement')
  await expect(page.getByText('No engagement with Palantir Technologies is logged yet.')).toBeVisible()
  await page.getByLabel('Date', { exact: true }).fill('2026-03-02')
  await page.getByLabel('What happened').selectOption('letter')
  await page.getByLabel('Note (optional)').fill('Letter to the board')
  await page.getByRole('button', { name: 'Add to log' }).click()
  await expect(page.getByText('Palantir Technologies stands at step 1: Engage the company.')).toBeVisible()
  await page.getByLabel('What happened').selectOption('resolution filed')
  await page.getByRole('button', { name: 'Add to log' }).click()
  await expect(
    page.getByText(/stands at step 3: Vote against directors or file a resolution\. Next step: Public statement\./),
  ).toBeVisible()
  await expect(page.getByRole('list', { name: 'Engagement log' }).getByRole('listitem')).toHaveCount(2)
  await page.getByLabel(/Due date for the next step/).fill('2026-06-30')
  await page.reload()
  await expect(page.getByLabel(/Due date for the next step/)).toHaveValue('2026-06-30')
  await expectNoAxeViolations(page)
})

test('the question list exports as Markdown with its sources', async ({ page }) => {
  await openView(page, '/engagement')
  await expect(page.getByLabel('Question 1', { exact: true })).toBeVisible()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Markdown' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('palantir-technologies-engagement-questions.md')
  const markdown = await readFile(await download.path(), 'utf8')
  expect(markdown).toContain('# Engagement questions: Palantir Technologies')
  expect(markdown).toContain('1. Palantir Technologies has said: "We do not work for E.R.O."')
  expect(markdown).toContain('## Sources')
  expect(markdown).toContain('https://www.dhs.gov/sites/default/files/publications/privacy-pia-ice-icm-june2016.pdf')
})

test('a browser that cannot save is told so, and the questions stay editable', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === 'rights-dashboard:engagement') throw new DOMException('Quota exceeded', 'QuotaExceededError')
      setItem.call(this, key, value)
    }
  })
  await openView(page, '/engagement')
  await page.getByLabel('Question 1', { exact: true }).fill('Kept in this tab?')
  await expect(page.getByRole('alert')).toContainText('Your browser’s storage is full')
  await expect(page.getByLabel('Question 1 (reworded by you)')).toHaveValue('Kept in this tab?')
})
