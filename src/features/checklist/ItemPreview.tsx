import { useQuery } from '@tanstack/react-query'
import { checklistQueries } from '../../api/checklists'
import { answerLabels } from '../../domain/checklist/schema'
import { ErrorState, Loading } from '../../components/QueryStates'

/** The checklist's items, readable before an assessment is started: questions, frameworks and suggestions. */
export function ItemPreview({ templateId, companyId }: { templateId: string; companyId: string }) {
  const templateQuery = useQuery(checklistQueries.template(templateId))
  const suggestionsQuery = useQuery(checklistQueries.suggestions(companyId))
  if (templateQuery.isPending) return <Loading label="the checklist items" />
  if (templateQuery.isError)
    return (
      <ErrorState what="the checklist items" error={templateQuery.error} onRetry={() => void templateQuery.refetch()} />
    )
  const suggestions = new Map((suggestionsQuery.data?.suggestions ?? []).map((s) => [s.itemId, s]))
  return (
    <section aria-labelledby="preview-heading" className="item-preview">
      <h2 id="preview-heading">The checklist items</h2>
      <p>Read them before you start; starting an assessment lets you answer them.</p>
      {templateQuery.data.sections.map((section) => (
        <section key={section.id} aria-labelledby={`preview-${section.id}`}>
          <h3 id={`preview-${section.id}`}>
            {section.id}. {section.title}
          </h3>
          <ol className="preview-items">
            {section.items.map((item) => {
              const s = suggestions.get(item.id)
              return (
                <li key={item.id}>
                  <strong>{item.id}.</strong> {item.question}{' '}
                  <span className="item-meta-inline">({item.frameworks.join(', ')})</span>
                  {s ? <span className="preview-suggestion"> Suggested: {answerLabels[s.answer]}.</span> : null}
                </li>
              )
            })}
          </ol>
        </section>
      ))}
    </section>
  )
}
