import type { AssessmentScore } from '../../domain/checklist/score'
import type { ChecklistTemplate } from '../../domain/checklist/schema'
import { describeMethod } from '../../domain/checklist/method'

/** The method in plain words, with this assessment's own numbers, so a committee can redo the sum. */
export function HowTheScoreWorks({ template, score }: { template: ChecklistTemplate; score: AssessmentScore }) {
  return (
    <details className="how-score-works">
      <summary>How the score works</summary>
      <ol>
        {describeMethod(template, score).map((step) => (
          <li key={step.term}>
            <strong>{step.term}</strong> {step.text}
          </li>
        ))}
      </ol>
      <p>The method follows:</p>
      <ul>
        {template.scoring.basis.map((b) => (
          <li key={b}>{b}</li>
        ))}
      </ul>
      <p>
        Weights, credits, bands and red flags are data in the template ({template.title}, version {template.version}),
        so a committee can adopt its own.
      </p>
    </details>
  )
}
