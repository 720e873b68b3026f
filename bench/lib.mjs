// Shared helpers for the benchmark modules.
import { createServer } from 'node:http'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
}

/** Serves a built folder on 127.0.0.1 with SPA fallback to index.html. Resolves to { url, close }. */
export function serveStatic(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file = normalize(join(dir, path))
    if (!file.startsWith(normalize(dir))) {
      res.writeHead(403).end()
      return
    }
    // As `vite preview` and static hosts do: /contracts is contracts.html where the build wrote one
    // (vite.config.ts, prerender-overview), else the app's index.html.
    if (!existsSync(file) || statSync(file).isDirectory())
      file = existsSync(`${file}.html`) && path !== '/' ? `${file}.html` : join(dir, 'index.html')
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    })
    res.end(readFileSync(file))
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) })
    })
  })
}

/** The benchmark's Chromium flags (bench/run.mjs, bench/trace-first-paint.mjs): no GPU, no background traffic. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export function gzipKb(buffer) {
  return gzipSync(buffer, { level: 9 }).length / 1000
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

export const round = (n, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits

/**
 * Times "choose a file, see the result" in a page, as a person would wait for it. Call before the
 * page loads: it records the page's long main-thread tasks, the moment a file input changes (t0)
 * and the first DOM change after it at which `done` holds (t1): `selector` matches an element, or
 * `text` (a regular expression's source) matches the page's text.
 */
export async function watchFileToScreen(page, done) {
  await page.addInitScript(({ selector, text }) => {
    window.__longTasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration })
    }).observe({ type: 'longtask', buffered: true })
    document.addEventListener('change', () => (window.__t0 = performance.now()), true)
    const shown = () =>
      selector ? document.querySelector(selector) !== null : new RegExp(text).test(document.body.innerText)
    new MutationObserver(() => {
      if (window.__t0 && !window.__t1 && shown()) window.__t1 = performance.now()
    }).observe(document, { childList: true, subtree: true, characterData: true })
  }, done)
}

/**
 * After `watchFileToScreen`, once the result is on screen: waits `settleMs` so trailing work
 * (chart layout, effects) counts too, then returns the time from choosing the file to the result
 * (ms) and the long tasks since the choice (the longest, and how many).
 */
export async function fileToScreenTiming(page, settleMs) {
  await page.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), settleMs)
  return page.evaluate(() => {
    const t0 = window.__t0
    const during = window.__longTasks.filter((t) => t.start + t.duration >= t0)
    return {
      ms: window.__t1 - t0,
      longest: during.reduce((max, t) => Math.max(max, t.duration), 0),
      count: during.length,
    }
  })
}

/** A TypeScript file compiled with the app's code it imports: an ES module, or a script defining `name`. */
export async function compileTs(entry, format = 'es', name = 'entry') {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry: { [name]: entry }, formats: [format], name } },
  })
  return (Array.isArray(out) ? out[0] : out).output[0].code
}

/** Imports a TypeScript module of the app (or the bench) in Node, through compileTs. */
export async function importTs(entry) {
  const code = await compileTs(entry)
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)
}
