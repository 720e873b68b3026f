import { useMemo } from 'react'
import type { ChecklistTemplate, Suggestion } from '../../domain/checklist/schema'
import { redFlagItemIds } from '../../domain/checklist/score'
import { EmptyState } from '../../components/QueryStates'
import { useAssessment } from '../../stores/assessments/assessmentsStore'
import { ChecklistItemView } from './ChecklistItemView'
import { SectionAccept } from './SectionAccept'

import { filterLabels, type ItemFilter } from './itemFilter'

/** Item ids the filter keeps; null keeps everything (and needs no answers, so it never re-renders on one). */
function useVisibleIds(
  assessmentId: string,
  template: ChecklistTemplate,
  suggestions: Map<string, Suggestion>,
  filter: ItemFilter,
): Set<string> | null {
  const assessment = useAssessment(filter === 'all' || filter === 'flags' ? null : assessmentId)
  const flagIds = useMemo(() => redFlagItemIds(template), [template])
  return useMemo(() => {
    if (filter === 'all') return null
    if (filter === 'flags') return flagIds
    const answers = assessment?.answers ?? {}
    const ids = template.sections.flatMap((s) => s.items.map((i) => i.id))
    if (filter === 'unanswered') return new Set(ids.filter((id) => !answers[id]))
    return new Set(
      ids.filter((id) => {
        const answer = answers[id]?.value
        const suggested = suggestions.get(id)?.answer
        return answer !== undefined && suggested !== undefined && answer !== suggested
      }),
    )
  }, [filter, flagIds, assessment, template, suggestions])
}

/** The template's sections and items, filtered. */
export function ItemList({
  assessmentId,
  template,
  suggestions,
  filter,
}: {
  assessmentId: string
  template: ChecklistTemplate
  suggestions: Map<string, Suggestion>
  filter: ItemFilter
}) {
  const visible = useVisibleIds(assessmentId, template, suggestions, filter)
  const flagIds = useMemo(() => redFlagItemIds(template), [template])
  const sections = template.sections
    .map((s) => ({ ...s, items: visible ? s.items.filter((i) => visible.has(i.id)) : s.items }))
    .filter((s) => s.items.length > 0)
  if (sections.length === 0) return <EmptyState>No items match “{filterLabels[filter]}”.</EmptyState>
  return (
    <>
      {sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="checklist-section">
          <h3 id={`section-${section.id}`}>
            {section.id}. {section.title}
          </h3>
          <p className="section-meta">
            {section.kind === 'investor'
              ? 'Your own actions: tracked apart from the company’s risk.'
              : `Counts towards ${section.kind === 'exposure' ? 'exposure' : 'management'}.`}{' '}
            Frameworks: {section.frameworks.join(', ') || 'none listed'}.
          </p>
          <SectionAccept
            assessmentId={assessmentId}
            section={template.sections.find((s) => s.id === section.id) ?? section}
            suggestions={suggestions}
          />
          <ol className="checklist-items">
            {section.items.map((item) => (
              <ChecklistItemView
                key={item.id}
                assessmentId={assessmentId}
                item={item}
                suggestion={suggestions.get(item.id)}
                redFlagItem={flagIds.has(item.id)}
              />
            ))}
          </ol>
        </section>
      ))}
    </>
  )
}
