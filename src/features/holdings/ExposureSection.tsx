import { formatDateTime } from '../../domain/format/format'
import { useMemo } from 'react'
import { SourceRefs } from '../../components/SourceRefs'
import { formatCount } from '../../domain/format/format'
import { lookThrough, type LookThroughResult, type TargetCompany } from '../../domain/holdings/lookthrough'
import type { Position } from '../../domain/holdings/parse'
import type { Fund } from '../../domain/holdings/schema'
import type { AcceptedPortfolio } from '../../stores/portfolio/portfolioStore'
import { ExposureChart } from './ExposureChart'
import { ExposureTable } from './ExposureTable'
import { pct, usd } from './money'
import { UnresolvedList } from './UnresolvedList'

/**
 * The worker's look-through of positions it has just parsed, keyed by the positions array: the
 * page reuses it instead of computing the same exposure again on the main thread (a long task
 * for a large file). A cache, not stored state: a reloaded portfolio is looked through afresh.
 */
const workerExposures = new WeakMap<
  readonly Position[],
  { funds: Fund[]; company: TargetCompany; result: LookThroughResult }
>()

export function rememberWorkerExposure(
  positions: readonly Position[],
  funds: Fund[],
  company: TargetCompany,
  result: LookThroughResult,
): void {
  workerExposures.set(positions, { funds, company, result })
}

function Totals({ result, portfolio }: { result: ReturnType<typeof lookThrough>; portfolio: AcceptedPortfolio }) {
  const rec = result.reconciliation
  return (
    <>
      <p>
        Portfolio total used: <strong>{usd(result.totalCents)}</strong>, the sum of every position including cash and
        pending activity, as a broker’s account total shows it. Without cash and pending activity:{' '}
        {usd(result.totalExCashCents)}.
      </p>
      {rec &&
        (rec.matches ? (
          <p>
            ✓ Matches the file’s own total (“{rec.stated.label}”, line {rec.stated.line}): {usd(rec.stated.cents)}.
          </p>
        ) : (
          <p role="alert" className="state state-error">
            <strong>Total mismatch:</strong> the positions add up to {usd(rec.computedCents)}, but the file’s own total
            (“{rec.stated.label}”, line {rec.stated.line}) says {usd(rec.stated.cents)}, a difference of{' '}
            {usd(rec.differenceCents)}. Some rows may be missing or counted twice; shares below use{' '}
            {usd(rec.computedCents)}.
          </p>
        ))}
      {portfolio.rowsLeftOut > 0 && (
        <p>
          {formatCount(portfolio.rowsLeftOut)} rows with problems were left out at your choice; they are not in these
          totals.
        </p>
      )}
    </>
  )
}

/** The exposure of the accepted portfolio, derived from it and the holdings data on every render. */
export function ExposureSection({
  portfolio,
  company,
  funds,
}: {
  portfolio: AcceptedPortfolio
  company: TargetCompany
  funds: Fund[]
}) {
  const result = useMemo(() => {
    const fromWorker = workerExposures.get(portfolio.positions)
    if (fromWorker && fromWorker.funds === funds && fromWorker.company === company) return fromWorker.result
    return lookThrough(portfolio.positions, company, funds, portfolio.statedTotal)
  }, [portfolio, company, funds])
  const facts = funds.filter((f) => f.facts.length > 0)
  return (
    <section aria-labelledby="exposure-heading">
      <h2 id="exposure-heading">Exposure to {company.name}</h2>
      <p>
        Portfolio: {portfolio.label}
        {portfolio.source === 'sample' && <span className="sample-tag"> Sample data</span>}, accepted{' '}
        {formatDateTime(portfolio.acceptedAt)}.
      </p>
      <dl className="exposure-summary" aria-label="Exposure summary">
        <div>
          <dt>Direct ({company.ticker} shares)</dt>
          <dd>
            {usd(result.directCents)} <span>({pct(result.directShare)} of the portfolio)</span>
          </dd>
        </div>
        <div>
          <dt>Indirect (through funds and listed firms)</dt>
          <dd>
            {usd(result.indirectCents)} <span>({pct(result.indirectShare)})</span>
          </dd>
        </div>
        <div>
          <dt>Total exposure</dt>
          <dd>
            {usd(result.exposureCents)} <span>({pct(result.exposureShare)})</span>
          </dd>
        </div>
      </dl>
      <Totals result={result} portfolio={portfolio} />
      {result.rows.length === 0 ? (
        <p className="state state-empty">
          No position in this portfolio holds {company.name}, directly or through the funds and firms in the holdings
          data{result.unresolved.length > 0 ? ' (see the securities that could not be looked through below)' : ''}.
        </p>
      ) : (
        <figure className="exposure-figure">
          <figcaption>
            Top contributors to the portfolio’s exposure to {company.name}: effective value (position × the fund’s
            weight in {company.ticker}) and share of the portfolio total.
            {result.usesSampleData && (
              <span className="sample-note">
                {' '}
                <strong>Sample data:</strong> fund and firm constituents and weights are illustrative, not reported
                holdings.
              </span>
            )}
          </figcaption>
          <ExposureChart rows={result.rows} />
          <ExposureTable
            rows={result.rows}
            caption={`Exposed positions (${formatCount(result.rows.length)}), direct and through funds and firms`}
          />
          <p>
            {result.checkedClean === 1
              ? '1 position is a fund or firm'
              : `${formatCount(result.checkedClean)} positions are funds or firms`}{' '}
            in the holdings data that {result.checkedClean === 1 ? 'does' : 'do'} not hold {company.ticker}.
          </p>
        </figure>
      )}
      <UnresolvedList items={result.unresolved} />
      {facts.length > 0 && (
        <section aria-labelledby="named-investors-heading">
          <h3 id="named-investors-heading">Investors named in the sources</h3>
          <p>
            What the sources say about these firms; their weights in the look-through above are sample data, not
            reported stakes.
          </p>
          <ul>
            {facts.map((f) => (
              <li key={f.id}>
                <strong>{f.name}</strong>
                {f.sample && <span className="sample-tag"> Sample data</span>}: {f.facts.map((x) => x.text).join(' ')}{' '}
                <SourceRefs ids={[...new Set(f.facts.flatMap((x) => x.sourceIds))]} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  )
}
