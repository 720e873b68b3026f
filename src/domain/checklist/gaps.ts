import type { AssessmentGap } from '../engagement/questions'
import { triggeredFlags } from './score'
import type { Assessment, ChecklistTemplate, Suggestion } from './schema'

const GAP_ANSWERS = new Set(['no', 'partial', 'unknown'])

/**
 * The company's gaps in an assessment: management items (sections B to E) answered No, Partial or
 * Unknown, with the evidence of the suggestion and the person's own note. An item is a red flag
 * when a raised red flag looks at it. Exposure answers are not gaps (a No there is good news) and
 * the investor's own actions (section F) are not questions for the company.
 */
export function assessmentGaps(
  template: ChecklistTemplate,
  assessment: Pick<Assessment, 'answers' | 'notes'>,
  suggestions: readonly Suggestion[],
): (AssessmentGap & { weight: number })[] {
  const flagged = new Set(triggeredFlags(template, assessment.answers).flatMap((f) => f.rule.when.map((c) => c.itemId)))
  return template.sections
    .filter((s) => s.kind === 'management')
    .flatMap((s) => s.items)
    .flatMap((item) => {
      const value = assessment.answers[item.id]?.value
      if (!value || !GAP_ANSWERS.has(value)) return []
      const suggestion = suggestions.find((x) => x.itemId === item.id)
      const note = assessment.notes[item.id]?.trim()
      return [
        {
          itemId: item.id,
          question: item.question,
          answer: value as AssessmentGap['answer'],
          redFlag: flagged.has(item.id),
          weight: item.weight,
          evidence: [...(note ? [{ text: `Your note: ${note}`, sourceIds: [] }] : []), ...(suggestion?.evidence ?? [])],
        },
      ]
    })
}

/** The largest gaps: red flags first, then by the weight the item carries in the management score. */
export function largestGaps(gaps: ReturnType<typeof assessmentGaps>, count: number) {
  const missing = { no: 1, unknown: 1, partial: 0.5 } as const
  return [...gaps]
    .sort(
      (a, b) => Number(b.redFlag) - Number(a.redFlag) || b.weight * missing[b.answer] - a.weight * missing[a.answer],
    )
    .slice(0, count)
}
