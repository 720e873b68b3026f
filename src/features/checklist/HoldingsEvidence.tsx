import { Link } from '../../components/router'
import { formatPercent, plural } from '../../domain/format/format'
import { formatMoneyFromCents } from '../../domain/holdings/currency'
import { usePortfolioExposure } from '../../stores/portfolio/usePortfolioExposure'

/** What the Holdings look-through found, beside the investor's "holdings reviewed" items. */
export function HoldingsEvidence({ companyId }: { companyId: string }) {
  const exposure = usePortfolioExposure(companyId)
  if (exposure.status === 'no-portfolio')
    return (
      <p className="holdings-evidence">
        No portfolio is loaded. <Link to="/holdings">Review your holdings</Link> to see your direct and indirect
        exposure.
      </p>
    )
  if (exposure.status === 'pending') return <p className="holdings-evidence">Looking through your portfolio…</p>
  if (exposure.status === 'error')
    return (
      <p className="holdings-evidence">
        Your portfolio could not be looked through just now.{' '}
        <button type="button" className="link-button" onClick={exposure.retry}>
          Retry
        </button>
      </p>
    )
  const r = exposure.result
  const funds = new Set(r.rows.filter((row) => row.via).map((row) => row.via?.fundId)).size
  // In the account's own currency, as Holdings shows it: never a guessed "$".
  const m = (cents: number) => formatMoneyFromCents(cents, r.currency)
  const unknown = r.companyWithoutValue.length
  return (
    <p className="holdings-evidence">
      From your holdings (“{exposure.label}”): direct exposure {m(r.directCents)} ({formatPercent(r.directShare, 2)})
      {unknown > 0 && ` plus ${plural(unknown, 'position')} in its shares of unknown size`}, indirect{' '}
      {m(r.indirectCents)} ({formatPercent(r.indirectShare, 2)}) through {funds} fund{funds === 1 ? '' : 's'} or firm
      {funds === 1 ? '' : 's'}
      {r.usesSampleData ? ' (fund holdings: sample data)' : ''}; {r.unresolved.length} position
      {r.unresolved.length === 1 ? '' : 's'} not looked through. <Link to="/holdings">See the look-through</Link>.
    </p>
  )
}
