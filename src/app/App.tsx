import { Suspense } from 'react'
import { ErrorBoundary } from '../components/ErrorBoundary'
import { Loading } from '../components/QueryStates'
import { useHashLanding, usePathname } from '../components/router'
import { Layout } from './Layout'
import { NotFound } from './NotFound'
import { matchRoute } from './routes'

/** The shell around the route for the current path; a view that fails shows its error inside the shell. */
export function App() {
  const pathname = usePathname()
  const route = matchRoute(pathname)
  useHashLanding()
  return (
    <Layout>
      <div className={route?.styleScope}>
        {/* Keyed by route: moving to another view starts it afresh, error or not. */}
        <ErrorBoundary key={route?.path ?? 'not-found'} what={route ? `the ${route.label} view` : 'this page'}>
          <Suspense fallback={<Loading label="the view" />}>
            {route ? <route.component /> : <NotFound pathname={pathname} />}
          </Suspense>
        </ErrorBoundary>
      </div>
    </Layout>
  )
}
