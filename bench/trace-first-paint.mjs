#!/usr/bin/env node
// Where a page's first paint waits (issue #11): records a Chromium trace of fresh visits to the
// built app (`dist/`, from `npm run build` or `npm run bench`), with the bench's browser flags, and
// prints per visit what happened between navigation and the first paint: when the HTML was parsed
// and the stylesheet arrived, the style and layout pass (wall and CPU time; the font requests to
// the browser process inside it, one per size and weight, and the lookups of the font-family
// names, one per name and weight; and the text shaping), paint, the raster of the first tiles (wall
// and CPU), and how much script ran before the paint. Not a benchmark: tracing slows the page, so
// compare visits of one run with each other, and keep speed claims to `npm run bench`.
//
//   node bench/trace-first-paint.mjs [path ...]     (default: / and /contracts; TRACE_VISITS=3)
//
// Run it alone on the machine (`heavy node bench/trace-first-paint.mjs`).
import { chromium } from '@playwright/test'
import { existsSync } from 'node:fs'
import { chromiumArgs, serveStatic } from './lib.mjs'

const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink',
  'blink.user_timing',
  'loading',
  'fonts',
]
const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/', '/contracts']
const visits = Number(process.env.TRACE_VISITS ?? 3)
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

const ms = (us) => Math.round(us / 100) / 10

/** The phases before the first paint, from one trace's events. */
function phases(events) {
  const threadNames = new Map(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]),
  )
  const nav = events
    .filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.startsWith('http'))
    .at(-1)
  const paint = nav && events.find((e) => e.pid === nav.pid && e.name === 'firstPaint')
  if (!paint) return null
  const [mainKey] = [...threadNames].find(([key, name]) => key.startsWith(`${nav.pid}:`) && name === 'CrRendererMain')
  const mainTid = Number(mainKey.split(':')[1])
  const before = (e) => e.pid === nav.pid && e.ph === 'X' && e.ts >= nav.ts && e.ts < paint.ts
  const main = events.filter((e) => before(e) && e.tid === mainTid)
  const named = (name) => main.filter((e) => e.name === name)
  const wall = (list) => ms(list.reduce((sum, e) => sum + e.dur, 0))
  const cpu = (list) => ms(list.reduce((sum, e) => sum + (e.tdur ?? 0), 0))
  const at = (ts) => ms(ts - nav.ts)
  const parse = named('ParseHTML')
  const sheet = events.find(
    (e) =>
      e.pid === nav.pid && e.ts >= nav.ts && e.name === 'ResourceSendRequest' && e.args?.data?.url?.endsWith('.css'),
  )
  const sheetDone =
    sheet && events.find((e) => e.name === 'ResourceFinish' && e.args?.data?.requestId === sheet.args.data.requestId)
  const raster = events.filter((e) => before(e) && e.name === 'RasterTask')
  return {
    firstPaint: at(paint.ts),
    parsedAt: parse.length ? at(Math.max(...parse.map((e) => e.ts + e.dur))) : null,
    stylesheetAt: sheetDone && sheetDone.ts < paint.ts ? at(sheetDone.ts) : 'inline',
    style: `${wall(named('UpdateLayoutTree'))} (cpu ${cpu(named('UpdateLayoutTree'))})`,
    layout: `${wall(named('Layout'))} (cpu ${cpu(named('Layout'))})`,
    fontRequests: `${named('WebSandboxSupportLinux::GetWebFontRenderStyleForStrike').length}, ${wall(named('WebSandboxSupportLinux::GetWebFontRenderStyleForStrike'))}`,
    familyLookups: `${named('FontDataManager::onMatchFamilyStyle').length}, ${wall(named('FontDataManager::onMatchFamilyStyle'))}`,
    shaping: `${named('InlineNode::ShapeTextIncludingFirstLine').length} runs, ${wall(named('InlineNode::ShapeTextIncludingFirstLine'))}`,
    paint: wall(named('Paint')),
    raster: `${raster.length} tiles, ${wall(raster)} (cpu ${cpu(raster)})`,
    scriptBeforePaint: wall(named('v8.evaluateModule')),
  }
}

const server = await serveStatic('dist')
const browser = await chromium.launch({ executablePath, args: chromiumArgs })
try {
  // One untraced visit first, as in the bench, where the browser has already run.
  const warm = await browser.newContext()
  await (await warm.newPage()).goto(`${server.url}/`)
  await warm.close()
  for (let i = 0; i < visits; i += 1) {
    for (const path of paths) {
      const context = await browser.newContext()
      const page = await context.newPage()
      await browser.startTracing(page, { categories })
      await page.goto(`${server.url}${path}`)
      await page.waitForFunction(() => performance.getEntriesByName('first-paint').length > 0)
      const trace = JSON.parse((await browser.stopTracing()).toString())
      await context.close()
      console.log(path, JSON.stringify(phases(trace.traceEvents)))
    }
  }
} finally {
  await browser.close()
  await server.close()
}
