import { memo, useMemo } from 'react'
import { ScrollRegion } from '../../components/ScrollRegion'
import { referenceProfiles } from '../../domain/checklist/calibration'
import { describeMethod } from '../../domain/checklist/method'
import type { ChecklistTemplate, ScoringWeights, Suggestion } from '../../domain/checklist/schema'
import { describeWeights } from '../../domain/checklist/weights'
import { scoreWords, type Rating } from '../../domain/checklist/wording'
import { formatScore } from './scoreText'

/** Reference profiles scored live by the same function, so the bands mean something. Memoised: answers do not change it. */
const CalibrationTable = memo(function CalibrationTable({
  template,
  weights,
  suggestions,
}: {
  template: ChecklistTemplate
  weights: ScoringWeights | undefined
  suggestions: Suggestion[]
}) {
  const rows = useMemo(
    () => referenceProfiles(template, weights, suggestions, 'Palantir'),
    [template, weights, suggestions],
  )
  // On a phone the five columns keep whole words and the table scrolls sideways in its own box.
  return (
    <ScrollRegion label="What the bands mean (table)">
      <table className="calibration-table">
        <caption>What the bands mean: reference profiles, scored live with this assessment’s weights</caption>
        <thead>
          <tr>
            <th scope="col">Profile</th>
            <th scope="col">Exposure E</th>
            <th scope="col">Management M</th>
            <th scope="col">Unmanaged risk U</th>
            <th scope="col">Band</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                {r.label}
                <span className="section-kind">{r.answers}</span>
              </th>
              <td>{formatScore(r.rating.score.exposure)}</td>
              <td>{r.rating.score.management === null ? '–' : `${formatScore(r.rating.score.management)}%`}</td>
              <td>{r.words.value ?? '–'}</td>
              <td>{r.words.band ?? 'No score'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  )
})

/** The method in plain words, with this assessment's own numbers, so a committee can redo the sum. */
export function HowTheScoreWorks({
  template,
  weights,
  rating,
  suggestions,
}: {
  /** The template as published (the rating carries it with the weights applied). */
  template: ChecklistTemplate
  weights: ScoringWeights | undefined
  rating: Rating
  suggestions: Suggestion[]
}) {
  const words = scoreWords(rating)
  const steps = describeMethod(rating.template, rating.score, {
    weights: describeWeights(template, weights),
    range: words.sentence,
  })
  return (
    <details className="how-score-works">
      <summary>How the score works</summary>
      <ol>
        {steps.map((step) => (
          <li key={step.term}>
            <strong>{step.term}</strong> {step.text}
          </li>
        ))}
      </ol>
      <CalibrationTable template={template} weights={weights} suggestions={suggestions} />
      <p>The method follows:</p>
      <ul>
        {template.scoring.basis.map((b) => (
          <li key={b}>{b}</li>
        ))}
      </ul>
      <p>
        Weights, credits, bands and red flags are data in the template ({template.title}, version {template.version}),
        and a committee can set its own weights and thresholds under “Committee weights”.
      </p>
    </details>
  )
}
