import type { AssessmentScore } from '../../domain/checklist/score'
import type { ChecklistTemplate, CreditTable } from '../../domain/checklist/schema'
import { formatScore } from './scoreText'

function credits(table: CreditTable): string {
  return `Yes ${table.yes}, Partial ${table.partial}, Unknown ${table.unknown}, No ${table.no}`
}

function n(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2).replace(/0$/, '')
}

/** The method in plain words, with this assessment's own numbers, so a committee can redo the sum. */
export function HowTheScoreWorks({ template, score }: { template: ChecklistTemplate; score: AssessmentScore }) {
  const { exposure, management } = score.totals
  const sorted = [...template.scoring.bands].sort((a, b) => a.min - b.min)
  return (
    <details className="how-score-works">
      <summary>How the score works</summary>
      <ol>
        <li>
          <strong>Exposure E</strong> (section A, how close the business is to the harm). Each answer earns{' '}
          {credits(template.scoring.exposureCredit)}, times the item’s weight; unknown exposure is not counted as zero.
          Only answered items count until all are answered.{' '}
          {exposure.weight > 0
            ? `Now: ${n(exposure.credit)} of ${n(exposure.weight)} weighted points, E = 100 × ${n(exposure.credit)} / ${n(exposure.weight)} = ${formatScore(score.exposure)}.`
            : 'Now: no exposure item counts yet.'}
        </li>
        <li>
          <strong>Management M</strong> (sections B to E). Each answer earns{' '}
          {credits(template.scoring.managementCredit)}, times its weight: no disclosure earns no credit, and an
          unanswered item counts as no credit. Not applicable leaves the sum.{' '}
          {management.weight > 0
            ? `Now: ${n(management.credit)} of ${n(management.weight)} weighted points, M = ${formatScore(score.management)}%.`
            : 'Now: every management item is Not applicable.'}
        </li>
        <li>
          <strong>Unmanaged risk U = E × (1 − M)</strong>, from 0 to 100, rounded to one decimal; the band is read from
          the rounded value.{' '}
          {score.status === 'scored'
            ? `Now: ${formatScore(score.exposure)} × (1 − ${formatScore(score.management)}%) = ${formatScore(score.unmanaged)}.`
            : 'Now: no score yet.'}
        </li>
        <li>
          <strong>Bands</strong>:{' '}
          {sorted
            .map((b, i) => {
              const next = sorted[i + 1]
              const range = next ? `${b.min} to under ${next.min}` : `${b.min} and over`
              const current = score.scoreBand?.id === b.id ? ' (U is here)' : ''
              return `${b.label} ${range}${current}`
            })
            .join('; ')}
          .
        </li>
        <li>
          <strong>Red flags</strong> hold the band at a minimum whatever the average says:{' '}
          {template.scoring.redFlags.length === 0
            ? 'this template has none.'
            : template.scoring.redFlags
                .map((r) => {
                  const on = score.redFlags.some((f) => f.rule.id === r.id) ? 'raised' : 'not raised'
                  const when = r.when.map((c) => `${c.itemId} is ${c.answers.join(' or ')}`).join(' and ')
                  return `“${r.title}” (when ${when}; at least ${r.minimumBand}; ${on})`
                })
                .join('; ')}
          .
        </li>
        <li>
          <strong>Your own actions</strong> (section F) are tracked as progress apart from the company’s risk: they
          change what you do next, not how risky the company is.
        </li>
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
