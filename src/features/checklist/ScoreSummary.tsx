import type { AssessmentScore } from '../../domain/checklist/score'
import { NON_DEFAULT_WEIGHTS, scoreWords, type Rating } from '../../domain/checklist/wording'
import { RatedDial } from './RatedDial'
import { formatScore } from './scoreText'

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

const kindLabel = { exposure: 'Exposure E', management: 'Management M', investor: 'Investor progress' } as const

/** Four narrow columns, the section's kind under its title, so it reads at 375 px without scrolling sideways. */
function SectionTable({ score }: { score: AssessmentScore }) {
  return (
    <table className="section-table">
      <caption>Section subtotals</caption>
      <thead>
        <tr>
          <th scope="col">Section (counts towards)</th>
          <th scope="col">Answered</th>
          <th scope="col">Section score (0-100)</th>
          <th scope="col">Points of the total</th>
        </tr>
      </thead>
      <tbody>
        {score.sections.map((s) => (
          <tr key={s.sectionId}>
            <th scope="row">
              {s.sectionId}. {s.title} <span className="section-kind">({kindLabel[s.kind]})</span>
            </th>
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

/** The score at a glance: dial, band or range, the parts of the sum, red flags, progress and subtotals. */
export function ScoreSummary({ rating }: { rating: Rating }) {
  const { score, range } = rating
  const words = scoreWords(rating)
  const scored = words.value !== null
  return (
    <section aria-labelledby="score-heading" className="score-summary">
      <h2 id="score-heading">Score</h2>
      <div className="score-top">
        <RatedDial rating={rating} words={words} />
        <div>
          <p role="status" className="score-sentence">
            {words.sentence}
          </p>
          {rating.defaultWeights ? null : (
            <p className="weights-mark">
              <span className="badge">{NON_DEFAULT_WEIGHTS}</span> See “Committee weights” below.
            </p>
          )}
          {scored ? (
            <dl className="score-parts">
              <dt>Exposure E so far</dt>
              <dd>{formatScore(score.exposure)} of 100</dd>
              <dt>Management M so far</dt>
              <dd>{formatScore(score.management)}% of the exposure</dd>
              <dt>Unmanaged risk U</dt>
              <dd>{words.settled ? `${formatScore(range.low)} of 100` : `${words.value} (not settled)`}</dd>
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
            Company items answered: {score.progress.answered} of {score.progress.total}.
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
