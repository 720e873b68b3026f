import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations, openView } from './app'
import { inspectPdf } from './pdf'

async function exportPdf(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export briefing PDF' }).click(),
  ])
  const path = await download.path()
  return { name: download.suggestedFilename(), pdf: inspectPdf(path) }
}

test('the briefing exports a valid PDF with searchable text, metadata and working links', async ({ page }) => {
  await openView(page, '/briefing')
  await expect(page.getByRole('article', { name: 'Briefing preview' })).toBeVisible()
  const { name, pdf } = await exportPdf(page)
  expect(name).toMatch(/^palantir-technologies-.*-briefing-\d{4}-\d{2}-\d{2}\.pdf$/)
  expect(pdf.header).toBe('%PDF-')
  expect(pdf.qpdfCheck.ok, pdf.qpdfCheck.output).toBe(true)
  expect(pdf.text).toContain('Palantir Technologies')
  expect(pdf.text).toContain('We do not work for E.R.O.')
  expect(pdf.text).toContain('https://investorsforhumanrights.org/investors-engaging-palantir-on-human-rights-risks')
  expect(pdf.text).toMatch(/Page 1 of \d+/)
  expect(pdf.info).toMatch(/Title:\s+Palantir Technologies: human-rights exposure briefing/)
  expect(pdf.info).toMatch(/Subject:\s+Due-diligence briefing on Palantir Technologies/)
  expect(pdf.info).toMatch(/CreationDate:\s+\S+/)
  expect(pdf.uris).toContain('https://www.dhs.gov/sites/default/files/publications/privacy-pia-ice-icm-june2016.pdf')
  await expect(page.getByRole('status').filter({ hasText: `Saved ${name}` })).toBeVisible()
})

test('the figures in the PDF equal those on screen', async ({ page }) => {
  await openView(page, '/briefing')
  const preview = page.getByRole('article', { name: 'Briefing preview' })
  await expect(preview.getByRole('table', { name: /HSI arrests in FY2018: 44,069 in all/ })).toBeVisible()
  const screenRow = await preview
    .getByRole('row', { name: /Worksite administrative arrests/ })
    .first()
    .innerText()
  const { pdf } = await exportPdf(page)
  expect(screenRow).toContain('Worksite administrative arrests (3.5%)')
  expect(pdf.text).toContain('Worksite administrative arrests (3.5%)')
  expect(pdf.text).toContain('1,525')
  expect(pdf.text).toContain('HSI arrests in FY2018: 44,069 in all')
})

test('a section left out is gone from the preview, the PDF and the sources it alone cited', async ({ page }) => {
  await openView(page, '/briefing')
  await page.getByRole('checkbox', { name: 'Contested claims' }).uncheck()
  await expect(page).toHaveURL(/omit=claims/)
  const preview = page.getByRole('article', { name: 'Briefing preview' })
  await expect(preview.getByRole('heading', { name: 'Contested claims' })).toHaveCount(0)
  await page.getByRole('checkbox', { name: 'Engagement questions and log' }).uncheck()
  const { pdf } = await exportPdf(page)
  expect(pdf.text).not.toContain('Contested claims')
  expect(pdf.text).not.toContain('We do not work for E.R.O.')
  expect(pdf.qpdfCheck.ok).toBe(true)
})

test('a failing data service still gives a correct document that says what is missing', async ({ page }) => {
  await openView(page, '/briefing', 'mockLatency=0&mockFail=arrests')
  await expect(page.getByRole('alert')).toContainText("Could not load part of the briefing's data")
  const { pdf } = await exportPdf(page)
  expect(pdf.qpdfCheck.ok).toBe(true)
  expect(pdf.text).toContain('The arrest figures could not be included')
  expect(pdf.text).toContain('Contract values')
})

test('the briefing view passes axe', async ({ page }) => {
  await openView(page, '/briefing')
  await expect(page.getByRole('article', { name: 'Briefing preview' })).toBeVisible()
  await expectNoAxeViolations(page)
})
