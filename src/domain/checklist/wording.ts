import { scoreRange, type ScoreRange } from './range'
import { bandFor, scoreAssessment, type AssessmentScore } from './score'
import type { Answers, ChecklistTemplate } from './schema'
import { applyWeights, isDefaultWeights, type ScoringWeights } from './weights'

/** An assessment's score, how settled it is, and whether the committee changed the weights. */
export interface Rating {
  score: AssessmentScore
  range: ScoreRange
  /** The template as scored: the committee's weights applied. */
  template: ChecklistTemplate
  defaultWeights: boolean
}

/** Scores answers with the weights in force: the one entry point every view uses. */
export function rateAssessment(
  template: ChecklistTemplate,
  answers: Answers,
  weights: ScoringWeights | undefined,
): Rating {
  const scored = applyWeights(template, weights)
  return {
    score: scoreAssessment(scored, answers),
    range: scoreRange(scored, answers),
    template: scored,
    defaultWeights: isDefaultWeights(template, weights),
  }
}

/** A range bound as people read it: "12", "71.3". */
export function formatBound(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1)
}

/** What the score says, in the words every view (checklist, dial, Overview, PDF) uses. */
export interface ScoreWords {
  /** The whole line: "Band: between Medium and Severe. Unmanaged risk between 12 and 71: answer 9 more items to settle it." */
  sentence: string
  /** The band alone: "Severe", "between Medium and Severe"; null with no score. */
  band: string | null
  /** The value alone: "82.9 of 100", "between 12 and 71"; null with no score. */
  value: string | null
  /** For documents: "Severe (unmanaged risk 82.9 of 100)", or the range with what settles it. */
  phrase: string | null
  /** For a dial: "12–71" or "82.9". */
  short: string
  /** For a dial: "Medium–Severe" or "Severe". */
  shortBand: string
  settled: boolean
}

function noScore(score: AssessmentScore): string {
  switch (score.status) {
    case 'no-answers':
      return 'No score yet: answer the checklist items, starting with section A (Exposure).'
    case 'all-not-applicable':
      return 'No score: every answer so far is Not applicable, so there is nothing to score. Answer an item that applies.'
    default:
      return 'No score yet: answer at least one Exposure item (section A); the score measures exposure not covered by management.'
  }
}

const items = (n: number) => `${n} more item${n === 1 ? '' : 's'}`

/**
 * The score in words. A band is named only when every way of answering the remaining items keeps
 * it; otherwise the range of bands is given. Red flags hold the low end up, and say so.
 */
export function scoreWords({ score, range, template }: Pick<Rating, 'score' | 'range' | 'template'>): ScoreWords {
  const { low, high, lowBand, highBand } = range
  if (score.status !== 'scored' || low === null || high === null || !lowBand || !highBand)
    return {
      sentence: noScore(score),
      band: null,
      value: null,
      phrase: null,
      short: '–',
      shortBand: 'No score yet',
      settled: false,
    }
  const rank = (id: string) => template.scoring.bands.findIndex((b) => b.id === id)
  // Flags raised by the answers so far stay raised whatever comes next: they may hold the low end up.
  const lowOnItsOwn = bandFor(template.scoring.bands, low)
  const holding = score.redFlags.filter((f) => rank(f.minimumBand.id) > rank(lowOnItsOwn.id)).length
  const held = holding > 0 ? ` (held up by ${holding === 1 ? 'a red flag' : `${holding} red flags`})` : ''
  const oneBand = lowBand.id === highBand.id
  const band = oneBand ? lowBand.label : `between ${lowBand.label} and ${highBand.label}`
  const shortBand = oneBand ? lowBand.label : `${lowBand.label}–${highBand.label}`
  if (range.remaining === 0 || (low === high && oneBand)) {
    const value = `${low.toFixed(1)} of 100`
    const rest =
      range.remaining === 0
        ? ''
        : `; the ${range.remaining} unanswered item${range.remaining === 1 ? '' : 's'} cannot change it`
    return {
      sentence: `Band: ${band}${held}. Unmanaged risk ${value}${rest}.`,
      band,
      value,
      phrase: `${band}${held} (unmanaged risk ${value}${rest})`,
      short: low.toFixed(1),
      shortBand,
      settled: true,
    }
  }
  const value = low === high ? `${formatBound(low)} of 100` : `between ${formatBound(low)} and ${formatBound(high)}`
  return {
    sentence: `Band: ${band}${held}. Unmanaged risk ${value}: answer ${items(range.remaining)} to settle it.`,
    band,
    value,
    phrase: `${band}${held} (unmanaged risk ${value}: answer ${items(range.remaining)} to settle it)`,
    short: low === high ? formatBound(low) : `${formatBound(low)}–${formatBound(high)}`,
    shortBand,
    settled: false,
  }
}

/** The mark shown wherever a score on the committee's own weights appears. */
export const NON_DEFAULT_WEIGHTS = 'Committee weights (not the published defaults)'
