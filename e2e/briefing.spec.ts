import { execFileSync } from 'node:child_process'
import { expect, test, type Page } from '@playwright/test'
import { openView } from './app'
import { ChecklistPage } from './checklistPage'
import { inspectPdf } from './pdf'

/** The text of one page, as poppler reads it. */
function pageText(path: string, n: number): string {
  return execFileSync('pdftotext', ['-raw', '-f', String(n), '-l', String(n), path, '-'], { encoding: 'utf8' })
}

/** The PDF's bookmarks (outline), titles and pages, as qpdf reads them. */
function outline(path: string): { title: string; page: number | null }[] {
  const json = JSON.parse(execFileSync('qpdf', ['--json', '--json-key=outlines', path], { encoding: 'utf8' })) as {
    outlines: { title: string; destpageposfrom1: number | null }[]
  }
  return json.outlines.map((o) => ({ title: o.title, page: o.destpageposfrom1 }))
}

async function exportPdf(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export briefing PDF' }).click(),
  ])
  const path = await download.path()
  return { name: download.suggestedFilename(), pdf: inspectPdf(path), path }
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

test('the first page after the cover carries the band or range, the exposure, the next step and the recommendation', async ({
  page,
}) => {
  const checklist = new ChecklistPage(page)
  await checklist.start()
  await checklist.answer('A1', 'Yes')
  await expect(checklist.score()).toHaveText(/^Band: between/)
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Holdings' }).click()
  await page.getByRole('button', { name: 'Use the sample portfolio (sample data)' }).click()
  await expect(page.getByLabel('Exposure summary')).toContainText('Direct (PLTR shares)')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Briefing' }).click()

  await page.getByLabel('Prepared for').fill('Investment committee')
  await page.getByLabel("Recommendation (the preparer's judgement, not computed)").selectOption('collaborate')
  await page.getByLabel('Your recommendation in your words').fill('Join the investor coalition before the AGM')
  const preview = page.getByRole('article', { name: 'Briefing preview' })
  await expect(preview).toContainText('Join the investor coalition before the AGM.')
  await expect(page).toHaveURL(/rec=collaborate/)

  const { pdf, path } = await exportPdf(page)
  expect(pdf.qpdfCheck.ok, pdf.qpdfCheck.output).toBe(true)
  const cover = pageText(path, 1)
  expect(cover).toContain('Prepared for: Investment committee')
  expect(cover).toMatch(/Data as of: (\d+ )?\w+ \d{4}/)
  expect(cover).toContain('Sample data: this briefing contains illustrative (sample) data')
  const first = pageText(path, 2).replace(/\s+/g, ' ')
  expect(first).toContain('Decision summary')
  expect(first).toMatch(/Score \(a range until settled\): between \w+ and \w+/)
  expect(first).toContain('Direct $3,750.00 (3.18%)')
  expect(first).toContain('No official contract record is loaded.')
  expect(first).toMatch(/Engagement: No engagement yet\. Next step: \w/)
  expect(first).toContain(
    "Recommendation (the preparer's judgement, not computed): Collaborate. Join the investor coalition before the AGM.",
  )
})

test('the PDF has a bookmark for every section, at its page, and an appendix linking to the charts', async ({
  page,
}) => {
  await openView(page, '/briefing')
  const preview = page.getByRole('article', { name: 'Briefing preview' })
  await expect(preview.getByRole('heading', { name: 'Appendix: the data behind each chart' })).toBeVisible()
  const sectionTitles = await preview.getByRole('heading', { level: 2 }).allInnerTexts()
  const { pdf, path } = await exportPdf(page)
  expect(pdf.qpdfCheck.ok, pdf.qpdfCheck.output).toBe(true)
  const marks = outline(path)
  expect(marks.map((m) => m.title)).toEqual(['Cover', ...sectionTitles.slice(1)])
  for (const mark of marks.slice(1)) expect(pageText(path, mark.page ?? 0)).toContain(mark.title)
  expect(pdf.uris.some((u) => /^http:\/\/[^/]+\/contracts\?from=\d{4}&to=\d{4}$/.test(u ?? ''))).toBe(true)
  expect(pdf.text).toContain('The same chart in the app:')
})
