import { usePrefetchQuery, useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { companyQueries } from '../../api/companies'
import { sourceQueries } from '../../api/sources'
import { PageHeading } from '../../components/PageHeading'
import { Link } from '../../components/router'
import { ErrorState, Loading } from '../../components/QueryStates'
import { SourceRefs } from '../../components/SourceRefs'
import { responseRate, responseRateText } from '../../domain/engagement/responses'
import { useResponses } from '../../stores/engagement/store'
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

/** The company's response rate from the engagement log (see the Engagement view). */
function EngagementResponses({ companyId }: { companyId: string }) {
  const responses = useResponses(companyId)
  const company = useQuery(companyQueries.detail(companyId))
  return <p>{responseRateText(company.data?.name ?? 'The company', responseRate(responses))}</p>
}

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
        <EngagementResponses companyId={companyId} />
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
