import { useQuery } from '@tanstack/react-query'
import { arrestQueries, operationQueries } from '../../api/arrests'
import { DeferredMount } from '../../components/DeferredMount'
import { PageHeading } from '../../components/PageHeading'
import { EmptyState, ErrorState, Loading } from '../../components/QueryStates'
import { SourceRefs, UnverifiedNote } from '../../components/SourceRefs'
import type { ArrestStat } from '../../domain/arrests/schema'
import {
  hsiArrestBreakdown,
  toOperationFigureRows,
  toYearSeriesRows,
  UNIT_SERIES,
  WORKSITE_SERIES,
  yearOverYear,
} from '../../domain/arrests/chartRows'
import { formatCount, formatPartialDate } from '../../domain/format/format'
import { HEADLINE_ARREST_YEAR } from '../../domain/overview/headlines'
import './arrests.css'
import { Framings } from './Framings'
import { HsiBreakdownFigure } from './HsiBreakdownFigure'
import { OperationsFigure } from './OperationsFigure'
import { YearSeriesFigure } from './YearSeriesFigure'

const WORKSITE_ARRESTS = WORKSITE_SERIES.filter((s) => s.key === 'criminal' || s.key === 'administrative')
const WORKSITE_CASES = WORKSITE_SERIES.filter((s) => s.key === 'investigations' || s.key === 'i9Audits')

function ArrestCharts() {
  const arrests = useQuery(arrestQueries.list())
  if (arrests.isPending) return <Loading label="the arrest statistics" />
  if (arrests.isError)
    return <ErrorState what="the arrest statistics" error={arrests.error} onRetry={() => void arrests.refetch()} />
  if (arrests.data.length === 0) return <EmptyState>No arrest statistics are recorded.</EmptyState>
  const breakdown = hsiArrestBreakdown(arrests.data, HEADLINE_ARREST_YEAR)
  const worksite = breakdown?.rows.find((r) => r.key === 'worksite-administrative')
  const change = yearOverYear(arrests.data, 'HSI worksite', 'administrative arrests', 2017, 2018)
  return (
    <>
      <section aria-labelledby="breakdown-heading">
        <h2 id="breakdown-heading">HSI arrests in FY{HEADLINE_ARREST_YEAR}</h2>
        {breakdown ? (
          <HsiBreakdownFigure total={breakdown.total} rows={breakdown.rows} />
        ) : (
          <EmptyState>The FY{HEADLINE_ARREST_YEAR} HSI arrest figures are not in the data.</EmptyState>
        )}
      </section>
      {breakdown && worksite && <Framings total={breakdown.total} worksite={worksite} change={change} />}
      <UnverifiedStats stats={arrests.data} />
      <DeferredMount fallback={<Loading label="the yearly charts" />}>
        <section aria-labelledby="worksite-heading">
          <h2 id="worksite-heading">Worksite enforcement by fiscal year</h2>
          <YearSeriesFigure
            title="HSI worksite arrests by fiscal year"
            description="Criminal and administrative (civil) arrests in HSI worksite enforcement."
            series={WORKSITE_ARRESTS}
            rows={toYearSeriesRows(arrests.data, WORKSITE_ARRESTS)}
            patternPrefix="arrests-worksite"
          />
          <YearSeriesFigure
            title="HSI worksite investigations and I-9 audits by fiscal year"
            description="Worksite investigations opened and I-9 (employment eligibility) audits started."
            series={WORKSITE_CASES}
            rows={toYearSeriesRows(arrests.data, WORKSITE_CASES)}
            patternPrefix="arrests-cases"
          />
        </section>
        <section aria-labelledby="units-heading">
          <h2 id="units-heading">HSI and ERO arrests and removals by fiscal year</h2>
          <YearSeriesFigure
            title="HSI and ERO arrests and removals by fiscal year"
            description="Only the years and counts the research file has; the others are marked not reported. ERO removals include people apprehended by CBP."
            series={UNIT_SERIES}
            rows={toYearSeriesRows(arrests.data, UNIT_SERIES)}
            patternPrefix="arrests-units"
          />
        </section>
      </DeferredMount>
    </>
  )
}

function Operations() {
  const operations = useQuery(operationQueries.list())
  if (operations.isPending) return <Loading label="the operations" />
  if (operations.isError)
    return <ErrorState what="the operations" error={operations.error} onRetry={() => void operations.refetch()} />
  if (operations.data.length === 0) return <EmptyState>No single operations are recorded.</EmptyState>
  return (
    <>
      <OperationsFigure rows={toOperationFigureRows(operations.data)} />
      <ul className="operations" aria-label="Operations">
        {operations.data.map((o) => (
          <li key={o.id} className="operation">
            <h3>{o.name}</h3>
            <p>
              <time dateTime={o.date}>{formatPartialDate(o.date)}</time>, {o.place}. Status: {o.status}.
            </p>
            <p>{o.description}</p>
            <UnverifiedNote verification={o.verification} />
            <p>Link to Palantir: {o.palantirLink}</p>
            <SourceRefs ids={o.sourceIds} />
          </li>
        ))}
      </ul>
    </>
  )
}

/** Arrests: HSI arrest breakdowns, worksite enforcement by year and single operations. */
export default function ArrestsPage() {
  return (
    <>
      <PageHeading title="Arrests">Arrests</PageHeading>
      <p>
        Enforcement figures from ICE and the reporting on it: what HSI&apos;s arrests were, how worksite enforcement
        changed from year to year, and single operations linked to Palantir&apos;s software.
      </p>
      <ArrestCharts />
      <section aria-labelledby="operations-heading">
        <h2 id="operations-heading">Single operations</h2>
        <Operations />
      </section>
    </>
  )
}

/** The figures on this page the fact check could not confirm, each with the reason. */
function UnverifiedStats({ stats }: { stats: ArrestStat[] }) {
  const unverified = stats.filter((s) => s.verification)
  if (unverified.length === 0) return null
  return (
    <section aria-labelledby="unverified-heading">
      <h2 id="unverified-heading">Unverified figures on this page</h2>
      <ul className="unverified-stats">
        {unverified.map((s) => (
          <li key={s.id}>
            {s.unit} {s.category}, FY{s.fiscalYear}: {formatCount(s.count)}.{' '}
            <UnverifiedNote verification={s.verification} inline />
          </li>
        ))}
      </ul>
    </section>
  )
}
