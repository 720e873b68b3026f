import { describe, expect, it } from 'vitest'
import { checklistTemplateSchema, suggestionsResponseSchema } from '../../src/domain/checklist/schema'
import { checklistTemplate, palantirSuggestions, syntheticTemplate } from './checklist'
import { claims } from './claims'
import { sources } from './sources'

const itemIds = checklistTemplate.sections.flatMap((s) => s.items.map((i) => i.id))

describe('the checklist fixtures', () => {
  it('parse against the schemas the client uses', () => {
    for (const [schema, data] of [
      [checklistTemplateSchema, checklistTemplate],
      [checklistTemplateSchema, syntheticTemplate(200)],
      [suggestionsResponseSchema, palantirSuggestions],
    ] as const) {
      const result = schema.safeParse(data)
      expect(result.success ? [] : result.error.issues).toEqual([])
    }
  })

  it('number the items as the outline does: A1..A7, B8..B10, C11..C16, D17, D18, E19..E21, F22..F27', () => {
    const expected = [
      ...['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7'],
      ...['B8', 'B9', 'B10'],
      ...['C11', 'C12', 'C13', 'C14', 'C15', 'C16'],
      ...['D17', 'D18', 'E19', 'E20', 'E21'],
      ...['F22', 'F23', 'F24', 'F25', 'F26', 'F27'],
    ]
    expect(itemIds).toEqual(expected)
  })

  it('refer only to items that exist (suggestions, red flags and the claims)', () => {
    const known = new Set(itemIds)
    const referenced = [
      ...palantirSuggestions.suggestions.map((s) => s.itemId),
      ...checklistTemplate.scoring.redFlags.flatMap((r) => r.when.map((c) => c.itemId)),
      ...claims.flatMap((c) => c.checklistItemIds),
    ]
    expect(referenced.filter((id) => !known.has(id))).toEqual([])
  })

  it('cite only sources that exist', () => {
    const known = new Set(sources.map((s) => s.id))
    const cited = palantirSuggestions.suggestions.flatMap((s) => s.evidence.flatMap((e) => e.sourceIds))
    expect(cited.filter((id) => !known.has(id))).toEqual([])
  })

  it('suggest no answers for the investor’s own actions', () => {
    expect(palantirSuggestions.suggestions.filter((s) => s.itemId.startsWith('F'))).toEqual([])
  })

  it('build a synthetic template of exactly the size asked, labelled sample data', () => {
    const t = syntheticTemplate(200)
    expect(t.sections.flatMap((s) => s.items)).toHaveLength(200)
    expect(t.sampleData).toBe(true)
    expect(t.title).toMatch(/^Sample data/)
  })
})
