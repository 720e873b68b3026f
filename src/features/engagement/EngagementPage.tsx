import { useQuery } from '@tanstack/react-query'
import { useCaseCompanyId } from '../../components/caseCompany'
import { claimQueries } from '../../api/claims'
import { companyQueries } from '../../api/companies'
import { engagementQueries } from '../../api/engagement'
import { PageHeading } from '../../components/PageHeading'
import { ErrorState, Loading } from '../../components/QueryStates'
import { applyQuestionEdits } from '../../domain/engagement/edits'
import { assessmentGaps } from '../../domain/checklist/gaps'
import { generateQuestions } from '../../domain/engagement/questions'
import { audienceSchema } from '../../domain/engagement/schema'
import { useCurrentAssessment } from '../../stores/assessments/current'
import { useEngagementActions, useEngagementEdits } from '../../stores/engagement/store'
import { EngagementLog } from './EngagementLog'
import { ExportQuestions } from './ExportQuestions'
import { QuestionList } from './QuestionList'
import { StorageNotice } from './StorageNotice'
import './engagement.css'

/** Engagement questions from the checklist's gaps and the contested claims, and the engagement log. */
export default function EngagementPage() {
  const companyId = useCaseCompanyId()
  const current = useCurrentAssessment()
  const gaps =
    current.status === 'ready' ? assessmentGaps(current.template, current.assessment, current.suggestions) : []
  const gapsNote =
    current.status === 'none'
      ? 'No assessment yet: answer items in the Checklist to add questions from its gaps. Until then the list holds the contested claims and the published questions.'
      : current.status === 'ready'
        ? `From the assessment "${current.assessment.name}": ${gaps.length} gap${gaps.length === 1 ? '' : 's'} (items answered No, Partial or Unknown, red flags first), then the contested claims, then the published questions not yet asked.`
        : undefined
  const templates = useQuery(engagementQueries.templates())
  const claims = useQuery(claimQueries.list(companyId))
  const company = useQuery(companyQueries.detail(companyId))
  const edits = useEngagementEdits(companyId)
  const { audienceChosen } = useEngagementActions()

  const failed = [templates, claims, company].find((q) => q.isError)
  let body
  if (failed) {
    body = (
      <ErrorState
        what="the engagement templates"
        error={failed.error}
        onRetry={() => [templates, claims, company].forEach((q) => q.isError && void q.refetch())}
      />
    )
  } else if (!templates.data || !claims.data || !company.data) {
    body = <Loading label="the engagement templates" />
  } else {
    const generated = generateQuestions({
      companyName: company.data.name,
      audience: edits.audience,
      gaps,
      claims: claims.data,
      templates: templates.data,
    })
    const questions = applyQuestionEdits(generated, edits)
    body = (
      <>
        <section aria-labelledby="questions-heading">
          <h2 id="questions-heading">Questions</h2>
          <fieldset className="audience">
            <legend>Who are the questions for?</legend>
            {audienceSchema.options.map((a) => (
              <label key={a}>
                <input
                  type="radio"
                  name="audience"
                  checked={edits.audience === a}
                  onChange={() => audienceChosen(companyId, a)}
                />
                {a === 'company'
                  ? 'The company'
                  : a === 'asset manager'
                    ? 'An asset manager holding the shares'
                    : 'A proxy advisor'}
              </label>
            ))}
          </fieldset>
          {current.status === 'error' && (
            <ErrorState what="the assessment's checklist" error={current.error} onRetry={current.retry} />
          )}
          <p className="hint">
            {gapsNote ??
              'Questions come from the checklist items answered No, Partial or Unknown (red flags first), then the contested claims, then the published questions not yet asked.'}
          </p>
          <QuestionList companyId={companyId} questions={questions} />
          <ExportQuestions companyName={company.data.name} audience={edits.audience} questions={questions} />
        </section>
        <EngagementLog companyId={companyId} companyName={company.data.name} ladder={templates.data.ladder} />
      </>
    )
  }

  return (
    <>
      <PageHeading title="Engagement">Engagement</PageHeading>
      <StorageNotice />
      <p className="lede">
        Prepare the questions for a meeting or a letter, each citing the gap or claim behind it and its evidence, and
        keep a dated log of the engagement against the escalation ladder of the investor guidance.
      </p>
      {body}
    </>
  )
}
