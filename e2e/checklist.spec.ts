import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, openView } from './app'
import { ChecklistPage } from './checklistPage'

const STORE = 'rights-dashboard:assessments'

test('answering items moves the score and band, and the answers survive a reload', async ({ page }) => {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  await expect(checklist.score()).toHaveText(/No score yet: answer the checklist items/)
  await checklist.answer('A1', 'Yes')
  await expect(checklist.score()).toHaveText(
    'Band: between Negligible and Severe. Unmanaged risk between 0 and 100: answer 20 more items to settle it.',
  )
  await checklist.answer('A1', 'Partial')
  await checklist.answer('B8', 'Yes')
  await checklist.answer('B9', 'Yes')
  await checklist.answer('B10', 'Yes')
  // Highest: every other exposure item Yes (E 90), every other management item No (M 10 of 70): 77.1.
  await expect(checklist.score()).toHaveText(
    'Band: between Negligible and Severe. Unmanaged risk between 0 and 77.1: answer 17 more items to settle it.',
  )
  await checklist.answer('A1', 'No')
  await expect(checklist.score()).toHaveText(
    'Band: between Negligible and Severe. Unmanaged risk between 0 and 68.6: answer 17 more items to settle it.',
  )

  await page.reload()
  await expect(checklist.item('A1').getByRole('radio', { name: 'No', exact: true })).toBeChecked()
  await expect(checklist.item('B10').getByRole('radio', { name: 'Yes', exact: true })).toBeChecked()
  await expect(checklist.score()).toHaveText(
    'Band: between Negligible and Severe. Unmanaged risk between 0 and 68.6: answer 17 more items to settle it.',
  )
})

test('a red flag holds the band up and says why', async ({ page }) => {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  await checklist.answer('A4', 'Yes')
  await checklist.answer('D18', 'No')
  for (const id of ['B8', 'B9', 'B10', 'C11', 'C12', 'C13', 'C14', 'C15', 'C16', 'D17', 'E19', 'E20', 'E21']) {
    await checklist.answer(id, 'Yes')
  }
  // E 100 so far, M 62 of 70: U = 11.4, Low on its own, held at High by the flag; the six exposure
  // items left could bring U down to 2.3 but not the band below High, so the band is named.
  await expect(checklist.score()).toHaveText(
    'Band: High (held up by a red flag). Unmanaged risk between 2.3 and 11.4: answer 6 more items to settle it.',
  )
  await expect(page.getByText('Low, held at High by a red flag')).toBeVisible()
  await expect(
    page.getByText('Red flag: Documented use in operations linked to serious harm, with no commitment to remedy'),
  ).toBeVisible()
  await page.getByText('How the score works').click()
  await expect(page.getByText('Now: 100.0 × (1 − 88.6%) = 11.4.')).toBeVisible()
})

test('a suggestion can be accepted or overridden, and the override keeps the note and the suggestion', async ({
  page,
}) => {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  const a5 = page.getByRole('listitem').filter({ has: checklist.item('A5') })
  await expect(a5.getByText('Suggested: Unknown')).toBeVisible()
  await expect(a5.getByText('Disputed', { exact: true })).toBeVisible()
  await expect(a5.getByRole('link', { name: /Privacy Impact Assessment for the ICE Investigative Case/ })).toBeVisible()
  await a5.getByRole('button', { name: 'Accept suggestion (Unknown)' }).click()
  await expect(checklist.item('A5').getByRole('radio', { name: 'Unknown' })).toBeChecked()
  await expect(a5.getByText('You accepted this suggestion.')).toBeVisible()

  await checklist.answer('A5', 'Yes')
  await expect(a5.getByText('Your answer differs from the suggestion: add a note saying why.')).toBeVisible()
  await page.getByLabel('Your note on A5').fill('The 2016 PIA is the government’s own record.')
  await expect(a5.getByText('Your answer differs from the suggestion; your note records why.')).toBeVisible()
  await expect(a5.getByText('Suggested: Unknown')).toBeVisible()

  await page.getByRole('radio', { name: 'Disagreements with the suggestion' }).check()
  await expect(page).toHaveURL(/show=disagreements/)
  await expect(page.getByRole('radiogroup', { name: /^[A-F]\d+\. / })).toHaveCount(1)
  await expect(checklist.item('A5')).toBeVisible()
  await page.getByRole('radio', { name: 'Unanswered' }).check()
  await expect(checklist.item('A5')).toHaveCount(0)
  await expect(page.getByRole('radiogroup', { name: /^[A-F]\d+\. / })).toHaveCount(26)

  await page.reload()
  await expect(page.getByLabel('Your note on A5')).toHaveCount(0) // still filtered to unanswered
  await page.getByRole('radio', { name: 'All items' }).check()
  await expect(page.getByLabel('Your note on A5')).toHaveValue('The 2016 PIA is the government’s own record.')
})

test('importing a broken or foreign file says what is wrong and leaves every assessment intact', async ({ page }) => {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  await checklist.answer('C12', 'No')
  const input = page.getByLabel('Import an assessment (JSON file)')
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"assess') })
  await expect(page.getByRole('alert')).toHaveText(
    /Could not import “broken.json”. This file is not valid JSON, so it cannot be an exported assessment. Your assessments are unchanged./,
  )
  await input.setInputFiles({
    name: 'holdings.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"holdings": []}'),
  })
  await expect(page.getByRole('alert')).toContainText('This file is not an assessment exported by this dashboard')
  await expect(checklist.assessmentSelect().getByRole('option')).toHaveText(['Palantir assessment 1'])
  await expect(checklist.item('C12').getByRole('radio', { name: 'No', exact: true })).toBeChecked()
})

test('an exported file imports back as a new assessment', async ({ page }) => {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  await checklist.answer('A1', 'Yes')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as JSON' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('palantir-assessment-1.assessment.json')
  const path = await download.path()
  await page.getByLabel('Import an assessment (JSON file)').setInputFiles(path)
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    /Imported “Palantir assessment 1” as a new assessment./,
  )
  await expect(checklist.assessmentSelect().getByRole('option')).toHaveText([
    'Palantir assessment 1',
    'Palantir assessment 1 (imported)',
  ])
  await expect(checklist.assessmentSelect()).toHaveValue(/.+/)
  await expect(checklist.item('A1').getByRole('radio', { name: 'Yes', exact: true })).toBeChecked()
})

test('duplicate, rename, delete and undo', async ({ page }) => {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  await checklist.answer('A4', 'Yes')
  await page.getByRole('button', { name: 'Duplicate' }).click()
  await expect(checklist.assessmentSelect().getByRole('option')).toHaveText([
    'Palantir assessment 1',
    'Copy of Palantir assessment 1',
  ])
  await expect(checklist.item('A4').getByRole('radio', { name: 'Yes', exact: true })).toBeChecked()
  await page.getByRole('button', { name: 'Rename' }).click()
  await page.getByLabel('New name').fill('Scenario: PIAs are right')
  await page.getByRole('button', { name: 'Save name' }).click()
  await expect(checklist.assessmentSelect().getByRole('option')).toHaveText([
    'Palantir assessment 1',
    'Scenario: PIAs are right',
  ])
  await page.getByRole('button', { name: 'Delete' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Deleted' })).toHaveText(
    /Deleted “Scenario: PIAs are right”./,
  )
  await expect(checklist.assessmentSelect().getByRole('option')).toHaveText(['Palantir assessment 1'])
  await page.getByRole('button', { name: 'Undo delete' }).click()
  await expect(checklist.assessmentSelect().getByRole('option')).toHaveText([
    'Palantir assessment 1',
    'Scenario: PIAs are right',
  ])
  await expect(checklist.assessmentSelect().locator('option:checked')).toHaveText('Scenario: PIAs are right')
  await expect(checklist.item('A4').getByRole('radio', { name: 'Yes', exact: true })).toBeChecked()
})

test('a share link opens the assessment as a copy', async ({ page, context }) => {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  await checklist.answer('C12', 'No')
  await page.getByLabel('Your note on C12').fill('Amnesty, 2020')
  await page.getByRole('button', { name: 'Make a share link' }).click()
  const link = await page.getByLabel('Share link').inputValue()
  // In the fragment: the assessment never travels to a server.
  expect(link).toMatch(/\/checklist#share=[A-Za-z0-9_-]+$/)

  const other = await context.browser()!.newContext()
  const reader = await other.newPage()
  await reader.goto(link.replace('/checklist#', '/checklist?mockLatency=0#'))
  await expect(reader.getByRole('status').filter({ hasText: 'Opened the shared' })).toHaveText(
    /Opened the shared assessment “Palantir assessment 1” as your own copy./,
  )
  await expect(reader.getByLabel('Open assessment').getByRole('option')).toHaveText([
    'Palantir assessment 1 (shared copy)',
  ])
  await expect(reader.getByLabel('Your note on C12')).toHaveValue('Amnesty, 2020')
  await expect(reader).not.toHaveURL(/share=/)
  await other.close()
})

test('the overview shows the current assessment as a dial with its text', async ({ page }) => {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  await checklist.answer('A4', 'Yes')
  await checklist.answer('D18', 'No')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click()
  const section = page.getByRole('region', { name: 'Your assessment' })
  await expect(section).toContainText(
    'Palantir assessment 1: Band: between High and Severe (held up by a red flag). Unmanaged risk between 2.3 and 100: answer 19 more items to settle it.',
  )
  await expect(section.getByRole('listitem')).toHaveText([
    /Documented use in operations linked to serious harm, with no commitment to remedy \(at least High\)/,
  ])
  await section.getByRole('link', { name: 'Open the checklist' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Checklist' })).toBeVisible()
})

test('the checklist works by keyboard alone', async ({ page }) => {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  const yes = checklist.item('A1').getByRole('radio', { name: 'Yes', exact: true })
  await yes.focus()
  await page.keyboard.press('Space')
  await expect(yes).toBeChecked()
  await page.keyboard.press('ArrowRight')
  await expect(checklist.item('A1').getByRole('radio', { name: 'Partial' })).toBeChecked()
  await expect(checklist.score()).toHaveText(
    'Band: between Negligible and Severe. Unmanaged risk between 0 and 90: answer 20 more items to settle it.',
  )
})

test('another tab changing the same assessment updates this one and says so', async ({ page, context }) => {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  await checklist.answer('A1', 'Yes')
  const second = await context.newPage()
  await second.goto(page.url())
  const other = new ChecklistPage(second)
  await expect(other.item('A1').getByRole('radio', { name: 'Yes', exact: true })).toBeChecked()
  await other.answer('A1', 'No')
  await expect(page.getByRole('alert')).toHaveText(
    /Another tab changed “Palantir assessment 1”: this view now shows its latest answers./,
  )
  await expect(checklist.item('A1').getByRole('radio', { name: 'No', exact: true })).toBeChecked()
  await expect(checklist.score()).toHaveText(
    'Band: between Negligible and Severe. Unmanaged risk between 0 and 80: answer 20 more items to settle it.',
  )
})

test('a corrupt save is kept aside, the user is told, and work goes on', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"state": {"assessments": [{"id": "x", "na')
      sessionStorage.setItem('seeded', '1')
    }
  }, STORE)
  await openView(page, '/checklist')
  await expect(page.getByRole('alert')).toContainText(
    'The saved assessments could not be read, so the stored copy was kept aside',
  )
  const keys = await page.evaluate(() => Object.keys(localStorage))
  const backup = keys.find((k) => k.startsWith('rights-dashboard:assessments:corrupt:'))
  expect(backup).toBeDefined()
  expect(await page.evaluate((k) => localStorage.getItem(k), backup!)).toBe(
    '{"state": {"assessments": [{"id": "x", "na',
  )
  await page.getByRole('button', { name: 'Start an assessment of Palantir' }).click()
  await new ChecklistPage(page).answer('A1', 'Yes')
  await expect(new ChecklistPage(page).score()).toHaveText(
    'Band: between Negligible and Severe. Unmanaged risk between 0 and 100: answer 20 more items to settle it.',
  )
})

test('a full storage is reported and the answers stay on screen', async ({ page }) => {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
  })
  await checklist.answer('A1', 'Yes')
  await expect(page.getByRole('alert')).toContainText('Your browser’s storage is full')
  await expect(checklist.item('A1').getByRole('radio', { name: 'Yes', exact: true })).toBeChecked()
  await expect(checklist.score()).toHaveText(
    'Band: between Negligible and Severe. Unmanaged risk between 0 and 100: answer 20 more items to settle it.',
  )
})

test('a browser that blocks storage is told so, and the checklist still works in the tab', async ({ page }) => {
  // Storage refuses the dashboard's keys (the mock layer keeps its own, so the data still loads).
  await page.addInitScript(() => {
    for (const method of ['getItem', 'setItem'] as const) {
      const original = Storage.prototype[method] as (...args: string[]) => unknown
      Storage.prototype[method] = function (this: Storage, ...args: string[]) {
        if (args[0]?.startsWith('rights-dashboard:')) throw new DOMException('Storage is disabled.', 'SecurityError')
        return original.apply(this, args)
      } as never
    }
  })
  await openView(page, '/checklist')
  await expect(page.getByRole('alert')).toContainText('This browser does not let the dashboard save')
  await page.getByRole('button', { name: 'Start an assessment of Palantir' }).click()
  const checklist = new ChecklistPage(page)
  await checklist.answer('A1', 'Yes')
  await expect(checklist.score()).toHaveText(
    'Band: between Negligible and Severe. Unmanaged risk between 0 and 100: answer 20 more items to settle it.',
  )
})

test('axe reports no violations on the checklist with an assessment open', async ({ page }) => {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  await checklist.answer('A4', 'Yes')
  await checklist.answer('D18', 'No')
  await page.getByText('How the score works').click()
  await expect(page.getByText('Now: 3 of 3 weighted points')).toBeVisible()
  await expectNoAxeViolations(page)
})

test('axe reports no violations on the overview with its dial', async ({ page }) => {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  await checklist.answer('A1', 'Yes')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click()
  await expect(page.getByRole('region', { name: 'Your assessment' })).toContainText(
    'Band: between Negligible and Severe',
  )
  await expectNoAxeViolations(page)
})
