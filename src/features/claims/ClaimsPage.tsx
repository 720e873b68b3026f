import { useQuery } from '@tanstack/react-query'
import { useCaseCompanyId } from '../../components/caseCompany'
import { claimQueries } from '../../api/claims'
import { PageHeading } from '../../components/PageHeading'
import { EmptyState, ErrorState, Loading } from '../../components/QueryStates'
import { useSearchParam } from '../../components/router'
import { CLAIM_STATUSES, countByStatus, filterClaims, parseClaimStatus } from '../../domain/claims/filter'
import { ClaimCard } from './ClaimCard'
import './claims.css'

/** The company's statements beside the counter-evidence, filterable by status (kept in the URL). */
export default function ClaimsPage() {
  const companyId = useCaseCompanyId()
  const claims = useQuery(claimQueries.list(companyId))
  const [statusParam, setStatusParam] = useSearchParam('status')
  const status = parseClaimStatus(statusParam)

  return (
    <>
      <PageHeading title="Claims">Claims</PageHeading>
      <p className="lede">
        What the company has said, quoted verbatim with its date and source, beside the evidence that bears on it. Where
        the exact words are not recorded, the statement is labelled &ldquo;Paraphrase&rdquo; and shown without quotation
        marks. The status says how the record stands against each statement, and why.
      </p>
      {claims.isPending && <Loading label="the claims" />}
      {claims.isError && <ErrorState what="the claims" error={claims.error} onRetry={() => void claims.refetch()} />}
      {claims.data && (
        <>
          <fieldset className="claim-filter">
            <legend>Show claims by status</legend>
            <label>
              <input type="radio" name="claim-status" checked={status === null} onChange={() => setStatusParam(null)} />
              All ({claims.data.length})
            </label>
            {CLAIM_STATUSES.map((s) => (
              <label key={s}>
                <input type="radio" name="claim-status" checked={status === s} onChange={() => setStatusParam(s)} />
                {s} ({countByStatus(claims.data)[s]})
              </label>
            ))}
          </fieldset>
          <ClaimList claims={filterClaims(claims.data, status)} />
        </>
      )}
    </>
  )
}

function ClaimList({ claims }: { claims: ReturnType<typeof filterClaims> }) {
  if (claims.length === 0) return <EmptyState>No claim has this status.</EmptyState>
  return (
    <ol className="claims" aria-label="Claims and counter-evidence">
      {claims.map((claim) => (
        <li key={claim.id}>
          <ClaimCard claim={claim} />
        </li>
      ))}
    </ol>
  )
}
