import { describe, expect, it } from 'vitest'
import { claims } from '../../../mocks/data/claims'
import { engagementTemplates } from '../../../mocks/data/engagement'
import type { Claim } from '../claims/schema'
import { generateQuestions, PRIORITY, type AssessmentGap } from './questions'

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
  statement: `Statement ${id}.`,
})

const noTemplates = { ...engagementTemplates, questionTemplates: [] }
const company = 'Palantir Technologies'

describe('generateQuestions', () => {
  it('puts red flags first, then contradicted claims, then gaps by what they lack', () => {
    const questions = generateQuestions({
      companyName: company,
      audience: 'company',
      gaps: [gap('C14', 'partial'), gap('B8', 'unknown'), gap('C15', 'no'), gap('E20', 'partial', true)],
      claims: [oneClaim('x', 'contradicted by records')],
      templates: noTemplates,
    })
    expect(questions.map((q) => q.id)).toEqual(['gap:E20', 'claim:x', 'gap:C15', 'gap:B8', 'gap:C14'])
    expect(questions[0]).toMatchObject({
      cites: 'Checklist E20 (partly, red flag)',
      theme: 'transparency',
      redFlag: true,
    })
  })

  it('words a gap with its written topic so it stands alone, in plain words', () => {
    const [q] = generateQuestions({
      companyName: company,
      audience: 'company',
      gaps: [gap('C15', 'unknown')],
      claims: [],
      templates: noTemplates,
    })
    expect(q?.text).toBe(
      'Palantir Technologies has not disclosed whether it tracks whether its human rights safeguards on the ICM and FALCON contracts with ICE work, and reports the results. Will Palantir Technologies publish the results of that tracking, and by what date?',
    )
    expect(q?.cites).toBe('Checklist C15 (not disclosed)')
    expect(q?.theme).toBe('due diligence')
  })

  it('opens a gap question with its sourced basis, the company named', () => {
    const [q] = generateQuestions({
      companyName: company,
      audience: 'company',
      gaps: [gap('C11', 'no')],
      claims: [],
      templates: noTemplates,
    })
    expect(q?.text).toBe(
      'Amnesty International said in September 2020 that Palantir Technologies had “failed to provide evidence of any due diligence steps taken to prevent its technology being used to facilitate human rights violations by the immigration agency”. Palantir Technologies has not shown that it has carried out a human rights impact assessment of its ICM and FALCON contracts with ICE’s Homeland Security Investigations (HSI) division. Will Palantir Technologies publish the assessment and its findings, and by what date?',
    )
    expect(q?.sourceIds).toContain('amnesty-uk-2020-09')
  })

  it('pairs an answered published question with the company’s answer and asks the follow-up', () => {
    const questions = generateQuestions({
      companyName: company,
      audience: 'company',
      gaps: [gap('D18', 'no')],
      claims: [],
      templates: engagementTemplates,
    })
    const remedy = questions.find((q) => q.id === 'gap:D18')
    expect(remedy?.priorAnswer).toMatchObject({
      origin: 'Amnesty International’s question 5 (10 Sept 2020)',
      answer: {
        text: 'Given that we provide HSI with case management and analytics software, we accept that there are moral implications for how our technology may be used in immigration enforcement.',
        citation: 'Palantir’s letter to Amnesty International, 18 September 2020',
        sourceIds: ['palantir-letter-2020-09-18'],
      },
    })
    expect(remedy?.text).toMatch(/^Palantir Technologies’ letter of 18 September 2020 accepts “moral implications”/)
    expect(remedy?.text).not.toContain(remedy?.priorAnswer?.published ?? 'none')
    expect(questions.some((q) => q.id === 'template:amnesty-q5')).toBe(false)
    // Every one of Amnesty's five questions is a follow-up now, never the question again word for word.
    const amnesty = questions.filter((q) => q.priorAnswer)
    expect(amnesty.map((q) => q.id)).toEqual([
      'gap:D18',
      'template:amnesty-q1',
      'template:amnesty-q2',
      'template:amnesty-q3',
      'template:amnesty-q4',
    ])
    for (const q of amnesty) {
      expect(q.priority).toBe(PRIORITY.followUp)
      expect(q.text).not.toBe(q.priorAnswer?.published)
    }
  })

  it('fits a claim question to its status and names the record', () => {
    const byId = (id: string) => claims.find((c) => c.id === id) as Claim
    const questions = generateQuestions({
      companyName: company,
      audience: 'company',
      gaps: [],
      claims: [byId('moral-implications'), byId('no-ero-work')],
      templates: noTemplates,
    })
    expect(questions.map((q) => q.id)).toEqual(['claim:no-ero-work', 'claim:moral-implications'])
    expect(questions[0]?.text).toMatch(
      /^Palantir Technologies told The New York Times in December 2018: “.+” This is contradicted by the DHS Privacy Impact Assessment for ICM \(2016\).+ Will Palantir Technologies publish the evidence for its statement, or correct it\?$/,
    )
    expect(questions[1]?.text).toMatch(
      /What has Palantir Technologies changed in its work in response, and what will it change next\?$/,
    )
    expect(questions[1]?.theme).toBe('remedy')
  })

  it('gives each audience its own wording of the same question', () => {
    const texts = (['company', 'asset manager', 'proxy advisor'] as const).map(
      (audience) =>
        generateQuestions({ companyName: company, audience, gaps: [], claims: [], templates: engagementTemplates })[0]
          ?.text,
    )
    expect(new Set(texts).size).toBe(3)
    expect(texts[1]).toMatch(/^Palantir Technologies’ letter of 18 September 2020 describes a team/)
  })

  it('drops a question whose wording repeats an earlier one', () => {
    const questions = generateQuestions({
      companyName: company,
      audience: 'company',
      gaps: [],
      claims: [oneClaim('x', 'disputed'), oneClaim('x2', 'disputed')].map((c) => ({ ...c, statement: 'Same words' })),
      templates: noTemplates,
    })
    expect(questions).toHaveLength(1)
  })
})
