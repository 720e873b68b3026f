import { useQuery } from '@tanstack/react-query'
import { useCaseCompanyId } from '../../components/caseCompany'
import { contractQueries } from '../../api/contracts'
import { DeferredMount } from '../../components/DeferredMount'
import { PageHeading } from '../../components/PageHeading'
import { EmptyState, ErrorState, Loading } from '../../components/QueryStates'
import {
  filterAwards,
  fiscalYearBounds,
  toAwardRows,
  toComponentRows,
  toFiscalYearRows,
  toReportedTotalRows,
} from '../../domain/contracts/chartRows'
import { HEADLINE_TOTAL_ID } from '../../domain/overview/headlines'
import { AwardRangesFigure } from './AwardRangesFigure'
import { AwardsByYearFigure } from './AwardsByYearFigure'
import { ComponentFigure } from './ComponentFigure'
import { ContractFilters, useContractFilter } from './ContractFilters'
import { OfficialRecordSection } from './official/OfficialRecordSection'
import { ReportedTotalsFigure } from './ReportedTotalsFigure'
import './contracts.css'

function describeFilter(from: number | null, to: number | null, vehicle: string | null): string {
  const years = from === null && to === null ? 'all years' : `FY${from ?? '…'} to FY${to ?? '…'}`
  return `${vehicle ?? 'all vehicles'}, ${years}`
}

function ContractCharts() {
  const companyId = useCaseCompanyId()
  const contracts = useQuery(contractQueries.list(companyId))
  const { filter, clear } = useContractFilter()
  if (contracts.isPending) return <Loading label="the contract awards" />
  if (contracts.isError)
    return <ErrorState what="the contract awards" error={contracts.error} onRetry={() => void contracts.refetch()} />
  const { awards, reportedTotals } = contracts.data
  const bounds = fiscalYearBounds(awards)
  if (!bounds) return <EmptyState>No contract awards are recorded for this company.</EmptyState>

  const awardRows = toAwardRows(filterAwards(awards, filter))
  const description = describeFilter(filter.from, filter.to, filter.vehicle)
  const empty = (
    <EmptyState>
      No award matches {description}.{' '}
      <button type="button" className="secondary" onClick={clear}>
        Clear filters
      </button>
    </EmptyState>
  )
  return (
    <>
      <ContractFilters first={bounds.first} last={bounds.last} />
      <p role="status" className="filter-status">
        Showing {awardRows.length} of {awards.length} awards: {description}.
      </p>
      <AwardsByYearFigure
        rows={toFiscalYearRows(awardRows)}
        awards={awardRows}
        briefingTotal={
          filter.vehicle === null ? (reportedTotals.find((t) => t.id === HEADLINE_TOTAL_ID) ?? null) : null
        }
        empty={empty}
      />
      <DeferredMount fallback={<Loading label="the other contract charts" />}>
        <AwardRangesFigure rows={awardRows} empty={empty} />
        <ComponentFigure rows={toComponentRows(awardRows)} empty={empty} />
        <ReportedTotalsFigure rows={toReportedTotalRows(toAwardRows(awards), reportedTotals)} />
      </DeferredMount>
    </>
  )
}

/**
 * The view without its heading (so no title or focus change), for the app to render once off
 * screen while the Overview is idle: the chart library's and the view's first run then happens
 * before the click, not after it. The official record's kept copy is read from the browser's
 * storage, as the view does.
 */
export function WarmUp() {
  return (
    <>
      <ContractCharts />
      <OfficialRecordSection />
    </>
  )
}

/** Contracts: Palantir's ICE awards over time, every reported value with its source. */
export default function ContractsPage() {
  return (
    <>
      <PageHeading title="Contracts">Contracts</PageHeading>
      <p>
        The company&apos;s contract awards with ICE as the sources report them. Sources often disagree on an
        award&apos;s value (award, ceiling, amount paid, company announcement): every reported value is kept, the charts
        show the range and the tables list each value with its source.
      </p>
      <ContractCharts />
      <OfficialRecordSection />
    </>
  )
}
