import type { QueryClient } from '@tanstack/react-query'
import { lazy, Suspense } from 'react'
import { useCaseCompanyId } from '../components/caseCompany'
import { caseCompanyId } from '../domain/case/case'
import { Loading } from '../components/QueryStates'
import { OverviewPage, prefetchOverview } from '../features/overview/OverviewPage'

// The assessment summary (the checklist's scoring, its store and schema) loads beside the
// Overview's figures rather than in the first route's bytes.
const AssessmentDial = lazy(() =>
  import('../features/checklist/AssessmentDial').then((m) => ({ default: m.AssessmentDial })),
)

/** The overview, in the first bundle: the case's company with the current assessment composed in. */
export function HomeView() {
  return (
    <OverviewPage
      companyId={useCaseCompanyId()}
      assessmentSummary={
        <Suspense fallback={<Loading label="your assessment" />}>
          <AssessmentDial />
        </Suspense>
      }
    />
  )
}

/** The overview's requests for the company the URL names, started before the first render. */
export function prefetchHomeView(queryClient: QueryClient, search: string): Promise<void> {
  return prefetchOverview(queryClient, caseCompanyId(new URLSearchParams(search).get('company')))
}
