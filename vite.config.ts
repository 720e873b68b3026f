import react from '@vitejs/plugin-react'
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer, loadEnv } from 'vite'
import { defineConfig, type Plugin } from 'vitest/config'
import { views } from './src/app/navigation'
import { renderStaticShell } from './src/app/staticShell'
import { themeCss } from './src/components/theme'

/** Writes the static shell into index.html so it paints before any JavaScript runs. */
function staticShell(): Plugin {
  return {
    name: 'static-shell',
    transformIndexHtml: (html) => html.replace('<div id="root"></div>', `<div id="root">${renderStaticShell()}</div>`),
  }
}

/**
 * With the embedded data layer (no VITE_API_BASE_URL), the Overview with its data, prerendered at
 * build time (src/app/prerender.tsx: the same handlers, schemas and components, run in Node through
 * Vite's SSR module loading), goes into index.html in place of the static shell's loading line: the
 * headline figures paint with the page, before any JavaScript runs. index.html is what `/` gets;
 * every other view gets `<path>.html` (e.g. contracts.html) with the plain static shell, which
 * `vite preview` and static hosts serve for `/contracts` before falling back to index.html, so the
 * Overview's figures never show on another view. `data-prerendered` tells main.tsx to keep them on
 * screen until the app has the same data (see there). index.html also drops the data layer's
 * preload (`preload-first-answers`): the prerendered Overview paints without it, and fetching and
 * compiling it beside the first paint made that paint later (issue #11); the app's first import
 * asks for it. The other views' pages keep it: their content waits for the data layer. With a real
 * backend: no prerender.
 */
function prerenderOverview(apiBaseUrl: string | undefined): Plugin {
  let outDir = ''
  let root = ''
  let mode = ''
  let ssrBuild = false
  let dataLayerPreload: PreloadApi | undefined
  return {
    name: 'prerender-overview',
    apply: 'build',
    configResolved: (config) => {
      root = config.root
      outDir = resolve(config.root, config.build.outDir)
      mode = config.mode
      ssrBuild = Boolean(config.build.ssr)
      dataLayerPreload = config.plugins.find((p) => p.name === 'preload-first-answers')?.api as PreloadApi | undefined
    },
    writeBundle: {
      order: 'post',
      handler: async () => {
        if (apiBaseUrl || ssrBuild) return
        const indexFile = join(outDir, 'index.html')
        const html = readFileSync(indexFile, 'utf8')
        const shell = `<div id="root">${renderStaticShell()}</div>`
        if (html.split(shell).length !== 2) throw new Error('prerender-overview: the static shell is not in index.html')
        for (const view of views) if (view.path !== '/') writeFileSync(join(outDir, `${view.path.slice(1)}.html`), html)
        const server = await createServer({
          configFile: false,
          root,
          mode,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          optimizeDeps: { noDiscovery: true, include: [] },
          plugins: [react(), mswCookieStoreStub()],
        })
        try {
          const { prerenderOverview: render } = (await server.ssrLoadModule('/src/app/prerender.tsx')) as {
            prerenderOverview: () => Promise<string>
          }
          const overview = await render()
          const preload = dataLayerPreload?.links() ?? ''
          const page = preload ? html.replace(preload, '') : html
          writeFileSync(indexFile, page.replace(shell, `<div id="root" data-prerendered="overview">${overview}</div>`))
        } finally {
          await server.close()
        }
      },
    },
  }
}

/** `virtual:theme.css`: the CSS variables, written from the one theme module (src/components/theme.ts). */
function theme(): Plugin {
  const id = 'virtual:theme.css'
  const resolved = `\0${id}`
  return {
    name: 'theme-css',
    resolveId: (source) => (source === id ? resolved : null),
    load: (source) => (source === resolved ? themeCss() : null),
  }
}

/**
 * With the embedded data layer (no VITE_API_BASE_URL), preloads the mock layer's chunks beside the
 * app's, so it loads while the app's JavaScript does (not in the prerendered index.html:
 * `prerender-overview` takes these links out again, through this plugin's `api`). No script of its
 * own: the data layer answers in the page (mocks/browser.ts), with no service worker. (Preloading the first view's schemas too,
 * src/api/firstViewSchemas.ts, was measured: first paint and figures came later, so they load with
 * the first requests.)
 */
function preloadFirstAnswers(apiBaseUrl: string | undefined): Plugin<PreloadApi> {
  const entries = apiBaseUrl ? [] : ['/mocks/browser.ts']
  let inserted = ''
  return {
    name: 'preload-first-answers',
    apply: 'build',
    api: { links: () => inserted },
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        const chunks = Object.values(ctx.bundle ?? {}).filter((c) => c.type === 'chunk')
        const files = new Set<string>()
        const add = (fileName: string) => {
          const chunk = chunks.find((c) => c.fileName === fileName)
          if (!chunk || files.has(fileName) || html.includes(`/${fileName}"`)) return
          files.add(fileName)
          chunk.imports.forEach(add)
        }
        for (const entry of entries) {
          const chunk = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith(entry))
          if (chunk) add(chunk.fileName)
        }
        inserted = [...files].map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`).join('')
        return html.replace('</head>', `${inserted}</head>`)
      },
    },
  }
}

/** What `preload-first-answers` wrote into the page: its modulepreload links, as one string. */
interface PreloadApi {
  links: () => string
}

/**
 * The first route's stylesheet, written into the page as a `<style>` element in place of its
 * `<link>`: the first paint waits for the page's stylesheet, and inline it needs no request of its
 * own (issue #11: traced, the page was parsed 30-90 ms before its stylesheet arrived, and painted
 * only then). The Content-Security-Policy allows that one element by its hash (`csp-meta`). The
 * views' own stylesheets stay files, loaded with their code.
 */
function inlineFirstStylesheet(): Plugin {
  return {
    name: 'inline-first-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) =>
        html.replace(/<link rel="stylesheet" crossorigin href="\/([^"]+\.css)">/g, (link, fileName: string) => {
          const asset = ctx.bundle?.[fileName]
          if (asset?.type !== 'asset') return link
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source)
          if (css.includes('</')) throw new Error(`inline-first-stylesheet: ${fileName} cannot be written inline`)
          return `<style>${css}</style>`
        }),
    },
  }
}

/** See mocks/cookieStoreStub.ts: msw's cookie store, replaced by one that needs no storage. */
function mswCookieStoreStub(): Plugin {
  const stub = fileURLToPath(new URL('./mocks/cookieStoreStub.ts', import.meta.url))
  return {
    name: 'msw-cookie-store-stub',
    enforce: 'pre',
    resolveId: (source, importer) =>
      importer?.replace(/\\/g, '/').includes('/node_modules/msw/') && /\/cookieStore\.m?js$/.test(source) ? stub : null,
  }
}

/**
 * The built page's Content-Security-Policy: scripts, styles, data and fonts from the app's own
 * origin only (plus the real backend's origin when VITE_API_BASE_URL names one); no inline script,
 * no plugins, no other origin. Images may also be blob: and data: URLs (the PNG download draws the
 * chart's SVG through one). Not in development: Vite's dev server injects inline scripts.
 */
function contentSecurityPolicy(apiBaseUrl: string | undefined, styleHashes: string[]): string {
  const api = apiBaseUrl ? ` ${new URL(apiBaseUrl).origin}` : ''
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes.map((h) => `'${h}'`)].join(' '),
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${api}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')
}

/**
 * Writes the policy into the page, after the other plugins: the page's `<style>` elements (the
 * first stylesheet, `inline-first-stylesheet`) are allowed by their SHA-256 hashes, so no other
 * inline style applies.
 */
function cspMeta(apiBaseUrl: string | undefined): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const styleHashes = [...html.matchAll(/<style>([^<]*)<\/style>/g)].map(
          (match) =>
            `sha256-${createHash('sha256')
              .update(match[1] ?? '')
              .digest('base64')}`,
        )
        return html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(apiBaseUrl, styleHashes)}" />`,
        )
      },
    },
  }
}

export default defineConfig(({ mode }) => {
  const apiBaseUrl = loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL
  return {
    plugins: [
      react(),
      theme(),
      staticShell(),
      prerenderOverview(apiBaseUrl),
      mswCookieStoreStub(),
      preloadFirstAnswers(apiBaseUrl),
      inlineFirstStylesheet(),
      cspMeta(apiBaseUrl),
    ],
    // No modulepreload polyfill: every browser this targets preloads modules itself.
    build: { target: 'es2022', sourcemap: false, modulePreload: { polyfill: false } },
    preview: { port: 4173, strictPort: true },
    test: {
      environment: 'jsdom',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
      restoreMocks: true,
      // Component tests that type and wait on workers run long on a loaded 2-core machine: a test's
      // own waits (5 s each) decide, not the runner's 5 s default for the whole test.
      testTimeout: 20_000,
    },
  }
})
