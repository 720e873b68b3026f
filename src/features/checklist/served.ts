import type { QueryClient } from '@tanstack/react-query'
import { checklistQueries } from '../../api/checklists'
import { ApiError } from '../../api/client'
import { companyQueries } from '../../api/companies'
import type { Assessment } from '../../domain/checklist/schema'

async function served(fetch: () => Promise<unknown>, refusal: string): Promise<string | null> {
  try {
    await fetch()
    return null
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return `${refusal} Nothing was imported.`
    return 'The dashboard’s data could not be reached to check it, so nothing was imported. Try again.'
  }
}

/**
 * Why an imported or shared assessment cannot be opened here, or null when it can: its template
 * and company must be ones the data layer serves, else every view would show "HTTP 404" (and the
 * briefing would be built from nothing). Asked before anything is saved.
 */
export async function whyNotServed(queryClient: QueryClient, assessment: Assessment): Promise<string | null> {
  const template = assessment.templateId.slice(0, 80)
  const company = assessment.companyId.slice(0, 80)
  return (
    (await served(
      () => queryClient.fetchQuery(checklistQueries.template(assessment.templateId)),
      `It uses the checklist template “${template}”, which this dashboard does not serve.`,
    )) ??
    (await served(
      () => queryClient.fetchQuery(companyQueries.detail(assessment.companyId)),
      `It is about the company “${company}”, which this dashboard has no data for.`,
    ))
  )
}
