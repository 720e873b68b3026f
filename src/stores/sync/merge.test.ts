import { describe, expect, it, vi } from 'vitest'
import { changedFields, mergeDocuments, stampChanges } from './merge'

interface Doc {
  name: string
  answers: Record<string, { value: string }>
  notes: Record<string, string>
}
const base: Doc = { name: 'Case', answers: { A1: { value: 'yes' } }, notes: { A1: 'Hi' } }

describe('changedFields', () => {
  it.each([
    ['an answer', { ...base, answers: { A1: { value: 'no' } } }, ['answers/A1']],
    ['a new note', { ...base, notes: { A1: 'Hi', B2: 'x' } }, ['notes/B2']],
    ['a removed note', { ...base, notes: {} }, ['notes/A1']],
    ['the name', { ...base, name: 'Other' }, ['name']],
    ['nothing', { ...base }, []],
  ])('names %s as the changed field', (_what, after, paths) => {
    expect(changedFields(base, after)).toEqual(paths)
  })

  it('names list entries with an id one by one, and their order', () => {
    const before = { custom: [{ id: 'q1', text: 'a' }] }
    const after = {
      custom: [
        { id: 'q2', text: 'b' },
        { id: 'q1', text: 'a' },
      ],
    }
    expect(changedFields(before, after)).toEqual(['custom/#q2', 'custom/#order'])
  })

  it('compares as storage keeps them: a field set to undefined is no field, and key order counts', () => {
    expect(changedFields({ a: 1, b: { x: 1 } }, { a: 1, b: { x: 1, y: undefined } }, 1)).toEqual([])
    expect(changedFields({ a: 1, b: { x: 1, y: 2 } }, { a: 1, b: { y: 2, x: 1 } }, 1)).toEqual(['b'])
    expect(changedFields({ list: [1, null] }, { list: [1, undefined] }, 1)).toEqual([])
    expect(changedFields({ list: [1, 2] }, { list: [1, 2, 3] }, 1)).toEqual(['list'])
  })

  it('tells a new 100,000-position portfolio from the last one without turning either into text', () => {
    const positions = Array.from({ length: 100_000 }, (_, i) => ({ line: i, ticker: `T${i}`, valueCents: i }))
    const before = { portfolio: { label: 'a.csv', positions }, fundFiles: [] }
    const after = { portfolio: { label: 'b.csv', positions: positions.slice() }, fundFiles: [] }
    const stringify = vi.spyOn(JSON, 'stringify')
    expect(changedFields(undefined, after, 1)).toEqual(['portfolio', 'fundFiles'])
    expect(changedFields({ portfolio: null, fundFiles: [] }, after, 1)).toEqual(['portfolio'])
    expect(changedFields(before, after, 1)).toEqual(['portfolio'])
    expect(changedFields(before, { ...before, portfolio: { ...before.portfolio } }, 1)).toEqual([])
    expect(stringify).not.toHaveBeenCalled()
    stringify.mockRestore()
  })
})

describe('stampChanges', () => {
  it('stamps only the changed fields, and never moves a field’s time backwards', () => {
    const clock = stampChanges(base, { ...base, notes: { A1: 'Hi!' } }, { 'notes/A1': 500, name: 1 }, 100)
    expect(clock).toEqual({ 'notes/A1': 501, name: 1 })
  })
})

describe('mergeDocuments', () => {
  it('keeps both tabs’ answers to different items', () => {
    const mine: Doc = { ...base, answers: { A1: { value: 'yes' }, B8: { value: 'no' } } }
    const theirs: Doc = { ...base, answers: { A1: { value: 'yes' }, C12: { value: 'partial' } } }
    const merged = mergeDocuments(mine, { 'answers/B8': 10 }, theirs, { 'answers/C12': 11 })
    expect(merged.value.answers).toEqual({ A1: { value: 'yes' }, B8: { value: 'no' }, C12: { value: 'partial' } })
    expect(merged.replacedLocal).toEqual([])
  })

  it('keeps every character typed into two different notes at the same time', () => {
    const mine = { ...base, notes: { A1: 'Hi there', B2: '' } }
    const theirs = { ...base, notes: { A1: 'Hi', B2: 'Second tab' } }
    const merged = mergeDocuments(mine, { 'notes/A1': 20 }, theirs, { 'notes/B2': 21 })
    expect(merged.value.notes).toEqual({ A1: 'Hi there', B2: 'Second tab' })
  })

  it.each([
    ['the other tab’s newer answer wins and replaces mine', 10, 20, 'no', ['answers/A1']],
    ['my newer answer wins over the other tab’s older one', 30, 20, 'partial', []],
  ])('%s', (_what, mineAt, theirsAt, expected, replaced) => {
    const mine = { ...base, answers: { A1: { value: 'partial' } } }
    const theirs = { ...base, answers: { A1: { value: 'no' } } }
    const merged = mergeDocuments(mine, { 'answers/A1': mineAt }, theirs, { 'answers/A1': theirsAt })
    expect(merged.value.answers.A1?.value).toBe(expected)
    expect(merged.replacedLocal).toEqual(replaced)
    expect(merged.clock['answers/A1']).toBe(Math.max(mineAt, theirsAt))
  })

  it('keeps a note deleted later than it was written deleted', () => {
    const mine = { ...base, notes: {} }
    const merged = mergeDocuments(mine, { 'notes/A1': 50 }, base, { 'notes/A1': 40 })
    expect(merged.value.notes).toEqual({})
  })

  it('keeps questions added in two tabs, in a stable order', () => {
    const mine = {
      custom: [
        { id: 'q1', text: 'one' },
        { id: 'q2', text: 'mine' },
      ],
    }
    const theirs = {
      custom: [
        { id: 'q1', text: 'one' },
        { id: 'q3', text: 'theirs' },
      ],
    }
    const a = mergeDocuments(mine, { 'custom/#q2': 5, 'custom/#order': 5 }, theirs, {
      'custom/#q3': 6,
      'custom/#order': 6,
    })
    const b = mergeDocuments(theirs, { 'custom/#q3': 6, 'custom/#order': 6 }, mine, {
      'custom/#q2': 5,
      'custom/#order': 5,
    })
    expect(a.value.custom.map((q) => q.id)).toEqual(['q1', 'q3', 'q2'])
    expect(b.value).toEqual(a.value)
  })

  it('agrees in both tabs on a tie, whichever tab merges', () => {
    const mine = { name: 'B' }
    const theirs = { name: 'A' }
    const one = mergeDocuments(mine, { name: 7 }, theirs, { name: 7 }).value
    const two = mergeDocuments(theirs, { name: 7 }, mine, { name: 7 }).value
    expect(one).toEqual(two)
  })

  it('merges one level deeper when asked (a company’s question texts)', () => {
    type Texts = { byCompany: Record<string, { texts: Record<string, string> }> }
    const mine: Texts = { byCompany: { p: { texts: { a: 'mine' } } } }
    const theirs: Texts = { byCompany: { p: { texts: { b: 'theirs' } } } }
    const merged = mergeDocuments(mine, { 'byCompany/p/texts/a': 1 }, theirs, { 'byCompany/p/texts/b': 2 }, 4)
    expect(merged.value).toEqual({ byCompany: { p: { texts: { a: 'mine', b: 'theirs' } } } })
  })

  it('keeps a key named __proto__ as data', () => {
    const theirs = JSON.parse('{"notes":{"__proto__":"x"}}') as { notes: Record<string, string> }
    const merged = mergeDocuments({ notes: {} }, {}, theirs, { 'notes/__proto__': 1 })
    expect(Object.prototype.hasOwnProperty.call(merged.value.notes, '__proto__')).toBe(true)
    expect(Object.getPrototypeOf(merged.value.notes)).toBe(Object.prototype)
  })
})
