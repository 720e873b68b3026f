import type { Claim, ClaimStatus } from '../claims/schema'
import type { Audience, EngagementTemplates } from './schema'

/** A checklist item the assessment found wanting: answered No, Partial or Unknown. */
export interface AssessmentGap {
  itemId: string
  /** The checklist item's question. */
  question: string
  answer: 'no' | 'partial' | 'unknown'
  redFlag: boolean
  evidence: { text: string; sourceIds: string[] }[]
}

export interface GeneratedQuestion {
  /** Stable across regenerations: `gap:A12`, `claim:no-ero-work`, `template:amnesty-q1`. */
  id: string
  text: string
  /** What the question cites: the checklist item, the claim or the template. */
  cites: string
  evidence: { text: string; sourceIds: string[] }[]
  sourceIds: string[]
}

/** Gaps first, red flags before the rest; a No weighs more than an Unknown, an Unknown more than a Partial. */
const ANSWER_RANK = { no: 0, unknown: 1, partial: 2 } as const
/** Claims the records contradict come before disputed, unverified and acknowledged ones. */
const STATUS_RANK: Record<ClaimStatus, number> = {
  'contradicted by records': 0,
  disputed: 1,
  unverified: 2,
  acknowledged: 3,
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match)
}

const unique = (ids: string[]) => [...new Set(ids)]

/**
 * The engagement questions for an audience: one per checklist gap (red flags first, then by
 * severity), one per contested claim (strongest finding first), then the published templates not
 * already asked through a gap. A template that covers a gap's item lends the gap its wording, so
 * nothing is asked twice. Pure: the same input always gives the same list.
 */
export function generateQuestions(input: {
  companyName: string
  audience: Audience
  gaps: AssessmentGap[]
  claims: Claim[]
  templates: EngagementTemplates
}): GeneratedQuestion[] {
  const { companyName, audience, templates } = input
  const usedTemplates = new Set<string>()
  const templateFor = (itemId: string) =>
    templates.questionTemplates.find((t) => t.checklistItemIds.includes(itemId) && !usedTemplates.has(t.id))

  const gaps = [...input.gaps].sort(
    (a, b) =>
      Number(b.redFlag) - Number(a.redFlag) ||
      ANSWER_RANK[a.answer] - ANSWER_RANK[b.answer] ||
      a.itemId.localeCompare(b.itemId, 'en', { numeric: true }),
  )
  const gapQuestions = gaps.map((gap): GeneratedQuestion => {
    const template = templateFor(gap.itemId)
    if (template) usedTemplates.add(template.id)
    const text = template
      ? fill(template.wording[audience], { company: companyName })
      : fill(templates.gapWording[audience], { company: companyName, item: gap.question, answer: gap.answer })
    return {
      id: `gap:${gap.itemId}`,
      text,
      cites: `Checklist ${gap.itemId} (${gap.answer}${gap.redFlag ? ', red flag' : ''})${template ? `; ${template.origin}` : ''}`,
      evidence: gap.evidence,
      sourceIds: unique([...gap.evidence.flatMap((e) => e.sourceIds), ...(template?.sourceIds ?? [])]),
    }
  })

  const claimQuestions = [...input.claims]
    .sort((a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status] || a.statedOn.localeCompare(b.statedOn))
    .map((claim): GeneratedQuestion => ({
      id: `claim:${claim.id}`,
      // A paraphrase is never put in quotation marks as if it were the company's words.
      text: fill(
        claim.statementKind === 'paraphrase'
          ? templates.claimWording[audience].replace('"{statement}"', '(in paraphrase) {statement}')
          : templates.claimWording[audience],
        { company: companyName, statement: claim.statement, status: claim.status },
      ),
      cites: `Claim by ${claim.statedBy} (${claim.status})`,
      evidence: claim.counterEvidence,
      sourceIds: unique([...claim.statementSourceIds, ...claim.counterEvidence.flatMap((e) => e.sourceIds)]),
    }))

  const templateQuestions = templates.questionTemplates
    .filter((t) => !usedTemplates.has(t.id))
    .map((t): GeneratedQuestion => ({
      id: `template:${t.id}`,
      text: fill(t.wording[audience], { company: companyName }),
      cites: t.origin,
      evidence: [],
      sourceIds: t.sourceIds,
    }))

  const seen = new Set<string>()
  return [...gapQuestions, ...claimQuestions, ...templateQuestions].filter((q) => {
    const key = q.text.trim().toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}
