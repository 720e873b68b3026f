// Issue #17: the Word (.docx) library's chunk, loaded only when a letter is exported, and the
// click-to-download time of the letter (library not cached: a fresh context each time).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipKb, median, round } from './lib.mjs'

const RUNS = 3

/** gzip kB of what the .docx export loads beyond the Engagement view's own chunks. */
function docxChunkKb(distDir) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'))
  const walk = (key, seen) => {
    if (!key || seen.has(key)) return seen
    seen.add(key)
    for (const dep of manifest[key].imports ?? []) walk(dep, seen)
    return seen
  }
  const exportKey = Object.keys(manifest).find((k) => k.includes('letterDocx'))
  const viewKey = Object.keys(manifest).find((k) => k.includes('EngagementPage'))
  if (!exportKey) return NaN
  const view = walk(viewKey, new Set())
  const dynamic = [exportKey, ...(manifest[exportKey].dynamicImports ?? [])]
  const loaded = new Set()
  for (const k of dynamic) walk(k, loaded)
  return [...loaded]
    .filter((k) => !view.has(k))
    .reduce((sum, k) => sum + gzipKb(readFileSync(join(distDir, manifest[k].file))), 0)
}

export async function run({ browser, baseUrl, distDir }) {
  const times = []
  for (let i = 0; i < RUNS; i += 1) {
    const context = await browser.newContext({ acceptDownloads: true })
    const page = await context.newPage()
    await page.goto(`${baseUrl}/engagement?mockLatency=0`)
    const button = page.getByRole('button', { name: 'Download the letter (.docx)' })
    await button.waitFor()
    await page.waitForFunction(() =>
      [...document.querySelectorAll('button')].some(
        (b) => b.textContent === 'Download the letter (.docx)' && !b.disabled,
      ),
    )
    const started = performance.now()
    await Promise.all([page.waitForEvent('download'), button.click()])
    times.push(performance.now() - started)
    await context.close()
  }
  const chunk = docxChunkKb(distDir)
  return [
    {
      metric: 'Word (.docx) library chunk (docx + letter writer, gzip, loaded on export)',
      value: round(chunk),
      unit: 'kB',
    },
    {
      metric: `letter .docx click to download, library not cached (median of ${RUNS})`,
      value: round(median(times)),
      unit: 'ms',
      target: '< 1000 ms',
      ok: median(times) < 1000,
    },
  ]
}
