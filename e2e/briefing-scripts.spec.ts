import { execFileSync } from 'node:child_process'
import { expect, test, type Page } from '@playwright/test'
import { openView } from './app'
import { inspectPdf } from './pdf'

/**
 * The text of the first page as a reader copies it: poppler's reading order (right-to-left words
 * put back in logical order), Arabic presentation forms folded to their letters (NFKC) and the
 * bidi marks poppler adds around right-to-left runs dropped.
 */
function readingText(path: string): string {
  const text = execFileSync('pdftotext', ['-f', '1', '-l', '1', path, '-'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  })
  return text.normalize('NFKC').replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
}

/** The fonts a PDF uses and whether each is embedded, as poppler lists them. */
function embeddedFonts(path: string): string[] {
  const out = execFileSync('pdffonts', [path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
  return out
    .split('\n')
    .slice(2)
    .filter((line) => / yes +(yes|no) +(yes|no) /.test(line))
    .map((line) => line.split(/\s+/)[0] ?? '')
}

async function exportPdf(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export briefing PDF' }).click(),
  ])
  const path = await download.path()
  await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toBeVisible()
  return { path, pdf: inspectPdf(path) }
}

test('a Chinese, an Arabic and a Turkish string the user enters are in the PDF text, with only their fonts embedded', async ({
  page,
}) => {
  await openView(page, '/briefing')
  await page.getByLabel('Prepared by (your name, kept in your settings)').fill('Gökçe Yılmaz')
  await page.getByLabel('Your organisation (kept in your settings)').fill('中国投资有限责任公司')
  await page.getByLabel('Prepared for').fill('لجنة الاستثمار')
  await page.getByLabel('Your recommendation in your words').fill('Łódź, Αθήνα и Москва: engage')
  const preview = page.getByRole('article', { name: 'Briefing preview' })
  await expect(preview).toContainText('Gökçe Yılmaz, 中国投资有限责任公司')
  await expect(preview).toContainText('لجنة الاستثمار')
  await expect(page.getByRole('region', { name: 'Characters the PDF cannot show' })).toHaveCount(0)

  const { path, pdf } = await exportPdf(page)
  expect(pdf.qpdfCheck.ok, pdf.qpdfCheck.output).toBe(true)
  const cover = readingText(path)
  expect(cover).toContain('Prepared by: Gökçe Yılmaz, 中国投资有限责任公司')
  expect(cover).toContain('Prepared for: لجنة الاستثمار')
  expect(pdf.text.replace(/\s+/g, ' ')).toContain('Łódź, Αθήνα и Москва: engage')
  // The base font and the two scripts' fonts, loaded because the text has them; no Hebrew font.
  expect(new Set(embeddedFonts(path))).toEqual(new Set(['NotoSans', 'NotoSansArabic', 'DroidSansFallback']))
})

test('a character no font can show is listed before export with where it is, and the PDF shows its code', async ({
  page,
}) => {
  await openView(page, '/briefing')
  await page.getByLabel('Prepared by (your name, kept in your settings)').fill('Ana 🌍')
  await page.getByLabel('Your recommendation in your words').fill('Engage 🌍 now 👍')
  const warning = page.getByRole('region', { name: 'Characters the PDF cannot show' })
  await expect(warning).toBeVisible()
  const items = warning.getByRole('listitem')
  await expect(items).toHaveCount(2)
  await expect(items.first()).toContainText('🌍 (U+1F30D, shown as [U+1F30D]) in Cover: Prepared by;')
  await expect(items.first()).toContainText("Decision summary (first page): Recommendation (the preparer's judgement")
  await expect(items.nth(1)).toContainText('👍 (U+1F44D, shown as [U+1F44D]) in Decision summary (first page)')
  const { path, pdf } = await exportPdf(page)
  expect(pdf.qpdfCheck.ok, pdf.qpdfCheck.output).toBe(true)
  expect(readingText(path)).toContain('Prepared by: Ana [U+1F30D]')
  expect(pdf.text.replace(/\s+/g, ' ')).toContain('Engage [U+1F30D] now [U+1F44D]')

  // Once the text is plain again, the warning goes and the PDF embeds no font at all.
  await page.getByLabel('Prepared by (your name, kept in your settings)').fill('Ana Souza')
  await page.getByLabel('Your recommendation in your words').fill('Engage now')
  await expect(warning).toHaveCount(0)
  const plain = await exportPdf(page)
  expect(embeddedFonts(plain.path)).toEqual([])
  expect(plain.pdf.text).toContain('Prepared by: Ana Souza')
})
