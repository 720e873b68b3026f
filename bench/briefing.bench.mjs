// Issues #8 and #19 (first page, appendix, outline; targets 300 ms cached and 200 kB): click-to-download time of the full briefing PDF (library chunk not cached: a fresh
// context each time; cached: the same page again), the PDF library's chunk size and the file size.
// Issue #13: the font files the PDF embeds on demand (bytes, gzip), and the same timings and size
// for a briefing whose preparer writes in Turkish, Chinese and Arabic (fonts fetched, then cached).
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipKb, median, round } from './lib.mjs'

const RUNS = 5

function libraryChunkKb(distDir) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'))
  const key = Object.keys(manifest).find((k) => k.includes('renderPdf'))
  if (!key) return NaN
  // A chunk and every chunk it imports, transitively.
  const reachable = (k, seen = new Set()) => {
    if (seen.has(k)) return seen
    seen.add(k)
    for (const dep of manifest[k].imports ?? []) reachable(dep, seen)
    return seen
  }
  // Only what the export loads beyond what the Briefing view already has.
  const view = Object.keys(manifest).find((k) => k.includes('BriefingPage'))
  const viewDeps = view ? reachable(view) : new Set()
  return [...reachable(key)]
    .filter((k) => !viewDeps.has(k))
    .reduce((sum, k) => sum + gzipKb(readFileSync(join(distDir, manifest[k].file))), 0)
}

/** The preparer's name and organisation in three scripts: the base, CJK and Arabic fonts. */
const NON_LATIN = { name: 'Gökçe Yılmaz', organisation: '中国投资有限责任公司 · لجنة الاستثمار' }

async function openBriefing(browser, baseUrl, preparer = null) {
  const context = await browser.newContext({ acceptDownloads: true })
  const page = await context.newPage()
  await page.goto(`${baseUrl}/briefing?mockLatency=0`)
  await page.getByRole('article', { name: 'Briefing preview' }).waitFor()
  if (preparer) {
    await page.getByLabel('Prepared by (your name, kept in your settings)').fill(preparer.name)
    await page.getByLabel('Your organisation (kept in your settings)').fill(preparer.organisation)
  }
  return { context, page }
}

/** Each font file the build emits for the PDF, raw and gzip. */
function fontFiles(distDir) {
  const dir = join(distDir, 'assets')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ttf'))
    .map((f) => {
      const bytes = readFileSync(join(dir, f))
      return { name: f.replace(/-[\w-]{8}\.ttf$/, '.ttf'), kb: bytes.length / 1000, gzip: gzipKb(bytes) }
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}

/** The median of RUNS exports, one after another; `exportOnce` returns one export's timing and size. */
async function medianExport(exportOnce) {
  const elapsed = []
  let size = 0
  for (let i = 0; i < RUNS; i += 1) {
    const result = await exportOnce()
    elapsed.push(result.elapsed)
    size = result.size
  }
  return { elapsed: median(elapsed), size }
}

async function timings(browser, baseUrl, preparer) {
  const cold = await medianExport(async () => {
    const { context, page } = await openBriefing(browser, baseUrl, preparer)
    const result = await timeExport(page)
    await context.close()
    return result
  })
  const { context, page } = await openBriefing(browser, baseUrl, preparer)
  await timeExport(page) // loads the library (and fonts) once
  const warm = await medianExport(() => timeExport(page))
  await context.close()
  return { cold: cold.elapsed, warm: warm.elapsed, size: cold.size }
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
  const latin = await timings(browser, baseUrl, null)
  const other = await timings(browser, baseUrl, NON_LATIN)
  const chunk = libraryChunkKb(distDir)
  return [
    { metric: 'PDF library chunk (jsPDF + renderer, gzip, loaded on export)', value: round(chunk), unit: 'kB' },
    {
      metric: `briefing click to download, library not cached (median of ${RUNS})`,
      value: round(latin.cold),
      unit: 'ms',
    },
    {
      metric: `briefing click to download, library cached (median of ${RUNS})`,
      value: round(latin.warm),
      unit: 'ms',
      target: '< 300 ms',
      ok: latin.warm < 300,
    },
    {
      metric: 'briefing PDF file size (all sections)',
      value: round(latin.size / 1000),
      unit: 'kB',
      target: '< 200 kB',
      ok: latin.size < 200_000,
    },
    ...fontFiles(distDir).map((f) => ({
      metric: `PDF font ${f.name} (fetched only when the text needs it; gzip ${round(f.gzip)} kB)`,
      value: round(f.kb),
      unit: 'kB',
    })),
    {
      metric: `briefing click to download, Turkish + Chinese + Arabic text, library and fonts not cached (median of ${RUNS})`,
      value: round(other.cold),
      unit: 'ms',
    },
    {
      metric: `briefing click to download, Turkish + Chinese + Arabic text, library and fonts cached (median of ${RUNS})`,
      value: round(other.warm),
      unit: 'ms',
      target: '< 300 ms',
      ok: other.warm < 300,
    },
    {
      metric: 'briefing PDF file size, Turkish + Chinese + Arabic text (glyph subsets embedded)',
      value: round(other.size / 1000),
      unit: 'kB',
      target: '< 200 kB',
      ok: other.size < 200_000,
    },
  ]
}
