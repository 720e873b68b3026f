// Issues #8 and #19 (first page, appendix, outline; targets 300 ms cached and 200 kB): click-to-download time of the full briefing PDF (library chunk not cached: a fresh
// context each time; cached: the same page again), the PDF library's chunk size and the file size.
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipKb, median, round } from './lib.mjs'

const RUNS = 5

function libraryChunkKb(distDir) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'))
  const key = Object.keys(manifest).find((k) => k.includes('renderPdf'))
  if (!key) return NaN
  const seen = new Set()
  const walk = (k) => {
    if (seen.has(k)) return
    seen.add(k)
    for (const dep of manifest[k].imports ?? []) walk(dep)
  }
  walk(key)
  // Only what the export loads beyond what the Briefing view already has.
  const view = Object.keys(manifest).find((k) => k.includes('BriefingPage'))
  const viewDeps = new Set()
  const walkView = (k) => {
    if (viewDeps.has(k)) return
    viewDeps.add(k)
    for (const dep of manifest[k].imports ?? []) walkView(dep)
  }
  if (view) walkView(view)
  return [...seen]
    .filter((k) => !viewDeps.has(k))
    .reduce((sum, k) => sum + gzipKb(readFileSync(join(distDir, manifest[k].file))), 0)
}

async function openBriefing(browser, baseUrl) {
  const context = await browser.newContext({ acceptDownloads: true })
  const page = await context.newPage()
  await page.goto(`${baseUrl}/briefing?mockLatency=0`)
  await page.getByRole('article', { name: 'Briefing preview' }).waitFor()
  return { context, page }
}

async function timeExport(page) {
  const button = page.getByRole('button', { name: 'Export briefing PDF' })
  await button.waitFor()
  const started = performance.now()
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  const elapsed = performance.now() - started
  const size = statSync(await download.path()).size
  return { elapsed, size }
}

export async function run({ browser, baseUrl, distDir }) {
  const cold = []
  const warm = []
  let size = 0
  for (let i = 0; i < RUNS; i += 1) {
    const { context, page } = await openBriefing(browser, baseUrl)
    const first = await timeExport(page)
    cold.push(first.elapsed)
    size = first.size
    await context.close()
  }
  const { context, page } = await openBriefing(browser, baseUrl)
  await timeExport(page) // loads the library once
  for (let i = 0; i < RUNS; i += 1) warm.push((await timeExport(page)).elapsed)
  await context.close()
  const chunk = libraryChunkKb(distDir)
  return [
    { metric: 'PDF library chunk (jsPDF + renderer, gzip, loaded on export)', value: round(chunk), unit: 'kB' },
    {
      metric: `briefing click to download, library not cached (median of ${RUNS})`,
      value: round(median(cold)),
      unit: 'ms',
    },
    {
      metric: `briefing click to download, library cached (median of ${RUNS})`,
      value: round(median(warm)),
      unit: 'ms',
      target: '< 300 ms',
      ok: median(warm) < 300,
    },
    {
      metric: 'briefing PDF file size (all sections)',
      value: round(size / 1000),
      unit: 'kB',
      target: '< 200 kB',
      ok: size < 200_000,
    },
  ]
}
