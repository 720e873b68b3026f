import { assessmentGaps, largestGaps } from '../checklist/gaps'
import { describeMethod } from '../checklist/method'
import { describeWeights } from '../checklist/weights'
import { NON_DEFAULT_WEIGHTS, rateAssessment, scoreWords } from '../checklist/wording'
import {
  answerLabel,
  answerLabels,
  type Assessment,
  type ChecklistTemplate,
  type Suggestion,
} from '../checklist/schema'
import { sentence } from '../format/format'
import type { AssessmentGap } from '../engagement/questions'
import type { ChecklistRow, ScoreSummary } from './input'

/**
 * A red flag as one or two proper sentences: "Title: reason. It holds the band at High or above."
 * (never "...says. (holds the band ...)").
 */
export function redFlagText(title: string, reason: string, minimumBand: string): string {
  return `${sentence(`${title}: ${reason}`)} It holds the band at ${minimumBand} or above.`
}

export interface AssessmentForBriefing {
  name: string
  score: ScoreSummary
  checklist: ChecklistRow[]
  gaps: AssessmentGap[]
  method: string[]
}

/** An assessment as the briefing shows it: the score summary, every item, the gaps and the method. */
export function assessmentForBriefing(
  template: ChecklistTemplate,
  assessment: Assessment,
  suggestions: readonly Suggestion[],
): AssessmentForBriefing {
  const rating = rateAssessment(template, assessment.answers, assessment.weights)
  const { score } = rating
  const words = scoreWords(rating)
  const weights = describeWeights(template, assessment.weights)
  const gaps = assessmentGaps(rating.template, assessment, suggestions)
  const scored = score.status === 'scored'
  return {
    name: assessment.name,
    score: {
      statement:
        words.phrase === null ? null : rating.defaultWeights ? words.phrase : `${words.phrase}; ${NON_DEFAULT_WEIGHTS}`,
      weights,
      settled: words.settled,
      band: scored ? (score.band?.label ?? null) : null,
      unmanagedRisk: scored ? score.unmanaged : null,
      exposure: score.exposure,
      management: score.management === null ? null : score.management / 100,
      answered: score.progress.answered,
      total: score.progress.total,
      redFlags: score.redFlags.map((f) => ({
        itemId: f.rule.when.map((c) => c.itemId).join(' + '),
        text: redFlagText(f.rule.title, f.rule.reason, f.minimumBand.label),
      })),
      largestGaps: largestGaps(gaps, 3).map((g) => ({ itemId: g.itemId, question: g.question, answer: g.answer })),
      investorProgress: `The investor's own actions (section F, kept apart from the company's risk): ${score.investor.answered} of ${score.investor.total} answered.`,
    },
    checklist: template.sections.flatMap((section) =>
      section.items.map((item) => {
        const value = assessment.answers[item.id]?.value
        const suggestion = suggestions.find((s) => s.itemId === item.id)
        const differs = suggestion && value && suggestion.answer !== value
        return {
          section: section.title,
          itemId: item.id,
          question: item.question,
          answer: answerLabel(value),
          note: [assessment.notes[item.id]?.trim(), differs ? `(suggested: ${answerLabels[suggestion.answer]})` : '']
            .filter(Boolean)
            .join(' '),
          evidence: suggestion ? suggestion.summary : '',
          sourceIds: suggestion ? [...new Set(suggestion.evidence.flatMap((e) => e.sourceIds))] : [],
        }
      }),
    ),
    gaps,
    method: describeMethod(rating.template, score, { weights, range: words.sentence }).map(
      (step) => `${step.term} ${step.text}`,
    ),
  }
}
