import { describe, expect, it } from 'vitest'
import {
  applyQuestionEdits,
  arrangeQuestions,
  emptyAudienceEdits,
  moveInOrder,
  moveWithinGroup,
  SHORT_LIST_SIZE,
  type AudienceEdits,
} from './edits'
import type { GeneratedQuestion } from './questions'
import type { Theme } from './schema'

const q = (id: string, priority = 5, theme: Theme = 'governance'): GeneratedQuestion => ({
  id,
  text: `Text ${id}`,
  cites: id,
  evidence: [],
  sourceIds: [],
  theme,
  priority,
  redFlag: priority === 0,
  priorAnswer: null,
})
const generated = [q('gap:A1'), q('gap:A2'), q('claim:x')]
const edits = (change: Partial<AudienceEdits>): AudienceEdits => ({ ...emptyAudienceEdits, ...change })

describe('applyQuestionEdits', () => {
  it('shows the generated list as it is when nothing was changed', () => {
    expect(applyQuestionEdits(generated, emptyAudienceEdits).map((e) => e.id)).toEqual(['gap:A1', 'gap:A2', 'claim:x'])
  })
  it("keeps the person's wording, removals, own questions and order", () => {
    const shown = applyQuestionEdits(
      generated,
      edits({
        texts: { 'gap:A2': 'My words' },
        removed: ['gap:A1'],
        custom: [{ id: 'custom:1', text: 'Mine?', theme: 'remedy' }],
        order: ['custom:1', 'claim:x'],
      }),
    )
    expect(shown.map((e) => [e.id, e.text, e.edited, e.custom])).toEqual([
      ['custom:1', 'Mine?', false, true],
      ['claim:x', 'Text claim:x', false, false],
      ['gap:A2', 'My words', true, false],
    ])
  })
  it('keeps an emptied question, marked empty, with the suggested wording to restore', () => {
    const [first] = applyQuestionEdits(generated, edits({ texts: { 'gap:A1': '   ' } }))
    expect(first).toMatchObject({ id: 'gap:A1', empty: true, generatedText: 'Text gap:A1' })
  })
})

describe('arrangeQuestions', () => {
  const many = [
    q('claim:c', 1, 'contracts and use'),
    q('gap:red', 0, 'remedy'),
    ...Array.from({ length: 10 }, (_, i) => q(`gap:${i}`, 5, i % 2 ? 'due diligence' : 'transparency')),
  ]
  it('puts the most important questions on a short list by theme and the rest in the appendix', () => {
    const arranged = arrangeQuestions(many, emptyAudienceEdits)
    const short = arranged.shortList.flatMap((g) => g.questions.map((x) => x.id))
    expect(short).toHaveLength(SHORT_LIST_SIZE)
    expect(short).toContain('gap:red')
    expect(short).toContain('claim:c')
    // The red flag's theme first, then the contradicted claim's, then the rest in the default order.
    expect(arranged.shortList.map((g) => g.theme)).toEqual([
      'remedy',
      'contracts and use',
      'due diligence',
      'transparency',
    ])
    expect(arranged.appendix.map((x) => x.id)).toEqual(['gap:6', 'gap:7', 'gap:8', 'gap:9'])
  })
  it("follows the person's promotions, demotions and theme order", () => {
    const arranged = arrangeQuestions(
      many,
      edits({ promoted: ['gap:9'], demoted: ['claim:c'], themeOrder: ['remedy', 'transparency'] }),
    )
    expect(arranged.shortList.map((g) => g.theme)).toEqual(['remedy', 'transparency', 'due diligence'])
    expect(arranged.shortList.flatMap((g) => g.questions.map((x) => x.id))).toContain('gap:9')
    expect(arranged.appendix.map((x) => x.id)).toContain('claim:c')
  })
})

describe('moving questions', () => {
  it('moves a question up or down one place and not past either end', () => {
    expect(moveInOrder(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b'])
    expect(moveInOrder(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c'])
    expect(moveInOrder(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b'])
  })
  it('swaps with the neighbour in its own theme, whatever lies between them', () => {
    expect(moveWithinGroup(['a1', 'b1', 'a2', 'b2'], ['a1', 'a2'], 'a2', -1)).toEqual(['a2', 'b1', 'a1', 'b2'])
    expect(moveWithinGroup(['a1', 'b1'], ['a1'], 'a1', 1)).toEqual(['a1', 'b1'])
  })
})
