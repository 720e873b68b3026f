import { lazy, Suspense } from 'react'
import { usePathname } from '../components/router'
import { Loading } from '../components/QueryStates'
import { OverviewPage } from '../features/overview/OverviewPage'
import { Layout } from './Layout'
import { NotFound } from './NotFound'
import { matchRoute } from './routes'

// The assessment summary (the checklist's scoring, its store and schema) loads beside the
// Overview's figures rather than in the first route's bytes.
const AssessmentDial = lazy(() =>
  import('../features/checklist/AssessmentDial').then((m) => ({ default: m.AssessmentDial })),
)

/** The case this dashboard opens on. */
const COMPANY_ID = 'palantir'

export function App() {
  const pathname = usePathname()
  const route = matchRoute(pathname)
  let view
  if (route === 'overview')
    view = (
      <OverviewPage
        companyId={COMPANY_ID}
        assessmentSummary={
          <Suspense fallback={<Loading label="your assessment" />}>
            <AssessmentDial />
          </Suspense>
        }
      />
    )
  else if (route === null) view = <NotFound pathname={pathname} />
  else view = <route.component />
  return (
    <Layout>
      <Suspense fallback={<Loading label="the view" />}>{view}</Suspense>
    </Layout>
  )
}
