import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cssVarName, PALETTE, themeCss } from './theme'

// Tests run from the repository's root (as the other file-reading tests assume).
const SRC = 'src'

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  )
}
const sources = files(SRC).filter((f) => /\.(css|tsx?)$/.test(f) && !/\.test\.tsx?$/.test(f))

describe('the theme', () => {
  it('writes one CSS variable per palette colour, named by its role', () => {
    const css = themeCss()
    expect(css).toContain('  --ink: #1b1f24;\n')
    expect(css).toContain('  --answered-edge: #1a5fb4;\n')
    expect(css.match(/--[a-z-]+:/g)).toHaveLength(Object.keys(PALETTE).length)
    expect(cssVarName('bandNegligible')).toBe('--band-negligible')
  })

  it('is the only file that writes a colour: the stylesheets and charts refer to it', () => {
    const hex = /(?<=[\s:'"(,])#[0-9a-fA-F]{3,8}\b/g
    const offenders = sources
      .filter((f) => !f.endsWith(join('components', 'theme.ts')))
      .flatMap((f) => (readFileSync(f, 'utf8').match(hex) ?? []).map((c) => `${relative(SRC, f)}: ${c}`))
    expect(offenders).toEqual([])
  })

  it('defines every CSS variable a stylesheet uses', () => {
    const defined = new Set(Object.keys(PALETTE).map(cssVarName))
    const css = sources.filter((f) => f.endsWith('.css')).map((f) => readFileSync(f, 'utf8'))
    for (const sheet of css) for (const [, name] of sheet.matchAll(/(--[a-z0-9-]+)\s*:/g)) defined.add(name!)
    const used = css.flatMap((sheet) => [...sheet.matchAll(/var\((--[a-z0-9-]+)/g)].map((m) => m[1]))
    expect(used.filter((name) => !defined.has(name!))).toEqual([])
  })
})
