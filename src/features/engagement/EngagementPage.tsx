import { useQuery } from '@tanstack/react-query'
import { useCaseCompanyId } from '../../components/caseCompany'
import { claimQueries } from '../../api/claims'
import { companyQueries } from '../../api/companies'
import { engagementQueries } from '../../api/engagement'
import { PageHeading } from '../../components/PageHeading'
import { ErrorState, Loading } from '../../components/QueryStates'
import { assessmentGaps } from '../../domain/checklist/gaps'
import { scoreAssessment } from '../../domain/checklist/score'
import { arrangeQuestions } from '../../domain/engagement/edits'
import { AUDIENCE_LABEL } from '../../domain/engagement/letter'
import { generateQuestions } from '../../domain/engagement/questions'
import { audienceSchema, type Audience } from '../../domain/engagement/schema'
import { useCurrentAssessment } from '../../stores/assessments/current'
import { useAudienceList, useEngagement, useEngagementActions } from '../../stores/engagement/store'
import { AddQuestion } from './AddQuestion'
import { EngagementLog } from './EngagementLog'
import { LetterPanel } from './LetterPanel'
import { LeversSection } from './LeversSection'
import { QuestionList } from './QuestionList'
import { StorageNotice } from './StorageNotice'
import './engagement.css'

/** Says once that saved work was moved to the new per-audience lists, and how. */
function MigrationNotice() {
  const companyId = useCaseCompanyId()
  const { notice } = useEngagement(companyId)
  const { noticeDismissed } = useEngagementActions()
  if (!notice) return null
  return (
    <div role="status" className="notice notice-warning">
      <p>{notice}</p>
      <button type="button" className="secondary" onClick={() => noticeDismissed(companyId)}>
        Dismiss
      </button>
    </div>
  )
}

/** Engagement questions per audience from the checklist's gaps, the contested claims and the published questions; the letter; the log. */
export default function EngagementPage() {
  const companyId = useCaseCompanyId()
  const current = useCurrentAssessment()
  const gaps =
    current.status === 'ready' ? assessmentGaps(current.template, current.assessment, current.suggestions) : []
  const score = current.status === 'ready' ? scoreAssessment(current.template, current.assessment.answers) : null
  const band = score?.status === 'scored' ? (score.band?.label ?? null) : null
  const assessmentName = current.status === 'ready' ? current.assessment.name : null
  const gapsNote =
    current.status === 'none'
      ? 'No assessment yet: answer items in the Checklist to add questions from its gaps. Until then the lists hold the contested claims and the published questions.'
      : current.status === 'ready'
        ? `From the assessment "${current.assessment.name}": ${gaps.length} gap${gaps.length === 1 ? '' : 's'} (items answered No, Partial or Unknown), the contested claims and the published questions, most important first.`
        : 'Questions come from the checklist gaps, the contested claims and the published questions.'
  const templates = useQuery(engagementQueries.templates())
  const claims = useQuery(claimQueries.list(companyId))
  const company = useQuery(companyQueries.detail(companyId))
  const { audience, list } = useAudienceList(companyId)
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
    const companyName = company.data.name
    const questionsData = { companyName, gaps, claims: claims.data, templates: templates.data }
    const generate = (a: Audience) => generateQuestions({ ...questionsData, audience: a })
    const generated = generate(audience)
    const arranged = arrangeQuestions(generated, list)
    const shortQuestions = arranged.shortList.flatMap((g) => g.questions)
    const context = templates.data.letterContext.map((f) => ({
      ...f,
      text: f.text.replace(/\{company\}/g, companyName),
    }))
    body = (
      <>
        <LeversSection companyId={companyId} company={company.data} generate={generate} />
        <section aria-labelledby="questions-heading">
          <h2 id="questions-heading" tabIndex={-1}>
            Questions
          </h2>
          <fieldset className="audience">
            <legend>Who are the questions for? Each has its own list.</legend>
            {audienceSchema.options.map((a) => (
              <label key={a}>
                <input
                  type="radio"
                  name="audience"
                  checked={audience === a}
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
            {gapsNote} The short list for {AUDIENCE_LABEL[audience]} comes first, grouped by theme; the rest is in the
            appendix.
          </p>
          <QuestionList companyId={companyId} audience={audience} arranged={arranged} />
          <AddQuestion companyId={companyId} audience={audience} />
        </section>
        <LetterPanel
          companyId={companyId}
          companyName={companyName}
          audience={audience}
          arranged={arranged}
          context={context}
          assessmentName={assessmentName}
          band={band}
        />
        <EngagementLog
          companyId={companyId}
          companyName={companyName}
          ladder={templates.data.ladder}
          questions={shortQuestions.map((q, i) => ({ id: q.id, label: `Question ${i + 1}`, text: q.text }))}
        />
      </>
    )
  }

  return (
    <>
      <PageHeading title="Engagement">Engagement</PageHeading>
      <StorageNotice />
      <MigrationNotice />
      <p className="lede">
        Start from your levers (what your portfolio lets you do), prepare the questions for each audience, each citing
        the gap, claim or earlier answer behind it; send them as a letter; record the company’s responses; and keep a
        dated log of the engagement against the escalation ladder.
      </p>
      {body}
    </>
  )
}
