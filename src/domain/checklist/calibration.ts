import {
  answerLabels,
  type Answers,
  type AnswerValue,
  type ChecklistTemplate,
  type SectionKind,
  type Suggestion,
} from './schema'
import type { ScoringWeights } from './weights'
import { rateAssessment, scoreWords, type Rating, type ScoreWords } from './wording'

/** One reference profile of the calibration table, scored live by the same function as the assessment. */
export interface ReferenceProfile {
  id: 'no-exposure' | 'high-strong' | 'partial-partial' | 'high-partial' | 'high-weak' | 'suggested'
  label: string
  /** What the profile answers, in words. */
  answers: string
  rating: Rating
  words: ScoreWords
}

function fill(template: ChecklistTemplate, byKind: Partial<Record<SectionKind, AnswerValue>>): Answers {
  const out: Answers = {}
  for (const s of template.sections) {
    const value = byKind[s.kind]
    if (value) for (const i of s.items) out[i.id] = { value, answeredAt: 0 }
  }
  return out
}

/**
 * The fixed profiles: one answer for every exposure item and one for every management item.
 * `aside` is said after the answers.
 */
const FIXED_PROFILES: readonly {
  id: Exclude<ReferenceProfile['id'], 'suggested'>
  label: string
  exposure: AnswerValue
  management: AnswerValue
  aside?: string
}[] = [
  {
    id: 'no-exposure',
    label: 'No exposure',
    exposure: 'no',
    management: 'no',
    aside: 'management makes no difference',
  },
  { id: 'high-strong', label: 'High exposure, strong management', exposure: 'yes', management: 'yes' },
  { id: 'partial-partial', label: 'Partial exposure, partial management', exposure: 'partial', management: 'partial' },
  { id: 'high-partial', label: 'High exposure, partial management', exposure: 'yes', management: 'partial' },
  { id: 'high-weak', label: 'High exposure, weak management', exposure: 'yes', management: 'no' },
]

/**
 * Reference profiles that show what the bands mean: with no exposure the risk is Negligible
 * whatever the management; high exposure is Negligible only when fully managed; the suggested
 * answers for the company sit among them. Computed with the assessment's own weights.
 */
export function referenceProfiles(
  template: ChecklistTemplate,
  weights: ScoringWeights | undefined,
  suggestions: readonly Suggestion[],
  companyName: string,
): ReferenceProfile[] {
  const profile = (
    id: ReferenceProfile['id'],
    label: string,
    answersText: string,
    answers: Answers,
  ): ReferenceProfile => {
    const rating = rateAssessment(template, answers, weights)
    return { id, label, answers: answersText, rating, words: scoreWords(rating) }
  }
  const suggested: Answers = Object.fromEntries(suggestions.map((s) => [s.itemId, { value: s.answer, answeredAt: 0 }]))
  return [
    ...FIXED_PROFILES.map((p) =>
      profile(
        p.id,
        p.label,
        `Every exposure item ${answerLabels[p.exposure]}; every management item ${answerLabels[p.management]}${p.aside ? ` (${p.aside})` : ''}.`,
        fill(template, { exposure: p.exposure, management: p.management }),
      ),
    ),
    profile(
      'suggested',
      `${companyName}: the suggested answers`,
      suggestions.length > 0
        ? `The ${suggestions.length} suggested answers, each with its evidence.`
        : 'No suggested answers are loaded.',
      suggested,
    ),
  ]
}
