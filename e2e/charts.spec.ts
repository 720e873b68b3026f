import { expect, test, type Locator, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { parseCsv } from './csv'
import { expectNoAxeViolations, openView } from './app'

const figure = (page: Page, name: string) => page.getByRole('figure', { name })

async function showTable(fig: Locator): Promise<Locator> {
  await fig.getByRole('button', { name: 'Show table' }).click()
  return fig.getByRole('table')
}

/** The table as text, one array per row, header first: what a reader sees. */
async function tableText(table: Locator): Promise<string[][]> {
  return table
    .locator('tr')
    .evaluateAll((rows) =>
      rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c as HTMLElement).innerText.trim())),
    )
}

async function downloadText(page: Page, fig: Locator, button: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    fig.getByRole('button', { name: button }).click(),
  ])
  const path = await download.path()
  return { name: download.suggestedFilename(), bytes: await readFile(path) }
}

/** A downloaded CSV: its byte-order mark stripped, split into the table and the lines after it. */
function readCsv(bytes: Buffer): { bom: boolean; table: string[][]; sources: string[][]; asOf: string[] | undefined } {
  const bom = [...bytes.subarray(0, 3)].join() === [0xef, 0xbb, 0xbf].join()
  const rows = parseCsv(bytes.subarray(bom ? 3 : 0).toString('utf8'))
  const blank = rows.findIndex((r) => r.length === 1 && r[0] === '')
  const after = rows.slice(blank + 1)
  return {
    bom,
    table: rows.slice(0, blank),
    sources: after.filter((r) => r[0] === 'Source'),
    asOf: after.find((r) => r[0] === 'Data as of'),
  }
}

/** Waits until the figures' sources have loaded, so a download cites them in full. */
async function sourcesLoaded(page: Page): Promise<void> {
  await expect(page.getByText(/^Sources?: loading…$/)).toHaveCount(0)
}

/** Table text and CSV text agree once number formatting and list punctuation are set aside. */
const norm = (s: string) => s.replace(/[$,%;\s]/g, '').replace(/—/g, '')

test.describe('Contracts', () => {
  test('the yearly chart and its table show the cumulative value and the briefing reference', async ({ page }) => {
    await openView(page, '/contracts')
    const fig = figure(page, 'Contract awards by fiscal year, with the cumulative value')
    await expect(fig.getByRole('application', { name: 'Contract awards by fiscal year' })).toBeVisible()
    await expect(fig.getByText('Briefing: over $200M')).toBeVisible()
    await expect(fig).toContainText('Cumulative value $214.7M–$364.6M by FY2025.')
    await expect(fig).toContainText(
      'Possible double count: ICM O&M support services and custom enhancements and ImmigrationOS',
    )
    await expect(fig).toContainText('Low confidence, kept out of every sum and line above: Reported task order')
    const toggle = fig.getByRole('button', { name: 'Show low-confidence values apart' })
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await expect(fig.getByText('Low confidence (not in the sums)')).toBeVisible()
    const table = await showTable(fig)
    const fy2019 = table.getByRole('row', { name: /FY2019/ })
    await expect(fy2019).toContainText('$167,932,140.14')
    await expect(fy2019).toContainText('$183,932,140.14')
    await expect(table.getByRole('row', { name: /FY2025/ })).toContainText('$364,635,965.14')
    await expect(table.getByRole('row', { name: /FY2025/ })).toContainText('$29,900,000')
  })

  test('the award table lists every value reported for the 2014 ICM award with its source', async ({ page }) => {
    await openView(page, '/contracts')
    const fig = figure(page, 'Every award and the range of values sources report')
    await expect(fig.getByText('$41M–$53M')).toBeVisible()
    const table = await showTable(fig)
    const icm = table.getByRole('row', { name: /Investigative Case Management/ })
    for (const value of ['$41,000,000', '$42,000,000', '$51,000,000', '$51,800,000', '$53,000,000'])
      await expect(icm).toContainText(value)
    await expect(icm).toContainText('Nextgov')
    await expect(table.getByRole('row', { name: /FALCON licences/ })).toContainText('not reported')
  })

  test('filtering by year and vehicle changes the URL, the chart and the table; a shared link restores it', async ({
    page,
  }) => {
    await openView(page, '/contracts')
    await page.getByLabel('From fiscal year').selectOption('2014')
    await page.getByLabel('To fiscal year').selectOption('2019')
    await page.getByLabel('Contract vehicle').selectOption('ICM')
    await expect(page).toHaveURL(/from=2014/)
    await expect(page).toHaveURL(/to=2019/)
    await expect(page).toHaveURL(/vehicle=ICM/)
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
      'Showing 2 of 9 awards: ICM, FY2014 to FY2019.',
    )
    const fig = figure(page, 'Contract awards by fiscal year, with the cumulative value')
    await expect(fig.getByText('Briefing: over $200M')).toHaveCount(0)
    const chart = fig.getByRole('application')
    await expect(chart.getByText('FY2014', { exact: true })).toBeVisible()
    await expect(chart.getByText('FY2019', { exact: true })).toBeVisible()
    await expect(chart.getByText('FY2013', { exact: true })).toHaveCount(0)
    await expect(chart.getByText('FY2022', { exact: true })).toHaveCount(0)
    const table = await showTable(fig)
    expect((await tableText(table)).slice(1).map((r) => r[0])).toEqual(['FY2014', 'FY2019'])

    await page.reload()
    await expect(page.getByLabel('Contract vehicle')).toHaveValue('ICM')
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toContainText('Showing 2 of 9 awards')
  })

  test('a filter that matches nothing says so and can be cleared', async ({ page }) => {
    await openView(page, '/contracts?from=2020&to=2021&vehicle=FALCON')
    const fig = figure(page, 'Contract awards by fiscal year, with the cumulative value')
    await expect(fig).toContainText('No award matches FALCON, FY2020 to FY2021.')
    await fig.getByRole('button', { name: 'Clear filters' }).click()
    await expect(page).toHaveURL(/\/contracts\?mockLatency=0$/)
    await expect(fig.getByRole('application')).toBeVisible()
  })

  test('the CSV download parses and matches the table, with a byte-order mark and its sources', async ({ page }) => {
    await openView(page, '/contracts')
    const fig = figure(page, 'Contract awards by fiscal year, with the cumulative value')
    await sourcesLoaded(page)
    const download = await downloadText(page, fig, 'Download CSV')
    expect(download.name).toBe('contract-awards-by-fiscal-year-with-the-cumulative-value.csv')
    const csv = readCsv(download.bytes)
    expect(csv.bom).toBe(true)
    const shown = await tableText(await showTable(fig))
    expect(csv.table).toHaveLength(shown.length)
    expect(csv.table.map((r) => r.map(norm))).toEqual(shown.map((r) => r.map(norm)))
    expect(csv.table.find((r) => r[0] === 'FY2025')?.[5]).toBe('364635965.14')
    // After the table: each source with its link, and how current the data is.
    expect(csv.sources).toContainEqual([
      'Source',
      expect.stringMatching(/^Nextgov, “Hush-hush Data Firm Palantir Snags ICE Case-Tracking Deal”, Sep 2014\./),
      expect.stringMatching(/^https:\/\/www\.nextgov\.com\//),
    ])
    expect(csv.asOf).toEqual(['Data as of', '2025-09'])
  })

  test('every CSV download on the chart views carries a byte-order mark and its sources', async ({ page }) => {
    const seen: string[] = []
    for (const path of ['/contracts', '/arrests']) {
      await openView(page, path)
      await expect(page.getByRole('application').first()).toBeVisible()
      const downloads = page.getByRole('button', { name: 'Download CSV' })
      await expect(downloads).toHaveCount(path === '/contracts' ? 4 : 5)
      await sourcesLoaded(page)
      for (const button of await downloads.all()) {
        const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
        const csv = readCsv(await readFile(await download.path()))
        seen.push(download.suggestedFilename())
        expect(csv.bom, download.suggestedFilename()).toBe(true)
        expect(csv.table.length, download.suggestedFilename()).toBeGreaterThan(1)
        expect(csv.sources.length, download.suggestedFilename()).toBeGreaterThan(0)
        for (const line of csv.sources) expect(line[1]).toMatch(/“.+”/)
        expect(csv.asOf?.[1]).toMatch(/^\d{4}-\d{2}/)
      }
    }
    expect(new Set(seen).size).toBe(9)
  })

  test('the table view is kept in the URL: a reload, a shared link and Back open the same view', async ({ page }) => {
    await openView(page, '/contracts')
    const fig = figure(page, 'Awards by ICE component')
    await fig.getByRole('button', { name: 'Show table' }).click()
    await expect(page).toHaveURL(/[?&]table=awards-by-ice-component(&|$)/)
    await expect(fig.getByRole('table', { name: 'Awards by ICE component' })).toBeVisible()
    await page.reload()
    await expect(fig.getByRole('table', { name: 'Awards by ICE component' })).toBeVisible()
    await expect(fig.getByRole('button', { name: 'Show chart' })).toBeVisible()
    // The other figures keep their charts.
    await expect(
      figure(page, 'Every award and the range of values sources report').getByRole('application'),
    ).toBeVisible()

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Arrests' }).click()
    await expect(figure(page, 'HSI arrests in FY2018 by category')).toBeVisible()
    await page.goBack()
    await expect(fig.getByRole('table', { name: 'Awards by ICE component' })).toBeVisible()
    await fig.getByRole('button', { name: 'Show chart' }).click()
    await expect(fig.getByRole('application')).toBeVisible()
    await expect(page).not.toHaveURL(/table=/)

    await openView(page, '/arrests?table=people-counted-in-single-operations')
    const ops = figure(page, 'People counted in single operations')
    await expect(ops.getByRole('table', { name: 'People counted in single operations' })).toBeVisible()
  })

  test('the chart downloads as an SVG and a PNG that carry the title and sources', async ({ page }) => {
    await openView(page, '/contracts')
    const fig = figure(page, 'Every award and the range of values sources report')
    await expect(fig.getByRole('application')).toBeVisible()
    const svg = await downloadText(page, fig, 'Download SVG')
    expect(svg.name).toBe('every-award-and-the-range-of-values-sources-report.svg')
    const text = svg.bytes.toString('utf8')
    expect(text.startsWith('<svg')).toBe(true)
    expect(text).toContain('Every award and the range of values sources report')
    expect(text).toContain('Nextgov')
    const png = await downloadText(page, fig, 'Download PNG')
    expect(png.name).toBe('every-award-and-the-range-of-values-sources-report.png')
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47])
  })

  test('a slow answer shows a loading state until the charts arrive', async ({ page }) => {
    await openView(page, '/contracts', 'mockLatency=1500')
    await expect(page.getByRole('status').filter({ hasText: 'Loading the contract awards' })).toBeVisible()
    await expect(figure(page, 'Contract awards by fiscal year, with the cumulative value')).toBeVisible({
      timeout: 10_000,
    })
  })

  test('a failed request shows an error, and Retry recovers', async ({ page }) => {
    await openView(page, '/contracts', 'mockLatency=0&mockFail=contracts')
    const alert = page.getByRole('alert')
    await expect(alert).toContainText('Could not load the contract awards')
    await page.evaluate(() => window.__mockControl?.recover('contracts'))
    await alert.getByRole('button', { name: 'Retry' }).click()
    await expect(figure(page, 'Awards by ICE component')).toBeVisible()
  })

  test('the component breakdown links to the contested claims', async ({ page }) => {
    await openView(page, '/contracts')
    const fig = figure(page, 'Awards by ICE component')
    // A lower chart: it mounts after the first one has drawn, as a reader sees it arrive.
    await expect(fig).toBeVisible()
    await expect(fig.getByRole('link', { name: 'HSI only' })).toHaveAttribute('href', '/claims#hsi-only')
    const table = await showTable(fig)
    await expect(table.getByRole('row', { name: /ERO/ })).toContainText('0')
    await expect(table.getByRole('row', { name: /HSI/ })).toContainText('$364,635,965.14')
  })
})

test.describe('Arrests', () => {
  test('the FY2018 breakdown computes 3.5% from 1,525 of 44,069 arrests', async ({ page }) => {
    await openView(page, '/arrests')
    const fig = figure(page, 'HSI arrests in FY2018 by category')
    await expect(fig.getByText('1,525 (3.5%)', { exact: true })).toBeVisible()
    const rows = (await tableText(await showTable(fig))).slice(1)
    expect(rows.map((r) => r.slice(0, 3))).toEqual([
      ['Worksite administrative arrests', '1,525', '3.5%'],
      ['Child-predator arrests', '3,191', '7.2%'],
      ['Other HSI arrests', '39,353', '89.3%'],
    ])
  })

  test('the two framings sit side by side with their sources', async ({ page }) => {
    await openView(page, '/arrests')
    const company = page.getByRole('article', { name: /The company/ })
    const advocates = page.getByRole('article', { name: /The advocates/ })
    await expect(company).toContainText('1,525 worksite administrative arrests of 44,069 HSI arrests in FY2018')
    await expect(company.getByRole('link', { name: /Testimony of ICE Acting Director/ })).toBeVisible()
    await expect(advocates).toContainText('172 → 1,525')
    await expect(advocates).toContainText('1,353 more, 8.9 times as many')
    await expect(advocates.getByRole('link', { name: 'Worksite Enforcement' })).toBeVisible()
  })

  test('worksite arrests by year and the operations show their figures', async ({ page }) => {
    await openView(page, '/arrests')
    const worksite = await showTable(figure(page, 'HSI worksite arrests by fiscal year'))
    expect((await tableText(worksite)).slice(1)).toEqual([
      ['FY2017', '139', '172', '', 'confirmed against its sources'],
      [
        'FY2018',
        '779',
        '1,525',
        expect.stringContaining('only 3.5%') as unknown as string,
        'confirmed against its sources',
      ],
      ['FY2019', '627', '2,048', '', 'confirmed against its sources'],
    ])
    const units = await showTable(figure(page, 'HSI and ERO arrests and removals by fiscal year'))
    await expect(units.getByRole('row', { name: /^FY2018/ })).toContainText('256,085 (also reported: 256,086, 256,058)')
    await expect(units.getByRole('row', { name: /^FY2019/ })).toContainText('not reported')
    const ops = await showTable(figure(page, 'People counted in single operations'))
    await expect(ops.getByRole('row', { name: /Mississippi/ }).first()).toContainText('680')
    await expect(ops).toContainText('about 300')
    await expect(ops.getByRole('row', { name: /Operation Mega/ })).toContainText('8,400 (planned)')
  })

  test('failed requests show errors per section, and Retry recovers each', async ({ page }) => {
    await openView(page, '/arrests', 'mockLatency=0&mockFail=arrests,operations')
    const alerts = page.getByRole('alert')
    await expect(alerts.filter({ hasText: 'Could not load the arrest statistics' })).toBeVisible()
    await expect(alerts.filter({ hasText: 'Could not load the operations' })).toBeVisible()
    await page.evaluate(() => window.__mockControl?.recover())
    for (const what of ['the arrest statistics', 'the operations'])
      await alerts
        .filter({ hasText: `Could not load ${what}` })
        .getByRole('button', { name: 'Retry' })
        .click()
    await expect(figure(page, 'HSI arrests in FY2018 by category')).toBeVisible()
    await expect(figure(page, 'People counted in single operations')).toBeVisible()
    await expect(alerts).toHaveCount(0)
  })

  test('the breakdown CSV parses and matches its table, with its verification and sources', async ({ page }) => {
    await openView(page, '/arrests')
    const fig = figure(page, 'HSI arrests in FY2018 by category')
    await sourcesLoaded(page)
    const csv = readCsv((await downloadText(page, fig, 'Download CSV')).bytes)
    const shown = await tableText(await showTable(fig))
    expect(csv.asOf).toEqual(['Data as of', '2025-09'])
    expect(csv.table.map((r) => r.map(norm))).toEqual(shown.map((r) => r.map(norm)))
    expect(csv.table[0]?.at(-1)).toBe('Verification')
    expect(csv.table[1]).toEqual([
      'Worksite administrative arrests',
      '1525',
      '3.5',
      'Stated by the source',
      'confirmed against its sources',
    ])
    expect(csv.table[3]?.at(-1)).toMatch(/^Unverified: Only the company’s letter gives this figure/)
    expect(csv.sources.map((r) => r[1])).toContainEqual(
      expect.stringMatching(/^Palantir Technologies .*“\[Letter from Palantir/),
    )
  })
})

test('keyboard reaches every chart, and arrow keys move through its data', async ({ page }) => {
  // About a hundred Tab presses per view: 28 s of the default 30 s on the shared 2-core machine.
  test.slow()
  for (const path of ['/contracts', '/arrests']) {
    await openView(page, path)
    const charts = page.getByRole('application')
    // The lower charts mount after the first has drawn: count them once they are all there.
    await expect.poll(() => charts.count()).toBeGreaterThanOrEqual(4)
    const names = await charts.evaluateAll((els) => els.map((e) => e.querySelector('title')?.textContent ?? ''))
    expect(names.length).toBeGreaterThanOrEqual(4)
    const reached = new Set<string>()
    for (let i = 0; i < 200 && reached.size < names.length; i += 1) {
      await page.keyboard.press('Tab')
      const name = await page.evaluate(() =>
        document.activeElement?.getAttribute('role') === 'application'
          ? (document.activeElement.querySelector('title')?.textContent ?? '')
          : null,
      )
      if (name) reached.add(name)
    }
    expect([...reached].sort()).toEqual([...names].sort())
  }
  await openView(page, '/contracts')
  const chart = page.getByRole('application', { name: 'Contract awards by fiscal year' })
  await chart.focus()
  await expect(page.locator('.chart-tooltip')).toContainText('FY2011')
  await page.keyboard.press('ArrowRight')
  await expect(page.locator('.chart-tooltip')).toContainText('FY2013')
})

test('on a phone, a long title wraps in the downloaded image instead of being cut', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 })
  await openView(page, '/contracts')
  const title = 'Every award and the range of values sources report'
  const fig = figure(page, title)
  await expect(fig.getByRole('application')).toBeVisible()
  const svg = (await downloadText(page, fig, 'Download SVG')).bytes.toString('utf8')
  const lines = [...svg.matchAll(/<text [^>]*font-weight="bold"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '')
  expect(lines.length).toBeGreaterThan(1)
  expect(lines.join(' ')).toBe(title)
  // The image is as wide as the chart on the phone: no title line runs past it.
  const width = Number(/<svg [^>]*width="(\d+)"/.exec(svg)?.[1])
  expect(width).toBeLessThan(400)
  for (const line of lines) expect(line.length * 9).toBeLessThanOrEqual(width)
})

for (const path of ['/contracts', '/arrests']) {
  // With the charts drawn, axe runs in shell.spec.ts (every view) and layout.spec.ts (375 px).
  test(`axe reports no violations on ${path} with every chart shown as a table`, async ({ page }) => {
    await openView(page, path)
    await expect(page.getByRole('application').first()).toBeVisible()
    const showButtons = page.getByRole('button', { name: 'Show table' })
    while ((await showButtons.count()) > 0) await showButtons.first().click()
    await expect(page.getByRole('table').first()).toBeVisible()
    await expectNoAxeViolations(page)
  })
}
