import type { AssessmentScore } from '../../domain/checklist/score'

/** What to tell the person when there is no score yet, and what to do about it. */
export function noScorePrompt(score: AssessmentScore): string {
  switch (score.status) {
    case 'no-answers':
      return 'No score yet: answer the checklist items, starting with section A (Exposure).'
    case 'all-not-applicable':
      return 'No score: every answer so far is Not applicable, so there is nothing to score. Answer an item that applies.'
    case 'no-exposure-answers':
      return 'No score yet: answer at least one Exposure item (section A); the score measures exposure not covered by management.'
    default:
      return ''
  }
}

/** One line a screen reader announces when the score changes. */
export function scoreSentence(score: AssessmentScore): string {
  if (score.status !== 'scored' || score.band === null || score.unmanaged === null) return noScorePrompt(score)
  const held =
    score.heldBy.length > 0
      ? ` (held up by ${score.heldBy.length === 1 ? 'a red flag' : `${score.heldBy.length} red flags`})`
      : ''
  return `Band: ${score.band.label}${held}. Unmanaged risk ${score.unmanaged.toFixed(1)} of 100.`
}

export function formatScore(value: number | null): string {
  return value === null ? '–' : value.toFixed(1)
}
