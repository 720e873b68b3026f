import { useQuery } from '@tanstack/react-query'
import { claimQueries } from '../../api/claims'
import { companyQueries } from '../../api/companies'
import { engagementQueries } from '../../api/engagement'
import { PageHeading } from '../../components/PageHeading'
import { ErrorState, Loading } from '../../components/QueryStates'
import { applyQuestionEdits } from '../../domain/engagement/edits'
import { generateQuestions, type AssessmentGap } from '../../domain/engagement/questions'
import { audienceSchema } from '../../domain/engagement/schema'
import { useEngagementActions, useEngagementEdits } from '../../stores/engagement/store'
import { EngagementLog } from './EngagementLog'
import { ExportQuestions } from './ExportQuestions'
import { QuestionList } from './QuestionList'
import './engagement.css'

const COMPANY_ID = 'palantir'

/** Engagement questions from the checklist's gaps and the contested claims, and the engagement log. */
export default function EngagementPage({ gaps = [], gapsNote }: { gaps?: AssessmentGap[]; gapsNote?: string }) {
  const templates = useQuery(engagementQueries.templates())
  const claims = useQuery(claimQueries.list(COMPANY_ID))
  const company = useQuery(companyQueries.detail(COMPANY_ID))
  const edits = useEngagementEdits(COMPANY_ID)
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
                  onChange={() => audienceChosen(COMPANY_ID, a)}
                />
                {a === 'company'
                  ? 'The company'
                  : a === 'asset manager'
                    ? 'An asset manager holding the shares'
                    : 'A proxy advisor'}
              </label>
            ))}
          </fieldset>
          <p className="hint">
            {gapsNote ??
              'Questions come from the checklist items answered No, Partial or Unknown (red flags first), then the contested claims, then the published questions not yet asked.'}
          </p>
          <QuestionList companyId={COMPANY_ID} questions={questions} />
          <ExportQuestions companyName={company.data.name} audience={edits.audience} questions={questions} />
        </section>
        <EngagementLog companyId={COMPANY_ID} companyName={company.data.name} ladder={templates.data.ladder} />
      </>
    )
  }

  return (
    <>
      <PageHeading title="Engagement">Engagement</PageHeading>
      <p className="lede">
        Prepare the questions for a meeting or a letter, each citing the gap or claim behind it and its evidence, and
        keep a dated log of the engagement against the escalation ladder of the investor guidance.
      </p>
      {body}
    </>
  )
}
