import { describe, expect, it } from 'vitest'
import { applyQuestionEdits, emptyEdits, moveInOrder } from './edits'
import type { GeneratedQuestion } from './questions'

const q = (id: string): GeneratedQuestion => ({ id, text: `Text ${id}`, cites: id, evidence: [], sourceIds: [] })
const generated = [q('gap:A1'), q('gap:A2'), q('claim:x')]

describe('applyQuestionEdits', () => {
  it('shows the generated list as it is when nothing was changed', () => {
    expect(applyQuestionEdits(generated, emptyEdits).map((e) => e.id)).toEqual(['gap:A1', 'gap:A2', 'claim:x'])
  })
  it("keeps the person's wording, removals, own questions and order", () => {
    const shown = applyQuestionEdits(generated, {
      ...emptyEdits,
      texts: { 'gap:A2': 'My words' },
      removed: ['gap:A1'],
      custom: [{ id: 'custom:1', text: 'Mine?' }],
      order: ['custom:1', 'claim:x'],
    })
    expect(shown.map((e) => [e.id, e.text, e.edited, e.custom])).toEqual([
      ['custom:1', 'Mine?', false, true],
      ['claim:x', 'Text claim:x', false, false],
      ['gap:A2', 'My words', true, false],
    ])
  })
})

describe('moveInOrder', () => {
  it('moves a question up or down one place and not past either end', () => {
    expect(moveInOrder(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b'])
    expect(moveInOrder(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c'])
    expect(moveInOrder(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b'])
  })
})
