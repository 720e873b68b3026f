import { useCaseCompanyId } from '../../components/caseCompany'
import { useQueries, useQuery } from '@tanstack/react-query'
import { checklistQueries } from '../../api/checklists'
import { claimQueries } from '../../api/claims'
import { contractQueries } from '../../api/contracts'
import { arrestQueries, operationQueries } from '../../api/arrests'
import { sourceQueries } from '../../api/sources'
import { timelineQueries } from '../../api/timeline'
import { PageHeading } from '../../components/PageHeading'
import { EmptyState, ErrorState, Loading } from '../../components/QueryStates'
import { useSearchParam } from '../../components/router'
import { formatPartialDate } from '../../domain/format/format'
import { dataAsOf } from '../../domain/sources/integrity'
import { confidenceSchema, SOURCE_TIERS } from '../../domain/sources/schema'
import { filterSources, parseSourceFilter, sourceUsage, type SourceUse } from '../../domain/sources/usage'
import { SourceCard } from './SourceCard'
import './sources.css'

/** Every record that cites sources, loaded together; null until all arrive, or when one fails. */
function useSourceUsage(): {
  usage: Map<string, SourceUse[]> | null
  failed: boolean
  error: unknown
  retry: () => void
} {
  const companyId = useCaseCompanyId()
  const results = useQueries({
    queries: [
      contractQueries.list(companyId),
      arrestQueries.list(),
      operationQueries.list(),
      claimQueries.list(companyId),
      checklistQueries.suggestions(companyId),
      timelineQueries.list(companyId),
    ],
  })
  const [contracts, arrests, operations, claims, suggestions, timeline] = results
  const failed = results.some((r) => r.isError)
  const error = results.find((r) => r.isError)?.error
  const retry = () => results.filter((r) => r.isError).forEach((r) => void r.refetch())
  if (!contracts.data || !arrests.data || !operations.data || !claims.data || !suggestions.data || !timeline.data)
    return { usage: null, failed, error, retry }
  return {
    usage: sourceUsage({
      awards: contracts.data.awards,
      totals: contracts.data.reportedTotals,
      arrests: arrests.data,
      operations: operations.data,
      claims: claims.data,
      suggestions: suggestions.data.suggestions,
      timeline: timeline.data,
    }),
    failed,
    error,
    retry,
  }
}

function SourceFilters() {
  const [tier, setTier] = useSearchParam('tier')
  const [confidence, setConfidence] = useSearchParam('confidence')
  const filter = parseSourceFilter({ tier, confidence })
  return (
    <fieldset className="source-filter">
      <legend>Filter the sources</legend>
      <label>
        Tier{' '}
        <select value={filter.tier ?? ''} onChange={(e) => setTier(e.target.value || null)}>
          <option value="">All tiers</option>
          {SOURCE_TIERS.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </label>
      <label>
        Confidence{' '}
        <select value={filter.confidence ?? ''} onChange={(e) => setConfidence(e.target.value || null)}>
          <option value="">All confidence levels</option>
          {confidenceSchema.options.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  )
}

/**
 * Sources: every document the app cites, as a committee would cite it (publisher, headline as
 * published, date, tier, confidence, retrieval date), with the figures, claims, checklist evidence
 * and timeline events that rest on each. Filters live in the URL.
 */
export default function SourcesPage() {
  const sources = useQuery(sourceQueries.list())
  const [tier] = useSearchParam('tier')
  const [confidence] = useSearchParam('confidence')
  const { usage, failed, error, retry } = useSourceUsage()
  const filter = parseSourceFilter({ tier, confidence })
  const shown = sources.data ? filterSources(sources.data, filter) : []
  const asOf = sources.data ? dataAsOf(sources.data) : null
  return (
    <>
      <PageHeading title="Sources">Sources</PageHeading>
      <p className="lede">
        Every document the app cites: the original outlet, its headline as published, its publisher and date, the kind
        of document (tier), how far it can be trusted (confidence) and when it was last checked. A mirror or an
        aggregator appears only as a labelled access copy, rated low. Under each source, the figures, claims, checklist
        evidence and timeline events that rest on it.
        {asOf && ` Data as of ${formatPartialDate(asOf)} (the newest source date).`}
      </p>
      <SourceFilters />
      {failed && <ErrorState what="the records that cite the sources" error={error} onRetry={retry} />}
      {sources.isPending && <Loading label="the sources" />}
      {sources.isError && (
        <ErrorState what="the sources" error={sources.error} onRetry={() => void sources.refetch()} />
      )}
      {sources.data && (
        <>
          <p role="status" className="filter-status">
            Showing {shown.length} of {sources.data.length} sources.
          </p>
          {shown.length === 0 ? (
            <EmptyState>No source matches this tier and confidence.</EmptyState>
          ) : (
            <ol className="source-list" aria-label="Sources">
              {shown.map((s) => (
                <li key={s.id}>
                  <SourceCard source={s} uses={usage ? (usage.get(s.id) ?? []) : failed ? null : []} />
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </>
  )
}
