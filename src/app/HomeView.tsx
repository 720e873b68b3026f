import { lazy, Suspense } from 'react'
import { useCaseCompanyId } from '../components/caseCompany'
import { Loading } from '../components/QueryStates'
import { OverviewPage } from '../features/overview/OverviewPage'

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
