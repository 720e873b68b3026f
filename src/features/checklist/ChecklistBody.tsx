import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { checklistQueries } from '../../api/checklists'
import type { ChecklistTemplate, Suggestion } from '../../domain/checklist/schema'
import { rateAssessment } from '../../domain/checklist/wording'
import { useSearchParam } from '../../components/router'
import { ErrorState, Loading } from '../../components/QueryStates'
import { useAssessment } from '../../stores/assessments/assessmentsStore'
import { HowTheScoreWorks } from './HowTheScoreWorks'
import { filterLabels, parseItemFilter, type ItemFilter } from './itemFilter'
import { ItemList } from './ItemList'
import { ScoreSummary } from './ScoreSummary'
import { SectionNav } from './SectionNav'
import { WeightsPanel } from './WeightsPanel'

const NO_SUGGESTIONS = new Map<string, Suggestion>()
const NO_SUGGESTION_LIST: Suggestion[] = []

/** Subscribes to the whole assessment (the score needs every answer); the item list does not. */
function LiveScore({
  assessmentId,
  template,
  suggestions,
}: {
  assessmentId: string
  template: ChecklistTemplate
  suggestions: Suggestion[]
}) {
  const assessment = useAssessment(assessmentId)
  const answers = assessment?.answers
  const weights = assessment?.weights
  const rating = useMemo(() => rateAssessment(template, answers ?? {}, weights), [template, answers, weights])
  return (
    <>
      <ScoreSummary rating={rating} />
      <HowTheScoreWorks template={template} weights={weights} rating={rating} suggestions={suggestions} />
      <WeightsPanel assessmentId={assessmentId} template={template} weights={weights} />
      <SectionNav template={template} score={rating.score} />
    </>
  )
}

function Filters({ filter, onChange }: { filter: ItemFilter; onChange: (f: ItemFilter) => void }) {
  return (
    <fieldset className="filters">
      <legend>Show</legend>
      {(Object.keys(filterLabels) as ItemFilter[]).map((f) => (
        <label key={f} className="radio">
          <input type="radio" name="item-filter" value={f} checked={filter === f} onChange={() => onChange(f)} />
          {filterLabels[f]}
        </label>
      ))}
    </fieldset>
  )
}

/** An assessment's checklist: the live score, then the items with their suggestions. */
export function ChecklistBody({
  assessmentId,
  templateId,
  templateVersion,
  companyId,
}: {
  assessmentId: string
  templateId: string
  templateVersion: number
  companyId: string
}) {
  const templateQuery = useQuery(checklistQueries.template(templateId))
  const suggestionsQuery = useQuery(checklistQueries.suggestions(companyId))
  const [filterParam, setFilterParam] = useSearchParam('show')
  const filter = parseItemFilter(filterParam)
  const suggestionMap = useMemo(() => {
    if (!suggestionsQuery.data || suggestionsQuery.data.templateId !== templateId) return NO_SUGGESTIONS
    return new Map(suggestionsQuery.data.suggestions.map((s) => [s.itemId, s]))
  }, [suggestionsQuery.data, templateId])

  if (templateQuery.isPending) return <Loading label="the checklist" />
  if (templateQuery.isError)
    return <ErrorState what="the checklist" error={templateQuery.error} onRetry={() => void templateQuery.refetch()} />
  const t = templateQuery.data
  return (
    <>
      {t.sampleData ? <p className="sample-data">Sample data: this template is synthetic, for the benchmark.</p> : null}
      {t.version !== templateVersion ? (
        <p className="notice">
          This assessment was made with version {templateVersion} of the template and is scored with version {t.version}
          .
        </p>
      ) : null}
      <LiveScore
        assessmentId={assessmentId}
        template={t}
        suggestions={
          suggestionsQuery.data?.templateId === templateId ? suggestionsQuery.data.suggestions : NO_SUGGESTION_LIST
        }
      />
      <section aria-labelledby="items-heading">
        <h2 id="items-heading">Checklist items</h2>
        {suggestionsQuery.isError ? (
          <ErrorState
            what="the suggested answers"
            error={suggestionsQuery.error}
            onRetry={() => void suggestionsQuery.refetch()}
          />
        ) : suggestionsQuery.isPending ? (
          <Loading label="the suggested answers" />
        ) : null}
        <Filters filter={filter} onChange={(f) => setFilterParam(f === 'all' ? null : f)} />
        <ItemList assessmentId={assessmentId} template={t} suggestions={suggestionMap} filter={filter} />
      </section>
    </>
  )
}
