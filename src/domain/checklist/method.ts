import type { AssessmentScore } from './score'
import type { ChecklistTemplate, CreditTable } from './schema'

export interface MethodStep {
  /** The term the step defines, e.g. "Exposure E". */
  term: string
  /** The rule in plain words, with this assessment's own numbers. */
  text: string
}

const fmt = (value: number | null) => (value === null ? '–' : value.toFixed(1))
const n = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0$/, ''))
const credits = (t: CreditTable) => `Yes ${t.yes}, Partial ${t.partial}, Unknown ${t.unknown}, No ${t.no}`

/**
 * How the score works, step by step, with the live numbers, so a committee can redo the sums by
 * hand. The Checklist's "How the score works" panel and the briefing's method section both show it.
 */
export function describeMethod(
  template: ChecklistTemplate,
  score: AssessmentScore,
  live: { weights?: string; range?: string } = {},
): MethodStep[] {
  const { exposure, management } = score.totals
  const bands = [...template.scoring.bands].sort((a, b) => a.min - b.min)
  const steps: MethodStep[] = [
    {
      term: 'Exposure E',
      text: `(section A, how close the business is to the harm). Each answer earns ${credits(template.scoring.exposureCredit)}, times the item’s weight; unknown exposure is not counted as zero. Only answered items count until all are answered. ${
        exposure.weight > 0
          ? `Now: ${n(exposure.credit)} of ${n(exposure.weight)} weighted points, E = 100 × ${n(exposure.credit)} / ${n(exposure.weight)} = ${fmt(score.exposure)}.`
          : 'Now: no exposure item counts yet.'
      }`,
    },
    {
      term: 'Management M',
      text: `(sections B to E). Each answer earns ${credits(template.scoring.managementCredit)}, times its weight: no disclosure earns no credit, and an unanswered item counts as no credit. Not applicable leaves the sum. ${
        management.weight > 0
          ? `Now: ${n(management.credit)} of ${n(management.weight)} weighted points, M = ${fmt(score.management)}%.`
          : 'Now: every management item is Not applicable.'
      }`,
    },
    {
      term: 'Unmanaged risk U = E × (1 − M)',
      text: `from 0 to 100, rounded to one decimal; the band is read from the rounded value. ${
        score.status === 'scored'
          ? `Now: ${fmt(score.exposure)} × (1 − ${fmt(score.management)}%) = ${fmt(score.unmanaged)}.`
          : 'Now: no score yet.'
      }`,
    },
    {
      term: 'Bands',
      text: `${bands
        .map((b, i) => {
          const next = bands[i + 1]
          const range = next ? `${b.min} to under ${next.min}` : `${b.min} and over`
          return `${b.label} ${range}${score.scoreBand?.id === b.id ? ' (U is here)' : ''}`
        })
        .join('; ')}.`,
    },
    {
      term: 'Red flags',
      text: `hold the band at a minimum whatever the average says: ${
        template.scoring.redFlags.length === 0
          ? 'this template has none.'
          : `${template.scoring.redFlags
              .map((r) => {
                const on = score.redFlags.some((f) => f.rule.id === r.id) ? 'raised' : 'not raised'
                const when = r.when.map((c) => `${c.itemId} is ${c.answers.join(' or ')}`).join(' and ')
                return `“${r.title}” (when ${when}; at least ${r.minimumBand}; ${on})`
              })
              .join('; ')}.`
      }`,
    },
    {
      term: 'Your own actions',
      text: '(section F) are tracked as progress apart from the company’s risk: they change what you do next, not how risky the company is.',
    },
  ]
  if (live.range)
    steps.splice(3, 0, {
      term: 'Range',
      text: `while company items are unanswered, the score is the lowest and highest U (and band, red flags included) that any answers to them could still give; a band is named only when the whole range falls inside it. Now: ${live.range}`,
    })
  if (live.weights) steps.push({ term: 'Weights', text: live.weights.replace(/^Weights: /, '') })
  return steps
}
