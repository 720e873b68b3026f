import { readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { Passage } from '../../src/domain/sources/schema'
import { normaliseQuotation, quotationOccursIn, quotationsIn, singleQuotedSpans } from '../../src/domain/sources/quotes'
import { arrestStats } from './arrests'
import { palantirSuggestions } from './checklist'
import { claims } from './claims'
import { companies } from './companies'
import { contractAwards, reportedTotals } from './contracts'
import { engagementTemplates } from './engagement'
import { funds } from './funds'
import { operations } from './operations'
import { sources } from './sources'
import { timeline } from './timeline'

/** The project's seed texts live beside the repository, in ../shared/seeds. */
const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'seeds')
const seedText = (file: string) => normaliseQuotation(readFileSync(join(SEEDS, file), 'utf8'))

/** Keys whose strings are not prose: ids, addresses, and the passages themselves. */
const SKIP = new Set([
  'id',
  'url',
  'sourceIds',
  'passages',
  'statementPassage',
  'passage',
  'checklistItemIds',
  'published',
])

/** Every prose string in a record, and every passage it carries, however deep. */
function walk(value: unknown, strings: { path: string; text: string }[], passages: Passage[], path = ''): void {
  if (typeof value === 'string') strings.push({ path, text: value })
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, strings, passages, `${path}[${i}]`))
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'passages' && Array.isArray(v)) passages.push(...(v as Passage[]))
      else if ((key === 'statementPassage' || key === 'passage') && v) passages.push(v as Passage)
      // A company answer is itself quoted verbatim (checked against the seed in engagement.test.ts),
      // so words quoted from it in a question rest on it.
      else if (key === 'answer' && v && typeof v === 'object' && 'text' in v && 'sourceIds' in v) {
        const a = v as { text: string; sourceIds: string[] }
        passages.push({ sourceId: a.sourceIds[0] ?? '', text: a.text })
      }
      if (!SKIP.has(key)) walk(v, strings, passages, path ? `${path}.${key}` : key)
    }
  }
}

/** Every record of the data layer that a reader sees, named for the failure message. */
const records: { name: string; record: unknown }[] = [
  ...companies.map((r) => ({ name: `company ${r.id}`, record: r })),
  ...contractAwards.map((r) => ({ name: `award ${r.id}`, record: r })),
  ...reportedTotals.map((r) => ({ name: `total ${r.id}`, record: r })),
  ...arrestStats.map((r) => ({ name: `arrests ${r.id}`, record: r })),
  ...operations.map((r) => ({ name: `operation ${r.id}`, record: r })),
  ...claims.map((r) => ({ name: `claim ${r.id}`, record: r })),
  ...timeline.map((r) => ({ name: `event ${r.id}`, record: r })),
  ...palantirSuggestions.suggestions.map((r) => ({ name: `suggestion ${r.itemId}`, record: r })),
  ...engagementTemplates.questionTemplates.map((r) => ({ name: `question ${r.id}`, record: r })),
  ...engagementTemplates.ladder.map((r) => ({ name: `ladder ${r.id}`, record: r })),
  ...funds.map((r) => ({ name: `fund ${r.id}`, record: { facts: r.facts } })),
]

describe('quotations in the data layer', () => {
  it('carry the passage each comes from, and occur in it (whitespace and quote marks aside)', () => {
    const missing: string[] = []
    for (const { name, record } of records) {
      const strings: { path: string; text: string }[] = []
      const passages: Passage[] = []
      walk(record, strings, passages)
      for (const { path, text } of strings)
        for (const quotation of quotationsIn(text))
          if (!passages.some((p) => quotationOccursIn(quotation, p.text)))
            missing.push(`${name} ${path}: “${quotation}”`)
    }
    expect(missing).toEqual([])
  })

  it('use double quotation marks, so no quotation escapes the check', () => {
    const single: string[] = []
    for (const { name, record } of records) {
      const strings: { path: string; text: string }[] = []
      walk(record, strings, [])
      for (const { path, text } of strings)
        for (const span of singleQuotedSpans(text)) single.push(`${name} ${path}: '${span}'`)
    }
    expect(single).toEqual([])
  })

  it('quote passages from the seed texts exactly as the seeds print them', () => {
    const bySeed = new Map(sources.filter((s) => s.seed).map((s) => [s.id, s.seed as string]))
    const wrong: string[] = []
    for (const { name, record } of records) {
      const passages: Passage[] = []
      walk(record, [], passages)
      for (const p of passages) {
        const seed = bySeed.get(p.sourceId)
        if (seed && !quotationOccursIn(p.text, seedText(seed))) wrong.push(`${name}: ${p.text.slice(0, 60)}…`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('cite in every passage a source that exists', () => {
    const known = new Set(sources.map((s) => s.id))
    const unknown: string[] = []
    for (const { name, record } of records) {
      const passages: Passage[] = []
      walk(record, [], passages)
      unknown.push(...passages.filter((p) => !known.has(p.sourceId)).map((p) => `${name}: ${p.sourceId}`))
    }
    expect(unknown).toEqual([])
  })

  // A quoted claim is shown whole as the company's words (in a block quotation, and inside quotation
  // marks in questions and the briefing): every word of it, not only the words inside any inner
  // quotation marks, must be in the passage. ("Palantir “plays no role…”" put Mijente's framing in
  // the company's mouth.)
  it('give every quoted claim its passage, holding the whole statement; a claim without one is a paraphrase', () => {
    const bad = claims
      .filter((c) =>
        c.statementKind === 'quotation'
          ? !c.statementPassage || !quotationOccursIn(c.statement, c.statementPassage.text)
          : c.statementPassage !== undefined || quotationsIn(c.statement).length > 0,
      )
      .map((c) => c.id)
    expect(bad).toEqual([])
  })

  it('print each published question in the published words, with the passage that prints it', () => {
    const published = engagementTemplates.questionTemplates.filter((t) => t.published !== undefined)
    expect(published.length).toBeGreaterThan(0)
    const bad = published
      .filter((t) => !t.passage || !quotationOccursIn(t.published ?? '', t.passage.text))
      .map((t) => t.id)
    expect(bad).toEqual([])
  })

  it('keep Karp\u2019s “de minimis” words whole, with the clause that follows', () => {
    const claim = claims.find((c) => c.id === 'de-minimis')
    expect(claim?.statementKind).toBe('quotation')
    expect(normaliseQuotation(claim?.statement ?? '')).toContain("but it's a legitimate, complex issue")
  })
})
