import { useQuery } from '@tanstack/react-query'
import { checklistQueries } from '../../api/checklists'
import type { Assessment, ChecklistTemplate, Suggestion } from '../../domain/checklist/schema'
import { useAssessment, useDefaultAssessmentId } from './assessmentsStore'

export type CurrentAssessment =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'ready'; assessment: Assessment; template: ChecklistTemplate; suggestions: Suggestion[] }

/**
 * The assessment other views work from (the one last opened in the Checklist), with its template
 * and the company's suggestions: what Engagement and Briefing need to read its gaps and score.
 */
export function useCurrentAssessment(): CurrentAssessment {
  const assessment = useAssessment(useDefaultAssessmentId())
  const template = useQuery({
    ...checklistQueries.template(assessment?.templateId ?? ''),
    enabled: assessment !== null,
  })
  const suggestions = useQuery({
    ...checklistQueries.suggestions(assessment?.companyId ?? ''),
    enabled: assessment !== null,
  })
  if (!assessment) return { status: 'none' }
  const failed = template.isError ? template : suggestions.isError ? suggestions : null
  if (failed) return { status: 'error', error: failed.error, retry: () => void failed.refetch() }
  if (!template.data || !suggestions.data) return { status: 'loading' }
  return { status: 'ready', assessment, template: template.data, suggestions: suggestions.data.suggestions }
}
