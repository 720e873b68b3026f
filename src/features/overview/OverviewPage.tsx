import { usePrefetchQuery, useQuery, type QueryClient } from '@tanstack/react-query'
import { lazy, Suspense, type ReactNode } from 'react'
import { companyQueries } from '../../api/companies'
import { contractQueries } from '../../api/contracts'
import { arrestQueries, operationQueries } from '../../api/arrests'
import { sourceQueries } from '../../api/sources'
import { timelineQueries } from '../../api/timeline'
import { PageHeading } from '../../components/PageHeading'
import { Link } from '../../components/router'
import { ErrorState, Loading } from '../../components/QueryStates'
import { SourceRefs } from '../../components/SourceRefs'
import { formatPartialDate } from '../../domain/format/format'
import { dataAsOf } from '../../domain/sources/integrity'
import { HeadlineFigures } from './HeadlineFigures'
import { Timeline } from './Timeline'

function CompanySummary({ companyId }: { companyId: string }) {
  const company = useQuery(companyQueries.detail(companyId))
  if (company.isPending) return <Loading label="the company profile" />
  if (company.isError)
    return <ErrorState what="the company profile" error={company.error} onRetry={() => void company.refetch()} />
  const c = company.data
  return (
    <div className="company">
      <p className="company-name">
        {c.name}{' '}
        <span className="ticker">
          ({c.exchange}: {c.ticker})
        </span>
      </p>
      <p>{c.summary}</p>
      <SourceRefs ids={c.sourceIds} />
    </div>
  )
}

// The response rate reads the engagement store, which brings zod and the store's sync code: its own chunk.
const EngagementResponses = lazy(() =>
  import('./EngagementResponses').then((m) => ({ default: m.EngagementResponses })),
)

/** "Data as of": the newest date among the sources, computed from the data, so a reader sees how current the evidence is. */
function DataAsOf() {
  const sources = useQuery(sourceQueries.list())
  const asOf = sources.data ? dataAsOf(sources.data) : null
  if (!asOf) return null
  return (
    <p className="data-as-of">
      <strong>Data as of {formatPartialDate(asOf)}</strong> (the newest source date).{' '}
      <Link to="/sources">Check every source</Link>.
    </p>
  )
}

/**
 * Starts every request the Overview shows (company, sources, the headline figures' contracts,
 * arrests and operations, the timeline), so the app can ask for them before its first render
 * instead of after it. Resolves when all have answered; never rejects (a failure stays in the cache
 * and the view shows it).
 */
export async function prefetchOverview(queryClient: QueryClient, companyId: string): Promise<void> {
  await Promise.all([
    queryClient.prefetchQuery(companyQueries.detail(companyId)),
    queryClient.prefetchQuery(sourceQueries.list()),
    queryClient.prefetchQuery(contractQueries.list(companyId)),
    queryClient.prefetchQuery(arrestQueries.list()),
    queryClient.prefetchQuery(operationQueries.list()),
    queryClient.prefetchQuery(timelineQueries.list(companyId)),
  ])
}

/** The case at a glance: the company, the current assessment (composed in by the app), the headline figures and the timeline. */
export function OverviewPage({ companyId, assessmentSummary }: { companyId: string; assessmentSummary?: ReactNode }) {
  // Every figure shows its sources: ask for them with the figures, not after them.
  usePrefetchQuery(sourceQueries.list())
  return (
    <>
      <PageHeading title="Overview">Overview</PageHeading>
      <DataAsOf />
      <CompanySummary companyId={companyId} />
      {assessmentSummary ? (
        <section aria-labelledby="assessment-heading">
          <h2 id="assessment-heading">Your assessment</h2>
          {assessmentSummary}
        </section>
      ) : null}
      <section aria-labelledby="engagement-heading">
        <h2 id="engagement-heading">Engagement</h2>
        <Suspense fallback={<Loading label="the response rate" />}>
          <EngagementResponses companyId={companyId} />
        </Suspense>
      </section>
      <section aria-labelledby="headlines-heading">
        <h2 id="headlines-heading">Headline figures</h2>
        <HeadlineFigures companyId={companyId} />
      </section>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">Timeline</h2>
        <Timeline companyId={companyId} />
      </section>
    </>
  )
}
