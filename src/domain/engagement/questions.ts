import type { Claim, ClaimStatus } from '../claims/schema'
import type { Audience, CompanyAnswer, EngagementTemplates, Theme } from './schema'
import { fallbackSaid, possessive, wordClaimQuestion, wordGapQuestion } from './wording'

/** A checklist item the assessment found wanting: answered No, Partial or Unknown. */
export interface AssessmentGap {
  itemId: string
  /** The checklist item's question. */
  question: string
  answer: 'no' | 'partial' | 'unknown'
  redFlag: boolean
  evidence: { text: string; sourceIds: string[] }[]
}

/** A published question the company has already answered, shown with the answer. */
export interface PriorAnswer {
  /** Who asked and when: "Amnesty International's question 2 (10 Sept 2020)". */
  origin: string
  /** The question as published, verbatim. */
  published: string | null
  answer: CompanyAnswer
}

export interface GeneratedQuestion {
  /** Stable across regenerations and audiences: `gap:A12`, `claim:no-ero-work`, `template:amnesty-q1`. */
  id: string
  text: string
  /** What the question cites: the checklist item, the claim or the template. */
  cites: string
  evidence: { text: string; sourceIds: string[] }[]
  sourceIds: string[]
  theme: Theme
  /** Lower comes first: red flags, then contradicted claims, then follow-ups (see PRIORITY). */
  priority: number
  redFlag: boolean
  /** Set when the company already answered the published question: the text is the follow-up. */
  priorAnswer: PriorAnswer | null
}

/**
 * The order an advocate would raise things: a red flag, then a statement the records contradict,
 * then a follow-up to an answer the company already gave, then what it plainly lacks (No), then a
 * disputed statement, then what it has not disclosed, then published questions not yet answered,
 * partial gaps, unverified and acknowledged statements.
 */
export const PRIORITY = {
  redFlag: 0,
  contradicted: 1,
  followUp: 2,
  no: 3,
  disputed: 4,
  unknown: 5,
  published: 6,
  partial: 7,
  unverified: 8,
  acknowledged: 9,
} as const

const CLAIM_PRIORITY: Record<ClaimStatus, number> = {
  'contradicted by records': PRIORITY.contradicted,
  disputed: PRIORITY.disputed,
  unverified: PRIORITY.unverified,
  acknowledged: PRIORITY.acknowledged,
}

/** Themes for items with no written topic, by checklist section. */
const SECTION_THEME: Record<string, Theme> = {
  A: 'contracts and use',
  B: 'governance',
  C: 'due diligence',
  D: 'remedy',
  E: 'transparency',
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{([\w’]+)\}/g, (match, key: string) => values[key] ?? match)
}

const unique = (ids: string[]) => [...new Set(ids)]
const ANSWER_WORDS = { no: 'no', unknown: 'not disclosed', partial: 'partly' } as const

/**
 * The engagement questions for an audience, most important first (see PRIORITY): one per
 * checklist gap, one per contested claim, then the published questions not already asked through a
 * gap. A published question the company has answered becomes its follow-up, with the answer kept
 * beside it. A template that covers a gap's item lends the gap its wording, so nothing is asked
 * twice. Pure: the same input always gives the same list.
 */
export function generateQuestions(input: {
  companyName: string
  audience: Audience
  gaps: AssessmentGap[]
  claims: Claim[]
  templates: EngagementTemplates
}): GeneratedQuestion[] {
  const { companyName, audience, templates } = input
  const names = { company: companyName, 'company’s': possessive(companyName) }
  const usedTemplates = new Set<string>()
  const templateFor = (itemId: string) =>
    templates.questionTemplates.find((t) => t.checklistItemIds.includes(itemId) && !usedTemplates.has(t.id))
  const prior = (t: EngagementTemplates['questionTemplates'][number]): PriorAnswer | null =>
    t.answer ? { origin: t.origin, published: t.published ?? null, answer: t.answer } : null

  const gapQuestions = input.gaps.map((gap): GeneratedQuestion => {
    const template = templateFor(gap.itemId)
    if (template) usedTemplates.add(template.id)
    const found = templates.gapTopics.find((t) => t.itemId === gap.itemId)
    const topic = found && {
      ...found,
      basis: found.basis && { ...found.basis, text: fill(found.basis.text, names) },
    }
    const text = template
      ? fill(template.wording[audience], names)
      : wordGapQuestion({
          companyName,
          audience,
          answer: gap.answer,
          topic: topic ?? { subject: `this is met: ${gap.question}`, document: 'what would show it' },
        })
    const priority = gap.redFlag ? PRIORITY.redFlag : template?.answer ? PRIORITY.followUp : PRIORITY[gap.answer]
    return {
      id: `gap:${gap.itemId}`,
      text,
      cites: `Checklist ${gap.itemId} (${ANSWER_WORDS[gap.answer]}${gap.redFlag ? ', red flag' : ''})${template ? `; ${template.origin}` : ''}`,
      evidence: gap.evidence,
      sourceIds: unique([
        ...(topic?.basis?.sourceIds ?? []),
        ...gap.evidence.flatMap((e) => e.sourceIds),
        ...(template?.sourceIds ?? []),
        ...(template?.answer?.sourceIds ?? []),
      ]),
      theme: template?.theme ?? topic?.theme ?? SECTION_THEME[gap.itemId.charAt(0)] ?? 'governance',
      priority,
      redFlag: gap.redFlag,
      priorAnswer: template ? prior(template) : null,
    }
  })

  const claimQuestions = input.claims.map((claim): GeneratedQuestion => {
    const found = templates.claimTopics.find((t) => t.claimId === claim.id)
    const topic = found && {
      ...found,
      said: fill(found.said, names),
      record: fill(found.record, names),
      ...(found.reported ? { reported: fill(found.reported, names) } : {}),
    }
    return {
      id: `claim:${claim.id}`,
      text: wordClaimQuestion({
        companyName,
        audience,
        status: claim.status,
        statement: claim.statement,
        statementKind: claim.statementKind,
        topic: topic ?? {
          said: fallbackSaid(claim.statedBy, claim.statedOn),
          record: `the record cited with it (${claim.counterEvidence[0]?.text ?? 'see the Claims view'})`,
        },
      }),
      cites: `Claim by ${claim.statedBy} (${claim.status})`,
      evidence: claim.counterEvidence,
      sourceIds: unique([
        ...claim.statementSourceIds,
        ...(topic?.recordSourceIds ?? []),
        ...claim.counterEvidence.flatMap((e) => e.sourceIds),
      ]),
      theme: topic?.theme ?? 'transparency',
      priority: CLAIM_PRIORITY[claim.status],
      redFlag: false,
      priorAnswer: null,
    }
  })

  const templateQuestions = templates.questionTemplates
    .filter((t) => !usedTemplates.has(t.id))
    .map((t): GeneratedQuestion => ({
      id: `template:${t.id}`,
      text: fill(t.wording[audience], names),
      cites: t.origin,
      evidence: [],
      sourceIds: unique([...t.sourceIds, ...(t.answer?.sourceIds ?? [])]),
      theme: t.theme,
      priority: t.answer ? PRIORITY.followUp : PRIORITY.published,
      redFlag: false,
      priorAnswer: prior(t),
    }))

  const seen = new Set<string>()
  return [...gapQuestions, ...claimQuestions, ...templateQuestions]
    .map((q, i) => ({ q, i }))
    .sort((a, b) => a.q.priority - b.q.priority || a.i - b.i)
    .map(({ q }) => q)
    .filter((q) => {
      const key = q.text.trim().toLowerCase()
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
}
