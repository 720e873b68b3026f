import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { loadEnv } from 'vite'
import { defineConfig, type Plugin } from 'vitest/config'
import { renderStaticShell } from './src/app/staticShell'

/** Writes the static shell into index.html so it paints before any JavaScript runs. */
function staticShell(): Plugin {
  return {
    name: 'static-shell',
    transformIndexHtml: (html) => html.replace('<div id="root"></div>', `<div id="root">${renderStaticShell()}</div>`),
  }
}

/**
 * With the embedded data layer (no VITE_API_BASE_URL), starts its two slow steps while the app's
 * JavaScript is still loading: the service worker is registered from the page's first bytes (the
 * browser installs it off the main thread), and msw's chunk is preloaded beside the app's.
 */
function earlyMockLayer(apiBaseUrl: string | undefined): Plugin {
  return {
    name: 'early-mock-layer',
    transformIndexHtml: {
      order: 'post',
      handler: (html, ctx) => {
        if (apiBaseUrl) return html
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === 'chunk' && c.facadeModuleId?.replace(/\\/g, '/').endsWith('/mocks/browser.ts'),
        )
        const preload = chunk ? `<link rel="modulepreload" crossorigin href="/${chunk.fileName}">` : ''
        const register =
          "<script>navigator.serviceWorker&&navigator.serviceWorker.register('/mockServiceWorker.js').catch(function(){})</script>"
        return html.replace('</head>', `${preload}${register}</head>`)
      },
    },
  }
}

export default defineConfig(({ mode }) => ({
  plugins: [react(), staticShell(), earlyMockLayer(loadEnv(mode, process.cwd(), 'VITE_').VITE_API_BASE_URL)],
  // See mocks/tldts-stub.ts: drops the public-suffix list from the mock layer.
  resolve: { alias: { tldts: fileURLToPath(new URL('./mocks/tldts-stub.ts', import.meta.url)) } },
  build: { target: 'es2022', sourcemap: false },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
    restoreMocks: true,
  },
}))
