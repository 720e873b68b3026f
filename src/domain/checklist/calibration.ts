import type { Answers, AnswerValue, ChecklistTemplate, SectionKind, Suggestion } from './schema'
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
    profile(
      'no-exposure',
      'No exposure',
      'Every exposure item No; every management item No (management makes no difference).',
      fill(template, { exposure: 'no', management: 'no' }),
    ),
    profile(
      'high-strong',
      'High exposure, strong management',
      'Every exposure item Yes; every management item Yes.',
      fill(template, { exposure: 'yes', management: 'yes' }),
    ),
    profile(
      'partial-partial',
      'Partial exposure, partial management',
      'Every exposure item Partial; every management item Partial.',
      fill(template, { exposure: 'partial', management: 'partial' }),
    ),
    profile(
      'high-partial',
      'High exposure, partial management',
      'Every exposure item Yes; every management item Partial.',
      fill(template, { exposure: 'yes', management: 'partial' }),
    ),
    profile(
      'high-weak',
      'High exposure, weak management',
      'Every exposure item Yes; every management item No.',
      fill(template, { exposure: 'yes', management: 'no' }),
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
