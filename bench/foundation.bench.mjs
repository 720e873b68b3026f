// Issues #2 and #11: bundle sizes of the first route and the lazy chunks, and first paint /
// figures on screen against a bare React page built the same way (median of fresh visits, in the
// same run), on the production build with its defaults as a person gets them (no test switches:
// the production build ignores them, checked below).
import react from '@vitejs/plugin-react'
import { readdirSync, readFileSync } from 'node:fs'
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
    (k) => manifest[k].isDynamicEntry && !firstRoute.has(k) && !mockChunks.includes(k) && k.includes('/features/'),
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
    // Figures in the HTML (prerendered) are in the DOM before the first paint: they are on screen
    // from the first paint (taken below as the later of the two). Once shown they must stay: a
    // check counts every moment they are gone again (a loading state drawn over them).
    const check = () => {
      const values = document.querySelectorAll('[aria-label="Headline figures"] .headline-value')
      if (values.length < 3 && window.__figuresAt) window.__figuresLost = (window.__figuresLost ?? 0) + 1
      if (values.length >= 3 && !window.__figuresAt) {
        window.__figuresAt = performance.now()
        window.__scriptsAtFigures = performance
          .getEntriesByType('resource')
          .filter((e) => e.name.endsWith('.js'))
          .map((e) => new URL(e.name).pathname)
      }
    }
    new MutationObserver(check).observe(document, { childList: true, subtree: true })
  })
  await page.goto(url)
  if (waitForFigures) {
    await page.waitForFunction(() => window.__figuresAt !== undefined, null, { timeout: 15_000 })
    // Through the app's own first render with its data (the first view answered, the chart code warmed).
    await page.waitForFunction(() => performance.getEntriesByName('charts:warm').length > 0, null, { timeout: 15_000 })
  }
  await page.waitForFunction(() => performance.getEntriesByName('first-paint').length > 0)
  const timing = await page.evaluate(() => ({
    firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN,
    figures: Math.max(window.__figuresAt ?? NaN, performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN),
    figuresLost: window.__figuresLost ?? 0,
    mocksReady: performance.getEntriesByName('mocks:ready')[0]?.startTime ?? NaN,
    scripts: window.__scriptsAtFigures ?? [],
  }))
  await context.close()
  return timing
}

/** The production build leaves the test switches out: a link cannot make it fail or slow it down. */
async function switchesIgnored(browser, baseUrl) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(`${baseUrl}/?mockFail=all&mockLatency=5000`)
  // The figures are in the page's HTML (prerendered): wait for the app to have answered its own
  // requests (the chart code is warmed after that), then the figures must still be there, no error.
  await page.waitForFunction(() => performance.getEntriesByName('charts:warm').length > 0, null, { timeout: 4_000 })
  const figures = await page.getByText('44,069', { exact: true }).count()
  const alerts = await page.getByRole('alert').count()
  const hook = await page.evaluate(() => typeof window.__mockControl)
  await context.close()
  return hook === 'undefined' && figures === 1 && alerts === 0
}

export async function run({ browser, baseUrl, distDir }) {
  const sizes = bundleSizes(distDir)

  await build({
    root: 'bench/bare',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: '../../dist-bare', emptyOutDir: true },
  })
  const bareJs = readdirSync('dist-bare/assets').filter((f) => f.endsWith('.js'))
  const bareKb = bareJs.reduce((t, f) => t + gzipKb(readFileSync(join('dist-bare/assets', f))), 0)
  const bare = await serveStatic('dist-bare')
  const app = [],
    appFigures = [],
    mocksReady = [],
    barePaint = []
  let figuresLost = 0
  let scriptsAtFigures = []
  try {
    // Interleaved so that machine noise hits both pages alike.
    for (let i = 0; i < VISITS; i += 1) {
      barePaint.push((await visit(browser, `${bare.url}/`, false)).firstPaint)
      const t = await visit(browser, `${baseUrl}/`, true)
      app.push(t.firstPaint)
      appFigures.push(t.figures)
      figuresLost += t.figuresLost
      mocksReady.push(t.mocksReady)
      scriptsAtFigures = t.scripts
    }
  } finally {
    await bare.close()
  }
  // Everything the Overview ran before its figures showed: the first route, the code it loads beside
  // its first requests (schemas, zod, the assessment summary) and the mock layer.
  const overviewKb = scriptsAtFigures.reduce((t, path) => t + gzipKb(readFileSync(join(distDir, path))), 0)
  const ignored = await switchesIgnored(browser, baseUrl).catch(() => false)
  const bareFp = median(barePaint)
  const appFp = median(app)
  const figures = median(appFigures)
  const bareFloor = `bare React page first paint ${round(bareFp)} ms`
  return [
    {
      metric: 'first route app JS (gzip, mock layer aside)',
      value: round(sizes.firstRouteKb),
      unit: 'kB',
      target: '<= 90 kB',
      ok: sizes.firstRouteKb <= 90,
      floor: `bare React page JS ${round(bareKb)} kB`,
      ratio: round(sizes.firstRouteKb / bareKb, 2),
    },
    {
      metric: 'all JS run before the Overview figures show (gzip: first route, schemas, mock layer)',
      value: round(overviewKb),
      unit: 'kB',
    },
    {
      metric: 'mock layer: msw getResponse + handlers + fixtures (gzip, lazy, loaded beside the app)',
      value: round(sizes.mockKb),
      unit: 'kB',
    },
    ...sizes.lazy.map((c) => ({ metric: `lazy chunk ${c.name} (gzip)`, value: round(c.kb), unit: 'kB' })),
    { metric: `bare React page first paint (median of ${VISITS})`, value: round(bareFp), unit: 'ms' },
    {
      metric: `app first paint (median of ${VISITS})`,
      value: round(appFp),
      unit: 'ms',
      target: '<= 1.1x floor',
      ok: appFp / bareFp <= 1.1,
      floor: bareFloor,
      ratio: round(appFp / bareFp, 2),
    },
    {
      metric: `embedded data layer answering, in the page (median of ${VISITS})`,
      value: round(median(mocksReady)),
      unit: 'ms',
    },
    {
      metric: `Overview figures on screen (median of ${VISITS})`,
      value: round(figures),
      unit: 'ms',
      target: '<= 1.5x floor',
      ok: figures / bareFp <= 1.5,
      floor: bareFloor,
      ratio: round(figures / bareFp, 2),
    },
    {
      metric: `Overview figures, once on screen, never replaced by a loading state (${VISITS} visits)`,
      value: figuresLost === 0 ? 'yes' : `no (${figuresLost} times)`,
      unit: '',
      target: 'yes',
      ok: figuresLost === 0,
    },
    {
      metric: 'production build ignores ?mockFail= / ?mockLatency= and has no window.__mockControl',
      value: ignored ? 'yes' : 'no',
      unit: '',
      target: 'yes',
      ok: ignored,
    },
  ]
}
