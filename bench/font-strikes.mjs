#!/usr/bin/env node
// How many fonts a page's first layout sets up (issue #11): counts the distinct (size, weight,
// style, family) combinations of the built app's text (`dist/`, from `npm run build` or `npm run
// bench`), from the computed style of every visible text node's element, on the whole page and on
// its first screen (1280 × 720, the bench's window). Each one is a font of its own for the browser;
// on Linux, a synchronous request to the browser process before the first layout can finish (the
// trace's `fontRequests`, bench/trace-first-paint.mjs). JavaScript off: the page as its HTML paints;
// on: after the app has rendered over it. Not a benchmark: nothing here is timed.
//
//   node bench/font-strikes.mjs [path ...]     (default: /)
import { chromium } from '@playwright/test'
import { existsSync } from 'node:fs'
import { chromiumArgs, serveStatic } from './lib.mjs'

const paths = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['/']
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

/** In the page: each font's text nodes, with a few of the elements that use it. */
function fontsInPage() {
  const fonts = new Map()
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement
    if (!element || !node.textContent.trim()) continue
    const style = getComputedStyle(element)
    if (style.display === 'none' || style.visibility === 'hidden') continue
    const box = element.getBoundingClientRect()
    const font = `${style.fontSize} ${style.fontWeight} ${style.fontStyle} ${style.fontFamily.split(',')[0]}`
    const entry = fonts.get(font) ?? { nodes: 0, onScreen: false, examples: new Set() }
    entry.nodes += 1
    entry.onScreen ||= box.top < innerHeight && box.bottom > 0
    const name = `${element.tagName.toLowerCase()}${[...element.classList].map((c) => `.${c}`).join('')}`
    if (entry.examples.size < 4) entry.examples.add(name)
    fonts.set(font, entry)
  }
  return [...fonts].map(([font, e]) => ({ font, nodes: e.nodes, onScreen: e.onScreen, examples: [...e.examples] }))
}

const server = await serveStatic('dist')
const browser = await chromium.launch({ executablePath, args: chromiumArgs })
try {
  for (const path of paths) {
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 720 } })
      const page = await context.newPage()
      await page.goto(`${server.url}${path}`)
      // With JavaScript: once the app has rendered its view with the data (no request left open).
      if (javaScriptEnabled) await page.waitForLoadState('networkidle')
      const fonts = (await page.evaluate(fontsInPage)).sort((a, b) =>
        a.font.localeCompare(b.font, 'en', { numeric: true }),
      )
      await context.close()
      const onScreen = fonts.filter((f) => f.onScreen).length
      console.log(
        `${path}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}: ${fonts.length} fonts (${onScreen} on the first screen)`,
      )
      for (const f of fonts)
        console.log(
          `  ${f.font.padEnd(32)} ${String(f.nodes).padStart(4)} text nodes${f.onScreen ? ', on screen' : ''}: ${f.examples.join(' ')}`,
        )
    }
  }
} finally {
  await browser.close()
  await server.close()
}
