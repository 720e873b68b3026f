#!/usr/bin/env node
// `npm run bench`: builds the app, serves the build, launches Chromium and runs every
// bench/*.bench.mjs module. Each exports `run({ browser, baseUrl, distDir })` and returns rows
// { metric, value, unit, target?, ok?, floor?, ratio? }: a figure with a target is printed beside
// it, and a figure compared with a floor (a bare page, the same step warm) prints that floor and
// the ratio, both measured in the same run. `BENCH_ONLY=name` runs bench/name.bench.mjs alone.
// Results are printed, then written to bench/results/latest.json with a Markdown table of the
// targets (bench/results/latest.md) for the README.
import { chromium } from '@playwright/test'
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { build } from 'vite'
import { chromiumArgs, serveStatic } from './lib.mjs'

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

const distDir = 'dist'
console.log('Building the app…')
await build({ logLevel: 'warn', build: { manifest: true, outDir: distDir, emptyOutDir: true } })

const only = process.env.BENCH_ONLY
const modules = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.mjs'))
  .filter((f) => !only || f === `${only}.bench.mjs`)
  .sort()

const server = await serveStatic(distDir)
const browser = await chromium.launch({ executablePath, args: chromiumArgs })
const results = []
try {
  for (const file of modules) {
    console.log(`\n# ${file}`)
    const mod = await import(`./${file}`)
    const rows = await mod.run({ browser, baseUrl: server.url, distDir })
    for (const row of rows) {
      results.push({ module: file, ...row })
      const verdict = row.ok === undefined ? '' : row.ok ? '  ok' : '  MISSED'
      const against = row.floor ? `  floor: ${row.floor}, ratio ${row.ratio}x` : ''
      console.log(
        `${row.metric}: ${row.value} ${row.unit}${row.target ? `  (target ${row.target})` : ''}${against}${verdict}`,
      )
    }
  }
} finally {
  await browser.close()
  await server.close()
}

mkdirSync('bench/results', { recursive: true })
const machine = { cores: availableParallelism(), node: process.version, date: new Date().toISOString() }
writeFileSync('bench/results/latest.json', JSON.stringify({ machine, results }, null, 2))
const cell = (v) => String(v ?? '').replace(/\|/g, '\\|')
const table = [
  '| figure | value | target | floor (same run) | ratio | |',
  '|---|---|---|---|---|---|',
  ...results
    .filter((r) => r.target !== undefined)
    .map(
      (r) =>
        `| ${cell(r.metric)} | ${cell(`${r.value} ${r.unit}`.trim())} | ${cell(r.target)} | ${cell(r.floor)} | ${
          r.ratio === undefined ? '' : `${r.ratio}x`
        } | ${r.ok ? 'ok' : 'missed'} |`,
    ),
]
writeFileSync('bench/results/latest.md', `${table.join('\n')}\n`)
const missed = results.filter((r) => r.ok === false)
console.log(
  `\n${results.length} figures, ${missed.length} targets missed${missed.length ? `: ${missed.map((m) => m.metric).join('; ')}` : ''}`,
)
