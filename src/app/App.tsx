import { Suspense } from 'react'
import { usePathname } from '../components/router'
import { Loading } from '../components/QueryStates'
import { AssessmentDial } from '../features/checklist/AssessmentDial'
import { OverviewPage } from '../features/overview/OverviewPage'
import { Layout } from './Layout'
import { NotFound } from './NotFound'
import { matchRoute } from './routes'

/** The case this dashboard opens on. */
const COMPANY_ID = 'palantir'

export function App() {
  const pathname = usePathname()
  const route = matchRoute(pathname)
  let view
  if (route === 'overview') view = <OverviewPage companyId={COMPANY_ID} assessmentSummary={<AssessmentDial />} />
  else if (route === null) view = <NotFound pathname={pathname} />
  else view = <route.component />
  return (
    <Layout>
      <Suspense fallback={<Loading label="the view" />}>{view}</Suspense>
    </Layout>
  )
}
