import { defineConfig, devices } from '@playwright/test'
import { existsSync } from 'node:fs'

// Debian's Chromium where it is installed (this project's machines cannot download Playwright's
// own browser); elsewhere, Playwright's bundled Chromium. CHROMIUM_PATH overrides both.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

const port = Number(process.env.PW_PORT ?? 4173)

/**
 * Workers: measured on this project's 2-core machines (README, Benchmark): 2 finish the suite
 * fastest without starving the app under test; CI sets them explicitly, PW_WORKERS overrides.
 */
const workers = process.env.PW_WORKERS ? Number(process.env.PW_WORKERS) : process.env.CI ? 2 : undefined

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers,
  forbidOnly: true,
  retries: 0,
  // Two browsers share two cores in CI: a chart's first draw or a view's chunk can take over 5 s there.
  // Tests still wait for what a person sees, never for a fixed time.
  expect: { timeout: 10_000 },
  // Axe on a long view and two-tab tests take over 30 s when two browsers share two cores.
  timeout: 60_000,
  reporter: process.env.PW_JSON ? [['list'], ['json', { outputFile: 'reports/playwright.json' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // A trace records every step of every test: on CI's two cores that costs the app under test time.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    // The embedded data layer needs no service worker: every test runs without one.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath, args: chromiumArgs },
      },
    },
  ],
  // The tests run against a production build made for testing (`--mode e2e`): it keeps the test
  // switches (?mockFail=, ?mockLatency=, window.__mockControl) that the production build leaves out.
  // It is built here, into its own folder, so a plain `vite build` in dist/ never stands in for it.
  webServer: {
    command: `npx vite build --mode e2e --outDir dist-e2e --emptyOutDir --logLevel warn && npx vite preview --outDir dist-e2e --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
})
