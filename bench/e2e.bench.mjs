// Issue #11: the end-to-end suite's wall time on this machine, with the worker count it ran with.
// BENCH_E2E=1 runs the whole suite here (CI settings: 2 workers, no retries; several minutes);
// otherwise the figure comes from the last full run's report (reports/playwright.json, written by
// `npm test` or `PW_JSON=1 npx playwright test`), with the date it was measured.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { round } from './lib.mjs'

const REPORT = 'reports/playwright.json'

export async function run() {
  if (process.env.BENCH_E2E === '1') {
    spawnSync('npx', ['playwright', 'test'], { stdio: 'inherit', env: { ...process.env, CI: 'true', PW_JSON: '1' } })
  }
  if (!existsSync(REPORT)) {
    console.log(`e2e: no ${REPORT}; run the suite with PW_JSON=1 (or BENCH_E2E=1) to measure it`)
    return []
  }
  const report = JSON.parse(readFileSync(REPORT, 'utf8'))
  const s = report.stats ?? {}
  const tests = (s.expected ?? 0) + (s.unexpected ?? 0) + (s.flaky ?? 0) + (s.skipped ?? 0)
  const workers = report.config?.metadata?.actualWorkers ?? report.config?.workers ?? '?'
  if (tests < 20) {
    console.log(`e2e: ${REPORT} holds a partial run (${tests} tests); the suite's wall time needs a full run`)
    return []
  }
  return [
    {
      metric: `end-to-end suite wall time, build included (${tests} tests, ${workers} workers, ${String(s.startTime).slice(0, 16)})`,
      value: round((s.duration ?? NaN) / 1000, 0),
      unit: 's',
    },
    {
      metric: 'end-to-end tests failed (no retries)',
      value: (s.unexpected ?? 0) + (s.flaky ?? 0),
      unit: 'tests',
      target: '0',
      ok: (s.unexpected ?? 0) + (s.flaky ?? 0) === 0 && (s.expected ?? 0) > 0,
    },
  ]
}
