import { expect, test } from '@playwright/test'
import { ChecklistPage } from './checklistPage'
import { inspectPdf } from './pdf'

// The whole journey: an investor scores the company, an advocate's questions follow the gaps,
// a portfolio is looked through, and the briefing carries all of it.
test('checklist answers feed the engagement questions and the briefing PDF', async ({ page }) => {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  await checklist.answer('A1', 'Yes')
  await checklist.answer('A4', 'Yes')
  await checklist.answer('D18', 'No')
  await checklist.item('C12').locator('..').getByRole('button', { name: 'Accept suggestion (No)' }).click()
  await expect(checklist.score()).toHaveText(/^Band: between High and Severe \(held up by a red flag\)/)

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Engagement' }).click()
  const first = page.getByLabel('Question 1', { exact: true })
  await expect(first).toHaveValue(/Will Palantir Technologies commit to provide for or cooperate in remedy/)
  await expect(page.getByRole('list', { name: 'Questions on remedy' }).getByRole('listitem').first()).toContainText(
    'Cites: Checklist D18 (no, red flag)',
  )
  await expect(page.getByRole('list', { name: 'Questions on transparency' }).getByRole('textbox').last()).toHaveValue(
    /Will Palantir Technologies publish details of the technology it has provided to ICE/,
  )

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Holdings' }).click()
  await page.getByRole('button', { name: 'Use the sample portfolio (sample data)' }).click()
  await expect(page.getByLabel('Exposure summary')).toContainText('Direct (PLTR shares)')

  // The investor's "holdings reviewed" item shows what the look-through found.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Checklist' }).click()
  await expect(checklist.item('F22')).toContainText(
    'From your holdings (“Sample portfolio”): direct exposure $3,750.00 (3.18%)',
  )

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Briefing' }).click()
  const preview = page.getByRole('article', { name: 'Briefing preview' })
  await expect(preview.getByRole('heading', { name: 'Holdings exposure' })).toBeVisible()
  await expect(preview).toContainText('Risk band: between High and Severe')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export briefing PDF' }).click(),
  ])
  const pdf = inspectPdf(await download.path())
  expect(pdf.qpdfCheck.ok, pdf.qpdfCheck.output).toBe(true)
  const text = pdf.text.replace(/\s+/g, ' ')
  expect(text).toContain('Overall band: between High and Severe')
  expect(text).toContain('Not disclosed: Amnesty asked in 2020 for the technology provided and the safeguards')
  expect(text).toContain('Will Palantir Technologies commit to provide for or cooperate in remedy')
  expect(text).toContain('Holdings exposure')
  expect(text).toContain('Sample data')
  expect(text).toContain('Method: how the score is computed')
  expect(text).toContain('Unmanaged risk U = E × (1 - M)')
  expect(text).toContain(
    'https://www.amnestyusa.org/press-releases/palantirs-contracts-with-ice-raise-human-rights-concerns-around-direct-listing/',
  )
})
