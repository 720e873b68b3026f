import { expect, test, type Page } from '@playwright/test'
import { truncate, writeFile } from 'node:fs/promises'
import { openView } from './app'
import { ChecklistPage } from './checklistPage'

const ASSESSMENTS = 'rights-dashboard:assessments'

/**
 * Installed before the app's own listener (so it runs first): while `window.holdStorage()` is in
 * effect, storage events from other tabs are queued until `window.release()` delivers them.
 */
function installStorageHold() {
  const queued: StorageEvent[] = []
  let holding = false
  window.addEventListener('storage', (e) => {
    if (!holding) return
    e.stopImmediatePropagation()
    queued.push(new StorageEvent('storage', e))
  })
  const w = window as unknown as { holdStorage: () => void; release: () => void }
  w.holdStorage = () => {
    holding = true
  }
  w.release = () => {
    holding = false
    for (const e of queued.splice(0)) window.dispatchEvent(e)
  }
}

async function openSameAssessment(page: Page, second: Page) {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  await second.goto(page.url())
  const other = new ChecklistPage(second)
  await expect(other.item('A1')).toBeVisible()
  return [checklist, other] as const
}

test('two tabs answering and typing at the same time keep both answers and every character', async ({
  page,
  context,
}) => {
  const second = await context.newPage()
  const [checklist, other] = await openSameAssessment(page, second)

  await Promise.all([checklist.answer('A1', 'Yes'), other.answer('B8', 'No')])
  const first = 'HSI has used the system since 2011 (contract HSCETC-11-C-00001).'
  const typed = 'The company says ERO does not use it; advocates disagree.'
  await Promise.all([
    page.getByLabel('Your note on A1').pressSequentially(first),
    second.getByLabel('Your note on B8').pressSequentially(typed),
  ])

  for (const [view, tab] of [
    [checklist, page],
    [other, second],
  ] as const) {
    await expect(view.item('A1').getByRole('radio', { name: 'Yes', exact: true })).toBeChecked()
    await expect(view.item('B8').getByRole('radio', { name: 'No', exact: true })).toBeChecked()
    await expect(tab.getByLabel('Your note on A1')).toHaveValue(first)
    await expect(tab.getByLabel('Your note on B8')).toHaveValue(typed)
  }
  // And in storage: a fresh tab reads both.
  const third = await context.newPage()
  await third.goto(page.url())
  const fresh = new ChecklistPage(third)
  await expect(fresh.item('B8').getByRole('radio', { name: 'No', exact: true })).toBeChecked()
  await expect(third.getByLabel('Your note on A1')).toHaveValue(first)
  await expect(third.getByLabel('Your note on B8')).toHaveValue(typed)
})

test('the same answer changed in two tabs: the newer one wins and the other tab is told which', async ({
  page,
  context,
}) => {
  await context.addInitScript(installStorageHold)
  const second = await context.newPage()
  const [checklist, other] = await openSameAssessment(page, second)
  // Neither tab hears the other for a moment, so the two changes cross as they would on a busy machine.
  for (const tab of [page, second])
    await tab.evaluate(() => (window as unknown as { holdStorage: () => void }).holdStorage())
  await checklist.answer('A1', 'Yes')
  await other.answer('A1', 'No')
  for (const tab of [page, second]) await tab.evaluate(() => (window as unknown as { release: () => void }).release())

  await expect(checklist.item('A1').getByRole('radio', { name: 'No', exact: true })).toBeChecked()
  await expect(
    page.getByRole('alert').filter({ hasText: 'Another tab changed the answer to A1 after this tab did' }),
  ).toBeVisible()
  await expect(other.item('A1').getByRole('radio', { name: 'No', exact: true })).toBeChecked()
})

test('a question added in each of two Engagement tabs is kept in both', async ({ page, context }) => {
  await openView(page, '/engagement')
  const second = await context.newPage()
  await openView(second, '/engagement')
  await expect(second.getByLabel('Question 1', { exact: true })).toBeVisible()
  await page.getByLabel('Add your own question').fill('Which HSI units use Investigative Case Management?')
  await second.getByLabel('Add your own question').fill('Will you publish your human-rights due diligence?')
  await Promise.all([
    page.getByRole('button', { name: 'Add question' }).click(),
    second.getByRole('button', { name: 'Add question' }).click(),
  ])
  for (const tab of [page, second]) {
    // Your own questions go under Governance unless you choose another theme.
    const list = tab.getByRole('list', { name: 'Questions on governance' })
    await expect(list.getByRole('textbox').filter({ hasText: 'Which HSI units use' })).toHaveCount(1)
    await expect(list.getByRole('textbox').filter({ hasText: 'Will you publish your' })).toHaveCount(1)
  }
  await page.reload()
  const list = page.getByRole('list', { name: 'Questions on governance' })
  await expect(list.getByRole('textbox').filter({ hasText: 'Will you publish your' })).toHaveCount(1)
})

test('one assessment too large to save is named, and the others are still saved', async ({ page }, testInfo) => {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  const file = {
    format: 'rights-exposure-dashboard/assessment',
    formatVersion: 1,
    assessment: {
      id: 'big',
      name: 'Huge notes',
      companyId: 'palantir',
      templateId: 'hrdd-investor',
      templateVersion: 1,
      createdAt: 1,
      updatedAt: 1,
      answers: {},
      notes: { A1: 'x'.repeat(2_100_000) },
    },
  }
  // A file on disk, not a Buffer: the browser opens it by its path instead of being sent 4.2 MB.
  const huge = testInfo.outputPath('huge.assessment.json')
  await writeFile(huge, JSON.stringify(file))
  await page.getByLabel('Import an assessment (JSON file)').setInputFiles(huge)
  await expect(page.getByRole('alert')).toContainText(
    '“Huge notes (imported)” is too large to save in this browser (4.2 MB; the limit is 4.0 MB per item).',
  )
  await checklist.assessmentSelect().selectOption({ label: 'Palantir assessment 1' })
  await checklist.answer('C12', 'No')
  await page.reload()
  await expect(checklist.item('C12').getByRole('radio', { name: 'No', exact: true })).toBeChecked()
  const keys = await page.evaluate(() => Object.keys(localStorage))
  expect(keys.filter((k) => k.startsWith(`${ASSESSMENTS}:item:`))).toHaveLength(1)
})

test('the undo of a deletion says that leaving or reloading makes it final', async ({ page }) => {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  await page.getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toContainText(
    'You can undo this until you leave or reload the page; after that the deletion is final.',
  )
})

test('a saved portfolio with a null position is kept aside with a message, not a blank page', async ({ page }) => {
  const bad = JSON.stringify({
    version: 1,
    state: {
      portfolio: {
        label: 'old.csv',
        source: 'file',
        acceptedAt: '2026-11-01T00:00:00.000Z',
        positions: [null],
        statedTotal: null,
        rowsLeftOut: 0,
      },
    },
  })
  await page.addInitScript((raw) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('rights-dashboard:portfolio', raw)
      sessionStorage.setItem('seeded', '1')
    }
  }, bad)
  await openView(page, '/holdings')
  await expect(page.getByRole('alert')).toContainText(
    'The saved portfolio could not be read, so the stored copy was kept aside',
  )
  await expect(page.getByRole('heading', { name: 'Load a portfolio' })).toBeVisible()
  const kept = await page.evaluate(() =>
    Object.keys(localStorage).filter((k) => k.startsWith('rights-dashboard:portfolio:corrupt:')),
  )
  expect(kept).toHaveLength(1)
})

test('a portfolio too large to save leaves the saved one in storage, and says so', async ({ page }) => {
  await openView(page, '/holdings')
  await page.getByRole('button', { name: 'Use the sample portfolio (sample data)' }).click()
  await expect(page.getByText(/Sample portfolio Sample data, accepted/)).toBeVisible()
  const rows = Array.from({ length: 5001 }, (_, i) => `PLTR,PALANTIR,${i + 1},$1.00,$${i + 1}.00,Stock`)
  await page.getByLabel('Portfolio CSV file').setInputFiles({
    name: 'big.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(['Symbol,Description,Quantity,Last Price,Current Value,Security Type', ...rows].join('\n')),
  })
  await expect(page.getByRole('alert')).toContainText(
    '“big.csv” is too large to save in this browser (5,001 positions; the limit is 5,000 positions).',
  )
  await expect(page.getByRole('alert')).toContainText(
    'What was saved before stays saved and comes back when you reload.',
  )
  await page.reload()
  await expect(page.getByText(/Sample portfolio Sample data, accepted/)).toBeVisible()
})

test('an old share link in the query string still opens', async ({ page, context }) => {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  await page.getByLabel('Your note on C12').fill('Kept in the copy')
  await page.getByRole('button', { name: 'Make a share link' }).click()
  const link = await page.getByLabel('Share link').inputValue()
  const reader = await (await context.browser()!.newContext()).newPage()
  await reader.goto(link.replace('/checklist#share=', '/checklist?mockLatency=0&share='))
  await expect(reader.getByLabel('Your note on C12')).toHaveValue('Kept in the copy')
  await expect(reader).not.toHaveURL(/share=/)
})

function assessmentFile(overrides: Record<string, unknown>) {
  return Buffer.from(
    JSON.stringify({
      format: 'rights-exposure-dashboard/assessment',
      formatVersion: 1,
      assessment: {
        id: 'x',
        name: 'Foreign',
        companyId: 'palantir',
        templateId: 'hrdd-investor',
        templateVersion: 1,
        createdAt: 1,
        updatedAt: 1,
        answers: {},
        notes: {},
        ...overrides,
      },
    }),
  )
}

test('an imported assessment naming a template or company the dashboard does not serve is refused', async ({
  page,
}) => {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  const input = page.getByLabel('Import an assessment (JSON file)')
  await input.setInputFiles({
    name: 't.json',
    mimeType: 'application/json',
    buffer: assessmentFile({ templateId: 'nope' }),
  })
  await expect(page.getByRole('alert')).toContainText(
    'It uses the checklist template “nope”, which this dashboard does not serve. Nothing was imported.',
  )
  await input.setInputFiles({
    name: 'c.json',
    mimeType: 'application/json',
    buffer: assessmentFile({ companyId: 'acme' }),
  })
  await expect(page.getByRole('alert')).toContainText(
    'It is about the company “acme”, which this dashboard has no data for. Nothing was imported.',
  )
  await expect(checklist.assessmentSelect().getByRole('option')).toHaveText(['Palantir assessment 1'])
})

test('an assessment file over the size limit is refused before it is read', async ({ page }, testInfo) => {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  await expect(page.getByText('Up to 5 MB.')).toBeVisible()
  // A file on disk, not a Buffer: the browser opens it by its path instead of being sent 6 MB.
  const big = testInfo.outputPath('big.json')
  await writeFile(big, '')
  await truncate(big, 6_000_000)
  await page.getByLabel('Import an assessment (JSON file)').setInputFiles(big)
  await expect(page.getByRole('alert')).toContainText(
    'Could not import “big.json”. The file is 6.0 MB; the limit for an assessment file is 5 MB.',
  )
})
