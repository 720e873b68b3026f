import { describe, expect, it } from 'vitest'
import { checklistTemplate, palantirSuggestions } from '../../../mocks/data/checklist'
import { scoreRange } from './range'
import { answerValues, type Answers, type AnswerValue, type ChecklistTemplate } from './schema'
import { scoreAssessment } from './score'

function answers(values: Record<string, AnswerValue>): Answers {
  return Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value, answeredAt: 0 }]))
}

type Rules = ChecklistTemplate['scoring']['redFlags']

function smallTemplate(
  exposure: number[],
  management: number[],
  redFlags: Rules,
  scoring: Partial<ChecklistTemplate['scoring']> = {},
): ChecklistTemplate {
  const items = (letter: string, weights: number[]) =>
    weights.map((weight, i) => ({ id: `${letter}${i + 1}`, question: `${letter}${i + 1}?`, frameworks: ['x'], weight }))
  return {
    ...checklistTemplate,
    sections: [
      { id: 'A', title: 'Exposure', kind: 'exposure', frameworks: [], items: items('A', exposure) },
      { id: 'B', title: 'Management', kind: 'management', frameworks: [], items: items('B', management) },
      { id: 'F', title: 'Investor', kind: 'investor', frameworks: [], items: items('F', [1]) },
    ],
    scoring: { ...checklistTemplate.scoring, redFlags, ...scoring },
  }
}

const flag = (id: string, when: Rules[number]['when'], minimumBand: Rules[number]['minimumBand']) => ({
  id,
  title: id,
  reason: id,
  when,
  minimumBand,
})

/** Small templates that exercise the awkward cases: flags across kinds, a zero weight, odd credits. */
const templates: [string, ChecklistTemplate, Answers[]][] = [
  [
    'two flags across exposure and management',
    smallTemplate(
      [1, 2],
      [3, 1],
      [
        flag(
          'harm',
          [
            { itemId: 'A1', answers: ['yes', 'partial'] },
            { itemId: 'B1', answers: ['no', 'unknown'] },
          ],
          'high',
        ),
        flag(
          'unknowns',
          [
            { itemId: 'A2', answers: ['unknown'] },
            { itemId: 'B2', answers: ['no'] },
          ],
          'medium',
        ),
      ],
    ),
    // The investor's answers decide whether "everything Not applicable" scores at all.
    [{}, answers({ F1: 'na' }), answers({ F1: 'yes' })],
  ],
  [
    'a one-condition Severe flag, a flag on Not applicable and a zero weight',
    smallTemplate(
      [2, 0, 1],
      [1, 3],
      [
        flag('denied', [{ itemId: 'B2', answers: ['no'] }], 'severe'),
        flag(
          'dodged',
          [
            { itemId: 'A1', answers: ['na'] },
            { itemId: 'B1', answers: ['unknown', 'na'] },
          ],
          'low',
        ),
      ],
    ),
    [{}, answers({ F1: 'yes' })],
  ],
  [
    'odd credits and bands, no flags',
    smallTemplate([1, 3], [2, 1], [], {
      exposureCredit: { yes: 1, partial: 0.75, unknown: 0.25, no: 0 },
      managementCredit: { yes: 0.75, partial: 0.5, unknown: 0.25, no: 0 },
      bands: [
        { id: 'negligible', label: 'Negligible', min: 0 },
        { id: 'low', label: 'Low', min: 5 },
        { id: 'medium', label: 'Medium', min: 12.5 },
        { id: 'high', label: 'High', min: 50 },
        { id: 'severe', label: 'Severe', min: 75 },
      ],
    }),
    [{}],
  ],
]

/** Every way of answering the unanswered company items, scored by scoreAssessment itself. */
function bruteForce(template: ChecklistTemplate, given: Answers) {
  const open = template.sections
    .filter((s) => s.kind !== 'investor')
    .flatMap((s) => s.items.map((i) => i.id))
    .filter((id) => !given[id])
  const bands = template.scoring.bands
  const rank = (id: string) => bands.findIndex((b) => b.id === id)
  let low = Infinity
  let high = -Infinity
  let lowRank = Infinity
  let highRank = -Infinity
  const visit = (i: number, acc: Answers) => {
    const id = open[i]
    if (id === undefined) {
      const s = scoreAssessment(template, acc)
      if (s.status !== 'scored' || s.unmanaged === null || !s.band) return
      low = Math.min(low, s.unmanaged)
      high = Math.max(high, s.unmanaged)
      lowRank = Math.min(lowRank, rank(s.band.id))
      highRank = Math.max(highRank, rank(s.band.id))
      return
    }
    for (const value of answerValues) visit(i + 1, { ...acc, [id]: { value, answeredAt: 0 } })
  }
  visit(0, given)
  return low === Infinity
    ? { low: null, high: null, lowBand: null, highBand: null }
    : { low, high, lowBand: bands[lowRank]?.id, highBand: bands[highRank]?.id }
}

/** Every partial state of the company items: each unanswered or given one of the five answers. */
function* partialStates(template: ChecklistTemplate, investor: Answers): Generator<Answers> {
  const ids = template.sections.filter((s) => s.kind !== 'investor').flatMap((s) => s.items.map((i) => i.id))
  const choices: (AnswerValue | undefined)[] = [undefined, ...answerValues]
  const counters = ids.map(() => 0)
  for (;;) {
    const state: Answers = { ...investor }
    ids.forEach((id, i) => {
      const value = choices[counters[i] ?? 0]
      if (value) state[id] = { value, answeredAt: 0 }
    })
    yield state
    let k = 0
    while (k < counters.length && (counters[k] = ((counters[k] ?? 0) + 1) % choices.length) === 0) k += 1
    if (k === counters.length) return
  }
}

describe('scoreRange against brute force', () => {
  it.each(templates)(
    'finds the exact bounds of U and of the band in every partial state (%s)',
    (_, template, investorStates) => {
      let checked = 0
      for (const investor of investorStates) {
        for (const state of partialStates(template, investor)) {
          const range = scoreRange(template, state)
          const truth = bruteForce(template, state)
          const got = {
            low: range.low,
            high: range.high,
            lowBand: range.lowBand?.id ?? null,
            highBand: range.highBand?.id ?? null,
          }
          if (JSON.stringify(got) !== JSON.stringify(truth)) {
            expect({ state: Object.keys(state).map((k) => `${k}=${state[k]?.value}`), ...got }).toEqual({
              state: Object.keys(state).map((k) => `${k}=${state[k]?.value}`),
              ...truth,
            })
          }
          checked += 1
        }
      }
      expect(checked).toBeGreaterThan(1000)
    },
    60_000,
  )
})

describe('scoreRange with the investor checklist', () => {
  it('runs from 0 to 100 over every band before anything is answered', () => {
    const range = scoreRange(checklistTemplate, {})
    expect([range.remaining, range.low, range.high, range.lowBand?.id, range.highBand?.id, range.settled]).toEqual([
      21,
      0,
      100,
      'negligible',
      'severe',
      false,
    ])
  })

  it.each(
    checklistTemplate.sections
      .filter((s) => s.kind !== 'investor')
      .flatMap((s) => s.items.flatMap((i) => answerValues.map((v) => [i.id, v] as const))),
  )('never settles on one band from one answer (%s = %s)', (itemId, value) => {
    const range = scoreRange(checklistTemplate, answers({ [itemId]: value }))
    expect(range.settled).toBe(false)
    expect(range.lowBand?.id).not.toBe(range.highBand?.id)
  })

  it('gives 0 to 100 after accepting A1 (Yes): the rest could still manage or remove the exposure', () => {
    const range = scoreRange(checklistTemplate, answers({ A1: 'yes' }))
    expect([range.low, range.high, range.remaining]).toEqual([0, 100, 20])
  })

  it('holds the lowest band at High once a red flag is raised by the answers', () => {
    // Lowest U: E 3 of 15 (A4 alone) and M 62 of 70 (all else Yes): 20 x 8/70 = 2.3, Low, held at High.
    const range = scoreRange(checklistTemplate, answers({ A4: 'yes', D18: 'no' }))
    expect([range.low, range.lowBand?.id, range.highBand?.id]).toEqual([2.3, 'high', 'severe'])
  })

  it('settles at 0, Negligible, once every exposure item is No, whatever management remains', () => {
    const noExposure = answers({ A1: 'no', A2: 'no', A3: 'no', A4: 'no', A5: 'no', A6: 'no', A7: 'no' })
    const range = scoreRange(checklistTemplate, noExposure)
    expect([range.remaining, range.low, range.high, range.lowBand?.id, range.settled]).toEqual([
      14,
      0,
      0,
      'negligible',
      true,
    ])
  })

  it('is settled and equal to the score with every company item answered', () => {
    const accepted = answers(Object.fromEntries(palantirSuggestions.suggestions.map((s) => [s.itemId, s.answer])))
    const range = scoreRange(checklistTemplate, accepted)
    const score = scoreAssessment(checklistTemplate, accepted)
    expect([range.low, range.high, range.lowBand?.id, range.settled]).toEqual([
      score.unmanaged,
      score.unmanaged,
      score.band?.id,
      true,
    ])
  })
})
