import { expect, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { expectNoAxeViolations, openView } from './app'
import { docxText } from './docx'

const inAYear = () => `${new Date().getFullYear() + 1}-06-30`

test('each audience keeps its own wording: an edit for the company is absent for an asset manager and back when switching back', async ({
  page,
}) => {
  await openView(page, '/engagement')
  await expect(page.getByLabel('Question 1', { exact: true })).toHaveValue(
    /^Palantir Technologies told The New York Times in December 2018: “We do not work for E\.R\.O\.”/,
  )
  await page.getByLabel('Question 1', { exact: true }).fill('Who at ERO can query ICM today?')
  await expect(page.getByLabel('Question 1 (reworded by you)')).toHaveValue('Who at ERO can query ICM today?')

  await page.getByRole('radio', { name: 'An asset manager holding the shares' }).check()
  await expect(page.getByLabel('Question 1', { exact: true })).toHaveValue(
    /Will you ask Palantir Technologies to publish the evidence for its statement, or to correct it\?$/,
  )
  await expect(page.getByText('Who at ERO can query ICM today?')).toHaveCount(0)

  await page.getByRole('radio', { name: 'The company' }).check()
  await expect(page.getByLabel('Question 1 (reworded by you)')).toHaveValue('Who at ERO can query ICM today?')
  await page.reload()
  await expect(page.getByLabel('Question 1 (reworded by you)')).toHaveValue('Who at ERO can query ICM today?')
})

test('a question already answered shows the company’s answer and asks the follow-up', async ({ page }) => {
  await openView(page, '/engagement')
  const remedy = page.getByRole('list', { name: 'Questions on remedy' }).getByRole('listitem').first()
  await expect(remedy).toContainText('Already answered.')
  await expect(remedy).toContainText(
    'we accept that there are moral implications for how our technology may be used in immigration enforcement.',
  )
  await expect(remedy).toContainText('Palantir’s letter to Amnesty International, 18 September 2020')
  await expect(remedy.getByRole('textbox')).toHaveValue(
    /Will Palantir Technologies commit to provide for or cooperate in remedy/,
  )
})

test('questions and themes reorder by keyboard, move to the appendix and back, and a removal can be undone', async ({
  page,
}) => {
  await openView(page, '/engagement')
  const themes = page.getByRole('heading', { level: 4 })
  await expect(themes.first()).toHaveText('Contracts and use')
  const second = await themes.nth(1).textContent()
  await page.getByRole('button', { name: 'Move theme contracts and use down' }).focus()
  await page.keyboard.press('Enter')
  await expect(themes.first()).toHaveText(second ?? '')

  const firstOfContracts = page.getByRole('list', { name: 'Questions on contracts and use' }).getByRole('textbox')
  const secondText = await firstOfContracts.nth(1).inputValue()
  await page
    .getByRole('list', { name: 'Questions on contracts and use' })
    .getByRole('button', { name: /up$/ })
    .nth(1)
    .focus()
  await page.keyboard.press('Enter')
  await expect(firstOfContracts.first()).toHaveValue(secondText)

  const appendix = page.getByRole('list', { name: 'Appendix questions' })
  const appendixCount = await appendix.getByRole('textbox').count()
  await page.getByRole('button', { name: 'Promote appendix question 1 to the short list' }).click()
  await expect(appendix.getByRole('textbox')).toHaveCount(appendixCount - 1)

  const shortCount = await page.getByRole('textbox', { name: /^Question \d+/ }).count()
  await page.getByRole('button', { name: 'Remove question 2' }).click()
  await expect(page.getByRole('textbox', { name: /^Question \d+/ })).toHaveCount(shortCount - 1)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('textbox', { name: /^Question \d+/ })).toHaveCount(shortCount)
})

test('an emptied question is kept, left out of the letter, and its wording can be restored', async ({ page }) => {
  await openView(page, '/engagement')
  const first = page.getByLabel('Question 1', { exact: true })
  const original = await first.inputValue()
  await first.fill('')
  await expect(page.getByText('This question is empty, so it is left out of the letter.')).toBeVisible()
  await expect(page.getByText('1 question is empty and left out of the letter')).toBeVisible()
  await page.getByRole('button', { name: 'Restore the suggested wording' }).click()
  await expect(page.getByLabel('Question 1', { exact: true })).toHaveValue(original)
})

test('the letter exports as a Word document with the questions, the date and the signature', async ({ page }) => {
  await openView(page, '/engagement')
  await page.getByLabel('Your name').fill('Ana Ruiz')
  await page.getByLabel('Your organisation').fill('Fondo Ético & Partners')
  await page
    .getByLabel('Addressed to (one line each: name, role, address)')
    .fill('Courtney Bowman\nPalantir Technologies')
  await page.getByLabel('Response requested by').fill('2020-01-01')
  await expect(page.getByText(/The response date, 1 January 2020, is in the past: choose a later date\./)).toBeVisible()
  await page.getByLabel('Response requested by').fill(inAYear())
  await expect(page.getByText(/is in the past/)).toHaveCount(0)
  const question1 = await page.getByLabel('Question 1', { exact: true }).inputValue()

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the letter (.docx)' }).click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^palantir-technologies-letter-to-the-company-\d{4}-\d{2}-\d{2}\.docx$/)
  const text = docxText(await download.path())
  expect(text).toContain('Dear Courtney Bowman,')
  expect(text).toContain('Questions on Palantir Technologies’ contracts with ICE and their human rights risks')
  expect(text).toContain(
    'The Investor Alliance for Human Rights put the value of its ICE contracts at over $200 million.',
  )
  expect(text).toContain('Contracts and use')
  expect(text).toContain(`1. ${question1}`)
  expect(text).toContain(`We would be grateful for your response by 30 June ${new Date().getFullYear() + 1}.`)
  expect(text).toContain('Ana Ruiz\nFondo Ético & Partners')

  // The Markdown carries the header.
  const [markdown] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the letter (Markdown)' }).click(),
  ])
  const md = await readFile(await markdown.path(), 'utf8')
  expect(md).toMatch(
    /^# Engagement letter: Palantir Technologies\n\n- Title: Engagement letter: Palantir Technologies\n- Date: /,
  )
  expect(md).toContain('- Audience: the company\n- Organisation: Fondo Ético & Partners')
  expect(md).toContain('## Sources')

  // The name and organisation are kept for the next letter.
  await page.reload()
  await expect(page.getByLabel('Your organisation')).toHaveValue('Fondo Ético & Partners')
})

test('a recorded response shows the response rate on Engagement and the Overview', async ({ page }) => {
  await openView(page, '/engagement')
  await expect(page.getByText('No responses from Palantir Technologies are recorded yet.')).toBeVisible()
  await page.getByLabel('Question', { exact: true }).selectOption({ index: 0 })
  await page.getByLabel('The company’s response').selectOption('partly answered')
  await page.getByLabel('Note (optional)').first().fill('Reply of 3 March')
  await page.getByRole('button', { name: 'Record response' }).click()
  await page.getByLabel('Question', { exact: true }).selectOption({ index: 1 })
  await page.getByLabel('The company’s response').selectOption('not answered')
  await page.getByRole('button', { name: 'Record response' }).click()
  await expect(
    page.getByText('Response rate: 50%. Palantir Technologies responded to 1 of the 2 questions'),
  ).toBeVisible()
  await expect(
    page.getByRole('table', { name: 'Responses recorded, question by question' }).getByRole('row'),
  ).toHaveCount(3)
  await expectNoAxeViolations(page)

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click()
  await expect(page.getByText('Response rate: 50%.')).toBeVisible()
})

test('logging an engagement moves the company up the ladder', async ({ page }) => {
  await openView(page, '/engagement')
  await expect(page.getByText('No engagement with Palantir Technologies is logged yet.')).toBeVisible()
  await page.getByLabel('Date', { exact: true }).fill('2026-03-02')
  await page.getByLabel('What happened').selectOption('letter')
  await page.getByRole('group', { name: 'Add to the log' }).getByLabel('Note (optional)').fill('Letter to the board')
  await page.getByRole('button', { name: 'Add to log' }).click()
  await expect(page.getByText('Palantir Technologies stands at step 1: Engage the company.')).toBeVisible()
  await page.getByLabel('What happened').selectOption('resolution filed')
  await page.getByRole('button', { name: 'Add to log' }).click()
  await expect(
    page.getByText(/stands at step 3: Vote against directors or file a resolution\. Next step: Public statement\./),
  ).toBeVisible()
  await expect(page.getByRole('list', { name: 'Engagement log' }).getByRole('listitem')).toHaveCount(2)
  await page.getByLabel(/Due date for the next step/).fill('2020-06-30')
  await expect(page.getByText('The due date, 30 Jun 2020, has passed')).toBeVisible()
  await page.getByLabel(/Due date for the next step/).fill(inAYear())
  await page.reload()
  await expect(page.getByLabel(/Due date for the next step/)).toHaveValue(inAYear())
  await expectNoAxeViolations(page)
})

test('work saved by the earlier version is copied to every audience, and the person is told', async ({ page }) => {
  await page.addInitScript(() => {
    if (sessionStorage.getItem('seeded')) return
    sessionStorage.setItem('seeded', '1')
    localStorage.setItem(
      'rights-dashboard:engagement',
      JSON.stringify({
        version: 2,
        state: {
          byCompany: {
            palantir: {
              audience: 'company',
              texts: {},
              removed: [],
              order: [],
              custom: [{ id: 'custom:old', text: 'My question from last month?' }],
              log: [],
              nextStepDue: null,
            },
          },
        },
      }),
    )
  })
  await openView(page, '/engagement')
  await expect(page.getByRole('status').filter({ hasText: 'copied to each audience' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Questions on governance' }).getByRole('textbox')).toHaveValue(
    'My question from last month?',
  )
  await page.getByRole('radio', { name: 'A proxy advisor' }).check()
  await expect(page.getByRole('list', { name: 'Questions on governance' }).getByRole('textbox').last()).toHaveValue(
    'My question from last month?',
  )
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
