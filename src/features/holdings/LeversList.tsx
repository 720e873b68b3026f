import { useId } from 'react'
import { RULE_14A8_SOURCE, type Lever } from '../../domain/holdings/levers'
import type { TargetCompany } from '../../domain/holdings/lookthrough'
import { usePortfolioActions, type AcceptedPortfolio } from '../../stores/portfolio/portfolioStore'
import { RateForm } from './RateForm'

const KIND: Record<Lever['kind'], string> = {
  vote: 'Vote your shares',
  'engage-manager': 'Engage the fund’s manager',
  'engage-holder': 'Route to engage: a firm holding the company',
}

/** The investor's lever for each exposure, and the firms holding the company as routes to engage. */
export function LeversList({
  levers,
  company,
  portfolio,
  currency,
  missingRates,
}: {
  levers: Lever[]
  company: TargetCompany
  portfolio: AcceptedPortfolio
  currency: string | null
  /** Currencies the currency panel above already asks a rate for: not asked twice. */
  missingRates: readonly string[]
}) {
  const id = useId()
  const { heldYearsEntered } = usePortfolioActions()
  if (levers.length === 0) return null
  const vote = levers.find((l) => l.kind === 'vote')
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>Your levers</h3>
      <p>
        What you can do with each exposure. Firms holding {company.name} are routes to engage, not part of the exposure
        above.
      </p>
      <ul className="levers">
        {levers.map((l) => (
          <li key={`${l.kind}-${l.target}`}>
            <strong>{KIND[l.kind]}:</strong> {l.text}{' '}
            <span className="line-ref">
              (line{l.lines.length === 1 ? '' : 's'} {l.lines.join(', ')})
            </span>
            {l.proposal && (
              <p>
                Shareholder proposal (Rule 14a-8): {l.proposal.text} Source:{' '}
                <a href={RULE_14A8_SOURCE.url} target="_blank" rel="noreferrer">
                  {RULE_14A8_SOURCE.title}
                </a>
                , {RULE_14A8_SOURCE.publisher}.
              </p>
            )}
          </li>
        ))}
      </ul>
      {vote && (
        <div className="button-row">
          <label htmlFor={`${id}-years`}>Years you have held the {company.ticker} shares</label>
          <input
            id={`${id}-years`}
            type="number"
            min="0"
            step="0.5"
            defaultValue={portfolio.heldYears ?? ''}
            onChange={(e) => heldYearsEntered(e.target.value === '' ? null : Math.max(0, Number(e.target.value)))}
          />
          {currency && currency !== 'USD' && !missingRates.includes('USD') && (
            <RateForm code="USD" account={currency} current={portfolio.rates.USD} />
          )}
        </div>
      )}
    </section>
  )
}
