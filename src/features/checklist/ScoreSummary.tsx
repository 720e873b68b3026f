import type { AssessmentScore } from '../../domain/checklist/score'
import type { ChecklistTemplate } from '../../domain/checklist/schema'
import { ScoreDial } from './ScoreDial'
import { formatScore, scoreSentence } from './scoreText'

function RedFlags({ score }: { score: AssessmentScore }) {
  if (score.redFlags.length === 0) return <p>No red flags raised by the answers so far.</p>
  return (
    <ul className="red-flags">
      {score.redFlags.map((f) => (
        <li key={f.rule.id}>
          <strong>
            <span aria-hidden="true">⚑ </span>Red flag: {f.rule.title}
          </strong>{' '}
          (holds the band at {f.minimumBand.label} or above
          {score.heldBy.includes(f) ? '; it is doing so now' : ''}). {f.rule.reason}
        </li>
      ))}
    </ul>
  )
}

function SectionTable({ score }: { score: AssessmentScore }) {
  return (
    <table className="section-table">
      <caption>Section subtotals</caption>
      <thead>
        <tr>
          <th scope="col">Section</th>
          <th scope="col">Counts towards</th>
          <th scope="col">Answered</th>
          <th scope="col">Section score (0-100)</th>
          <th scope="col">Points of the total</th>
        </tr>
      </thead>
      <tbody>
        {score.sections.map((s) => (
          <tr key={s.sectionId}>
            <th scope="row">
              {s.sectionId}. {s.title}
            </th>
            <td>
              {s.kind === 'exposure' ? 'Exposure E' : s.kind === 'management' ? 'Management M' : 'Investor progress'}
            </td>
            <td>
              {s.answered} of {s.total}
              {s.notApplicable > 0 ? ` (${s.notApplicable} not applicable)` : ''}
            </td>
            <td>{formatScore(s.score)}</td>
            <td>{s.kind === 'investor' ? 'not part of the risk score' : formatScore(s.points)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The score at a glance: dial, band, the parts of the sum, red flags, progress and subtotals. */
export function ScoreSummary({ template, score }: { template: ChecklistTemplate; score: AssessmentScore }) {
  const scored = score.status === 'scored'
  return (
    <section aria-labelledby="score-heading" className="score-summary">
      <h2 id="score-heading">Score</h2>
      <div className="score-top">
        <ScoreDial bands={template.scoring.bands} value={score.unmanaged} band={score.band} />
        <div>
          <p role="status" className="score-sentence">
            {scoreSentence(score)}
          </p>
          {scored ? (
            <dl className="score-parts">
              <dt>Exposure E</dt>
              <dd>{formatScore(score.exposure)} of 100</dd>
              <dt>Management M</dt>
              <dd>{formatScore(score.management)}% of the exposure</dd>
              <dt>Unmanaged risk U</dt>
              <dd>{formatScore(score.unmanaged)} of 100</dd>
              {score.scoreBand && score.band && score.scoreBand.id !== score.band.id && (
                <>
                  <dt>Band from U alone</dt>
                  <dd>
                    {score.scoreBand.label}, held at {score.band.label} by a red flag
                  </dd>
                </>
              )}
            </dl>
          ) : null}
          <p>
            Company items answered: {score.progress.answered} of {score.progress.total}
            {scored && score.progress.answered < score.progress.total ? ' (the score is provisional)' : ''}.
          </p>
          <p>
            Your own response (section F, not part of the risk score): {score.investor.answered} of{' '}
            {score.investor.total} answered
            {score.investor.progress === null ? '' : `, progress ${formatScore(score.investor.progress)}%`}.
          </p>
        </div>
      </div>
      <h3>Red flags</h3>
      <RedFlags score={score} />
      <SectionTable score={score} />
    </section>
  )
}
