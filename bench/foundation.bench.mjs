// Issue #2: bundle sizes of the first route and the lazy chunks, and first paint / figures on
// screen against a bare React page built the same way (median of fresh visits, mock latency 0).
import react from '@vitejs/plugin-react'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { build } from 'vite'
import { gzipKb, median, round, serveStatic } from './lib.mjs'

const VISITS = Number(process.env.BENCH_VISITS ?? 7)

/** Sizes from the Vite manifest: the entry and its static imports, the mock layer, each lazy chunk. */
function bundleSizes(distDir) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8'))
  const size = (key) => gzipKb(readFileSync(join(distDir, manifest[key].file)))
  const staticClosure = (key, seen = new Set()) => {
    if (seen.has(key)) return seen
    seen.add(key)
    for (const dep of manifest[key].imports ?? []) staticClosure(dep, seen)
    return seen
  }
  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry)
  const firstRoute = staticClosure(entryKey)
  const mockKey = Object.keys(manifest).find((k) => k.startsWith('mocks/browser'))
  const mockChunks = mockKey ? [...staticClosure(mockKey)].filter((k) => !firstRoute.has(k)) : []
  const lazy = Object.keys(manifest).filter(
    (k) => manifest[k].isDynamicEntry && !firstRoute.has(k) && !mockChunks.includes(k),
  )
  const sum = (keys) => keys.reduce((total, k) => total + size(k), 0)
  return {
    firstRouteKb: sum([...firstRoute].filter((k) => manifest[k].file.endsWith('.js'))),
    mockKb: sum(mockChunks),
    lazy: lazy.map((k) => ({
      name: k,
      kb: sum([...staticClosure(k)].filter((d) => !firstRoute.has(d) && !mockChunks.includes(d))),
    })),
  }
}

async function visit(browser, url, waitForFigures) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.addInitScript(() => {
    const check = () => {
      const values = document.querySelectorAll('[aria-label="Headline figures"] .headline-value')
      if (values.length >= 3 && !window.__figuresAt) window.__figuresAt = performance.now()
    }
    new MutationObserver(check).observe(document, { childList: true, subtree: true })
  })
  await page.goto(url)
  if (waitForFigures) await page.waitForFunction(() => window.__figuresAt !== undefined, null, { timeout: 15_000 })
  await page.waitForFunction(() => performance.getEntriesByName('first-paint').length > 0)
  const timing = await page.evaluate(() => ({
    firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN,
    figures: window.__figuresAt ?? NaN,
    mocksReady: performance.getEntriesByName('mocks:ready')[0]?.startTime ?? NaN,
  }))
  await context.close()
  return timing
}

export async function run({ browser, baseUrl, distDir }) {
  const sizes = bundleSizes(distDir)

  await build({
    root: 'bench/bare',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: '../../dist-bare', emptyOutDir: true },
  })
  const bare = await serveStatic('dist-bare')
  const app = [],
    appFigures = [],
    mocksReady = [],
    barePaint = []
  try {
    // Interleaved so that machine noise hits both pages alike.
    for (let i = 0; i < VISITS; i += 1) {
      barePaint.push((await visit(browser, `${bare.url}/`, false)).firstPaint)
      const t = await visit(browser, `${baseUrl}/?mockLatency=0`, true)
      app.push(t.firstPaint)
      appFigures.push(t.figures)
      mocksReady.push(t.mocksReady)
    }
  } finally {
    await bare.close()
  }
  const bareFp = median(barePaint)
  const appFp = median(app)
  const figures = median(appFigures)
  return [
    {
      metric: 'first route app JS (gzip, mock layer aside)',
      value: round(sizes.firstRouteKb),
      unit: 'kB',
      target: '<= 110 kB',
      ok: sizes.firstRouteKb <= 110,
    },
    {
      metric: 'mock layer: msw + handlers + fixtures (gzip, lazy, loaded beside the app)',
      value: round(sizes.mockKb),
      unit: 'kB',
    },
    ...sizes.lazy.map((c) => ({ metric: `lazy chunk ${c.name} (gzip)`, value: round(c.kb), unit: 'kB' })),
    { metric: `bare React page first paint (median of ${VISITS})`, value: round(bareFp), unit: 'ms' },
    { metric: `app first paint (median of ${VISITS})`, value: round(appFp), unit: 'ms' },
    {
      metric: 'app first paint / bare first paint',
      value: round(appFp / bareFp, 2),
      unit: 'x',
      target: '<= 1.2x',
      ok: appFp / bareFp <= 1.2,
    },
    {
      metric: `embedded data layer (msw service worker) ready (median of ${VISITS})`,
      value: round(median(mocksReady)),
      unit: 'ms',
    },
    { metric: `overview figures on screen (median of ${VISITS})`, value: round(figures), unit: 'ms' },
    {
      metric: 'figures on screen / bare first paint',
      value: round(figures / bareFp, 2),
      unit: 'x',
      target: '<= 2x',
      ok: figures / bareFp <= 2,
    },
  ]
}
