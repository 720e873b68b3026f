#!/usr/bin/env node
// `npm test`: type-check, lint, unit tests (Vitest), production build, end-to-end tests
// (Playwright against `vite preview`). Runs every step, then prints one closing line that sums
// every test it ran: `tests: N passed, N failed`.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

mkdirSync('reports', { recursive: true })
const vitestJson = 'reports/vitest.json'
const playwrightJson = 'reports/playwright.json'
rmSync(vitestJson, { force: true })
rmSync(playwrightJson, { force: true })

const failures = []
function step(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  const ok = result.status === 0
  if (!ok) failures.push(name)
  return ok
}

step('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit'])
step('lint', 'npm', ['run', '--silent', 'lint'])
step('unit', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${vitestJson}`])
const built = step('build', 'npx', ['vite', 'build'])
if (built) step('e2e', 'npx', ['playwright', 'test'], { PW_JSON: '1' })

let passed = 0
let failed = 0
if (existsSync(vitestJson)) {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'))
  passed += v.numPassedTests ?? 0
  failed += (v.numFailedTests ?? 0) + (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0)
  console.log(`unit: ${v.numPassedTests} passed, ${v.numFailedTests} failed`)
} else {
  failed += 1
  console.log('unit: no results (the runner did not finish)')
}
if (existsSync(playwrightJson)) {
  const p = JSON.parse(readFileSync(playwrightJson, 'utf8'))
  const s = p.stats ?? {}
  passed += s.expected ?? 0
  failed += (s.unexpected ?? 0) + (s.flaky ?? 0) + (s.skipped ?? 0)
  console.log(
    `e2e: ${s.expected ?? 0} passed, ${(s.unexpected ?? 0) + (s.flaky ?? 0)} failed, ${s.skipped ?? 0} skipped`,
  )
} else {
  failed += 1
  console.log('e2e: no results (the build or the runner failed)')
}
if (failures.length) console.log(`failed steps: ${failures.join(', ')}`)
console.log(`tests: ${passed} passed, ${failed} failed`)
process.exit(failures.length || failed ? 1 : 0)
