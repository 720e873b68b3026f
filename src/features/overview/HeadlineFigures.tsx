import { useQuery } from '@tanstack/react-query'
import { contractQueries } from '../../api/contracts'
import { arrestQueries, operationQueries } from '../../api/arrests'
import { ErrorState, Loading } from '../../components/QueryStates'
import { SourceRefs, UnverifiedNote } from '../../components/SourceRefs'
import { buildHeadlines } from '../../domain/overview/headlines'

/** The three headline figures, each built from the data layer and shown with its sources. */
export function HeadlineFigures({ companyId }: { companyId: string }) {
  const contracts = useQuery(contractQueries.list(companyId))
  const arrests = useQuery(arrestQueries.list())
  const operations = useQuery(operationQueries.list())
  const queries = [contracts, arrests, operations]

  const failed = queries.filter((q) => q.isError)
  if (failed.length > 0) {
    return (
      <ErrorState
        what="the headline figures"
        error={failed[0]?.error}
        onRetry={() => failed.forEach((q) => void q.refetch())}
      />
    )
  }
  if (!contracts.data || !arrests.data || !operations.data) return <Loading label="headline figures" />

  const headlines = buildHeadlines({
    totals: contracts.data.reportedTotals,
    arrests: arrests.data,
    operations: operations.data,
  })
  return (
    <ul className="headlines" aria-label="Headline figures">
      {headlines.map((h) => (
        <li key={h.id} className="headline">
          <h3>{h.label}</h3>
          {'missing' in h ? (
            <p className="headline-missing">No sourced figure is available for this yet.</p>
          ) : (
            <>
              <p className="headline-value">{h.value}</p>
              <p className="headline-detail">{h.detail}</p>
              <UnverifiedNote verification={h.verification} />
              <SourceRefs ids={h.sourceIds} />
              {h.accounts && (
                <ul className="headline-accounts" aria-label={`${h.label}: the accounts`}>
                  {h.accounts.map((a) => (
                    <li key={a.text}>
                      <p>{a.text}</p>
                      <SourceRefs ids={a.sourceIds} />
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </li>
      ))}
    </ul>
  )
}
