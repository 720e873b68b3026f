import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { checklistQueries } from '../../api/checklists'
import { NON_DEFAULT_WEIGHTS, rateAssessment, scoreWords } from '../../domain/checklist/wording'
import type { Assessment, ChecklistTemplate } from '../../domain/checklist/schema'
import { Link } from '../../components/router'
import { EmptyState, ErrorState, Loading } from '../../components/QueryStates'
import { useAssessment, useDefaultAssessmentId } from '../../stores/assessments/assessmentsStore'
import { RatedDial } from './RatedDial'

const TOP_FLAGS = 3

function DialFor({ assessment, template }: { assessment: Assessment; template: ChecklistTemplate }) {
  const rating = useMemo(
    () => rateAssessment(template, assessment.answers, assessment.weights),
    [template, assessment.answers, assessment.weights],
  )
  const { score } = rating
  const words = scoreWords(rating)
  const href = `/checklist?assessment=${encodeURIComponent(assessment.id)}`
  return (
    <div className="assessment-dial">
      <RatedDial rating={rating} words={words} />
      <div>
        <p>
          <strong>{assessment.name}</strong>: {words.sentence}
        </p>
        {rating.defaultWeights ? null : (
          <p>
            <span className="badge">{NON_DEFAULT_WEIGHTS}</span>
          </p>
        )}
        <p>
          Company items answered: {score.progress.answered} of {score.progress.total}.
        </p>
        {score.redFlags.length > 0 ? (
          <>
            <p>Top red flags:</p>
            <ul>
              {score.redFlags.slice(0, TOP_FLAGS).map((f) => (
                <li key={f.rule.id}>
                  <span aria-hidden="true">⚑ </span>
                  {f.rule.title} (at least {f.minimumBand.label})
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>No red flags raised so far.</p>
        )}
        <p>
          <Link to={href}>Open the checklist</Link>
        </p>
      </div>
    </div>
  )
}

function DialWithTemplate({ assessment }: { assessment: Assessment }) {
  const templateQuery = useQuery(checklistQueries.template(assessment.templateId))
  if (templateQuery.isPending) return <Loading label="the assessment score" />
  if (templateQuery.isError)
    return (
      <ErrorState
        what="the assessment score"
        error={templateQuery.error}
        onRetry={() => void templateQuery.refetch()}
      />
    )
  return <DialFor assessment={assessment} template={templateQuery.data} />
}

/** The Overview's summary of the current assessment: band and score as a dial, with its text equivalent. */
export function AssessmentDial() {
  const assessment = useAssessment(useDefaultAssessmentId())
  if (!assessment)
    return (
      <EmptyState>
        No assessment yet. <Link to="/checklist">Start one on the Checklist</Link> to see the risk band here.
      </EmptyState>
    )
  return <DialWithTemplate assessment={assessment} />
}
