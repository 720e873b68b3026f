import type { LookThroughResult, TargetCompany } from '../../domain/holdings/lookthrough'
import { formatMoneyFromCents } from '../../domain/holdings/currency'
import { pct } from './percent'

/** Direct, indirect, net and gross exposure with the coverage beside it; shares of the company without a value are never a zero. */
export function ExposureSummary({ result, company }: { result: LookThroughResult; company: TargetCompany }) {
  const m = (c: number) => formatMoneyFromCents(c, result.currency)
  const unknownSize = result.companyWithoutValue
  // Positions waiting for a rate are in no sum: the shares are then of the value counted so far.
  const partial = result.missingRates.length > 0
  return (
    <>
      <dl className="exposure-summary" aria-label="Exposure summary">
        <div>
          <dt>Direct ({company.ticker} shares)</dt>
          <dd>
            {m(result.directCents)}{' '}
            <span>
              ({pct(result.directShare)} of {partial ? 'the value counted so far' : 'the portfolio'})
            </span>
            {unknownSize.length > 0 && <span className="summary-note"> plus shares of unknown size</span>}
          </dd>
        </div>
        <div>
          <dt>Indirect (through funds)</dt>
          <dd>
            {m(result.indirectCents)} <span>({pct(result.indirectShare)})</span>
          </dd>
        </div>
        <div>
          <dt>Total exposure (net)</dt>
          <dd>
            {m(result.exposureCents)} <span>({pct(result.exposureShare)})</span>
          </dd>
        </div>
        {result.shortExposureCents !== 0 && (
          <div>
            <dt>Gross exposure (long plus short)</dt>
            <dd>
              {m(result.grossExposureCents)}{' '}
              <span>
                ({pct(result.grossExposureShare)}); short: {m(result.shortExposureCents)}
              </span>
            </dd>
          </div>
        )}
        <div>
          <dt>Coverage</dt>
          <dd>
            {result.coverage.consideredCents === 0 ? (
              <span className="summary-note">not measured: no amount could be counted</span>
            ) : (
              <>
                {pct(result.coverage.share)} <span>of the portfolio’s value has a known exposure</span>
              </>
            )}
            {result.missingRates.length > 0 && (
              <span className="summary-note">
                {' '}
                ({result.coverage.consideredCents > 0 && 'of the value that could be counted: '}positions in{' '}
                {result.missingRates.join(', ')} are left out until{' '}
                {result.currency ? 'you give a rate' : 'you choose the account currency'})
              </span>
            )}
          </dd>
        </div>
      </dl>
      {partial && (
        <p className="summary-note">
          Every share above is of the value counted so far: positions in {result.missingRates.join(', ')} are in no sum
          until {result.currency ? 'you give a rate' : 'you choose the account currency and give rates'}, so the shares
          will change.
        </p>
      )}
      <p className="hint">
        Coverage, as PACTA reports it: the share of the portfolio’s value (short positions by their size) whose exposure
        is known: the company’s own shares, funds looked through, firms holding it, other operating companies (zero) and
        cash. The rest is listed under “Not looked through”.
      </p>
      {unknownSize.length > 0 && (
        <div role="alert" className="state state-error">
          <p>
            <strong>
              {unknownSize.length === 1 ? 'One position is' : `${unknownSize.length} positions are`} {company.name}{' '}
              shares of unknown size.
            </strong>{' '}
            The exposure above leaves {unknownSize.length === 1 ? 'it' : 'them'} out until{' '}
            {unknownSize.length === 1 ? 'it is' : 'they are'} weighed: a missing value is fixed by mapping the value
            column (under “What was read”, “Change the column mapping”), a missing rate in the currency panel above.
          </p>
          <ul>
            {unknownSize.map((u) => (
              <li key={u.line}>
                Line {u.line}, {u.security}: {u.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  )
}
