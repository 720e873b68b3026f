import { formatDateTime } from '../../domain/format/format'
import { useMemo } from 'react'
import { SourceRefs } from '../../components/SourceRefs'
import { formatCount, plural } from '../../domain/format/format'
import { describeCurrencySource } from '../../domain/holdings/currency'
import type { FundWeightFile } from '../../domain/holdings/fundFile'
import { leversFor } from '../../domain/holdings/levers'
import { lookThrough, type LookThroughResult, type TargetCompany } from '../../domain/holdings/lookthrough'
import type { Fund } from '../../domain/holdings/schema'
import { useFundFiles, type AcceptedPortfolio } from '../../stores/portfolio/portfolioStore'
import { ClassesTable } from './ClassesTable'
import { CurrencyPanel } from './CurrencyPanel'
import { ExposureChart } from './ExposureChart'
import { ExposureSummary } from './ExposureSummary'
import { ExposureTable } from './ExposureTable'
import { FundFilesPanel } from './FundFilesPanel'
import { LeversList } from './LeversList'
import { formatMoneyFromCents } from '../../domain/holdings/currency'
import { UnresolvedList } from './UnresolvedList'

/**
 * The worker's look-through of a portfolio it has just parsed, keyed by the accepted portfolio:
 * the page reuses it instead of computing the same exposure again on the main thread (a long task
 * for a large file). A cache, not stored state: a reloaded portfolio is looked through afresh.
 */
const workerExposures = new WeakMap<
  AcceptedPortfolio,
  { funds: Fund[]; company: TargetCompany; fundFiles: FundWeightFile[]; result: LookThroughResult }
>()

export function rememberWorkerExposure(
  portfolio: AcceptedPortfolio,
  funds: Fund[],
  company: TargetCompany,
  fundFiles: FundWeightFile[],
  result: LookThroughResult,
): void {
  workerExposures.set(portfolio, { funds, company, fundFiles, result })
}

function Totals({ result, portfolio }: { result: LookThroughResult; portfolio: AcceptedPortfolio }) {
  const rec = result.reconciliation
  const m = (c: number) => formatMoneyFromCents(c, result.currency)
  return (
    <>
      <p>
        Portfolio total used: <strong>{m(result.totalCents)}</strong>, the sum of every position including cash and
        pending activity, as a broker’s account total shows it. Without cash and pending activity:{' '}
        {m(result.totalExCashCents)}. Currency: {result.currency ?? 'not stated'} (
        {describeCurrencySource(portfolio.currency.source)}).
      </p>
      {rec &&
        (rec.matches ? (
          <p>
            ✓ Matches the file’s own total (“{rec.stated.label}”, line {rec.stated.line}): {m(rec.stated.cents)}.
          </p>
        ) : (
          <p role="alert" className="state state-error">
            <strong>Total mismatch:</strong> the positions add up to {m(rec.computedCents)}, but the file’s own total (“
            {rec.stated.label}”, line {rec.stated.line}) says {m(rec.stated.cents)}, a difference of{' '}
            {m(rec.differenceCents)}. Some rows may be missing or counted twice; shares below use {m(rec.computedCents)}
            .
          </p>
        ))}
      {portfolio.rowsLeftOut > 0 && (
        <p>
          {portfolio.rowsLeftOut === 1
            ? 'One row with a problem was left out at your choice; it is not in these totals.'
            : `${formatCount(portfolio.rowsLeftOut)} rows with problems were left out at your choice; they are not in these totals.`}
        </p>
      )}
    </>
  )
}

/** The exposure of the accepted portfolio, derived from it, the fund files and the holdings data on every render. */
export function ExposureSection({
  portfolio,
  company,
  funds,
}: {
  portfolio: AcceptedPortfolio
  company: TargetCompany
  funds: Fund[]
}) {
  const fundFiles = useFundFiles()
  const result = useMemo(() => {
    const w = workerExposures.get(portfolio)
    if (w && w.funds === funds && w.company === company && w.fundFiles === fundFiles) return w.result
    return lookThrough(portfolio.positions, company, funds, portfolio.statedTotal, {
      currency: portfolio.currency.code,
      rates: portfolio.rates,
      classes: portfolio.classes,
      fundFiles,
      leftOut: portfolio.leftOut ?? [],
    })
  }, [portfolio, company, funds, fundFiles])
  // The funds whose weight comes from a file with notes: the table sends the reader to them.
  const filesWithNotes = useMemo(() => new Set(fundFiles.filter((f) => f.notes?.length).map((f) => f.id)), [fundFiles])
  const levers = useMemo(
    () => leversFor(result, company, { rates: portfolio.rates, heldYears: portfolio.heldYears }),
    [result, company, portfolio.rates, portfolio.heldYears],
  )
  const facts = funds.filter((f) => f.facts.length > 0)
  const noExposure = result.rows.length === 0 && result.companyWithoutValue.length === 0
  return (
    <section aria-labelledby="exposure-heading">
      <h2 id="exposure-heading">Exposure to {company.name}</h2>
      <p>
        Portfolio: {portfolio.label}
        {portfolio.source === 'sample' && <span className="sample-tag"> Sample data</span>}, accepted{' '}
        {formatDateTime(portfolio.acceptedAt)}.
      </p>
      <CurrencyPanel portfolio={portfolio} missingRates={result.missingRates} />
      <ExposureSummary result={result} company={company} />
      <Totals result={result} portfolio={portfolio} />
      {noExposure ? (
        <p className="state state-empty">
          No position in this portfolio holds {company.name}, directly or through the funds in the holdings data
          {result.unresolved.length > 0 ? ' (see the securities that could not be looked through below)' : ''}.
        </p>
      ) : (
        result.rows.length > 0 && (
          <figure className="exposure-figure">
            <figcaption>
              Top contributors to the portfolio’s exposure to {company.name}: effective value (position × the fund’s
              weight in {company.ticker}) and share of the portfolio total.
              {result.usesSampleData && (
                <span className="sample-note">
                  {' '}
                  <strong>Sample data:</strong> fund constituents and weights from the sample holdings data are
                  illustrative, not reported holdings.
                </span>
              )}
            </figcaption>
            <ExposureChart rows={result.rows} currency={result.currency} />
            <ExposureTable
              rows={result.rows}
              currency={result.currency}
              filesWithNotes={filesWithNotes}
              caption={`Exposed positions (${formatCount(result.rows.length)}), direct and through funds`}
            />
            <p>
              {formatCount(result.checkedClean)} fund position{result.checkedClean === 1 ? '' : 's'} checked that{' '}
              {result.checkedClean === 1 ? 'does' : 'do'} not hold {company.ticker};{' '}
              {result.checkedWithNotes > 0 &&
                `${plural(result.checkedWithNotes, 'fund position')} at a weight of zero whose holdings file has notes to read (under Fund holdings files); `}
              {formatCount(result.knownZero)} other operating compan{result.knownZero === 1 ? 'y' : 'ies'} (exposure
              zero).
            </p>
          </figure>
        )
      )}
      <FundFilesPanel portfolio={portfolio} company={company} funds={result.classes.funds} />
      <LeversList
        levers={levers}
        company={company}
        portfolio={portfolio}
        currency={result.currency}
        missingRates={result.missingRates}
      />
      <UnresolvedList items={result.unresolved} />
      <ClassesTable portfolio={portfolio} classes={result.classes} currency={result.currency} />
      {facts.length > 0 && (
        <section aria-labelledby="named-investors-heading">
          <h3 id="named-investors-heading">Investors named in the sources</h3>
          <p>
            What the sources say about these firms; any weights for them in the sample data are not reported stakes.
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
