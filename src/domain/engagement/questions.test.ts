import { describe, expect, it } from 'vitest'
import { claims } from '../../../mocks/data/claims'
import { engagementTemplates } from '../../../mocks/data/engagement'
import type { Claim } from '../claims/schema'
import { generateQuestions, type AssessmentGap } from './questions'

const gap = (itemId: string, answer: AssessmentGap['answer'], redFlag = false): AssessmentGap => ({
  itemId,
  question: `Question of ${itemId}?`,
  answer,
  redFlag,
  evidence: [{ text: `Evidence for ${itemId}`, sourceIds: ['iahr-2019'] }],
})

const oneClaim = (id: string, status: Claim['status']): Claim => ({
  ...(claims[0] as Claim),
  id,
  status,
  statement: `Statement ${id}`,
})

describe('generateQuestions', () => {
  it('quotes a claim given as a quotation, and never puts a paraphrase in quotation marks', () => {
    const questions = generateQuestions({
      companyName: 'Palantir',
      audience: 'company',
      gaps: [],
      claims: claims.filter((c) => c.id === 'democracy-decides' || c.id === 'hsi-only'),
      templates: { ...engagementTemplates, questionTemplates: [] },
    })
    const text = (id: string) => questions.find((q) => q.id === `claim:${id}`)?.text ?? ''
    expect(text('hsi-only')).toContain('Palantir has said: "The sole sub-directorate')
    expect(text('democracy-decides')).toContain('Palantir has said: (in paraphrase) Karp said that')
    expect(text('democracy-decides')).not.toContain('"')
  })

  it('asks about red-flag gaps first, then No before Unknown before Partial', () => {
    const questions = generateQuestions({
      companyName: 'Palantir',
      audience: 'company',
      gaps: [gap('A2', 'partial'), gap('A7', 'unknown'), gap('A3', 'no'), gap('A6', 'partial', true)],
      claims: [],
      templates: { ...engagementTemplates, questionTemplates: [] },
    })
    expect(questions.map((q) => q.id)).toEqual(['gap:A6', 'gap:A3', 'gap:A7', 'gap:A2'])
    expect(questions[1]?.text).toBe(
      'Our assessment of Palantir found this unmet (no): "Question of A3?" What will Palantir do about it, and by when?',
    )
    expect(questions[0]?.cites).toBe('Checklist A6 (partial, red flag)')
  })

  it("uses a template's wording for a gap it covers and does not ask the template again", () => {
    const questions = generateQuestions({
      companyName: 'Palantir',
      audience: 'company',
      gaps: [gap('D18', 'no')],
      claims: [],
      templates: engagementTemplates,
    })
    expect(questions[0]).toMatchObject({
      id: 'gap:D18',
      text: 'As per its responsibilities under the UN [Guiding] Principles on Business and Human Rights, does Palantir intend to provide any remedy to people harmed through the use of its products?',
      cites: "Checklist D18 (no); Amnesty International's question 5 (10 Sept 2020)",
    })
    expect(questions.filter((q) => q.id === 'template:amnesty-q5')).toEqual([])
    expect(questions.map((q) => q.id)).toEqual([
      'gap:D18',
      'template:amnesty-q1',
      'template:amnesty-q2',
      'template:amnesty-q3',
      'template:amnesty-q4',
      'template:disclosure',
      'template:suspension',
      'template:iahr-risk-management',
    ])
  })

  it('orders contested claims by the strength of the finding and words them for the audience', () => {
    const questions = generateQuestions({
      companyName: 'Palantir',
      audience: 'asset manager',
      gaps: [],
      claims: [oneClaim('b', 'unverified'), oneClaim('a', 'contradicted by records')],
      templates: { ...engagementTemplates, questionTemplates: [] },
    })
    expect(questions.map((q) => q.id)).toEqual(['claim:a', 'claim:b'])
    expect(questions[0]?.text).toBe(
      'Palantir has said: "Statement a" We rate this claim contradicted by records. Will you ask Palantir for evidence that supports it?',
    )
  })

  it('drops a question whose wording repeats an earlier one', () => {
    const questions = generateQuestions({
      companyName: 'Palantir',
      audience: 'company',
      gaps: [],
      claims: [oneClaim('x', 'disputed'), oneClaim('x2', 'disputed')].map((c) => ({ ...c, statement: 'Same words' })),
      templates: { ...engagementTemplates, questionTemplates: [] },
    })
    expect(questions).toHaveLength(1)
  })

  it('asks only the published templates when nothing is answered and no claim is contested', () => {
    const questions = generateQuestions({
      companyName: 'Palantir',
      audience: 'proxy advisor',
      gaps: [],
      claims: [],
      templates: engagementTemplates,
    })
    expect(questions).toHaveLength(engagementTemplates.questionTemplates.length)
    expect(questions.every((q) => q.id.startsWith('template:'))).toBe(true)
  })
})
