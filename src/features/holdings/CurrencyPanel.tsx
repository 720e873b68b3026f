import { useId, useState } from 'react'
import { KNOWN_CURRENCIES } from '../../domain/holdings/currency'
import { usePortfolioActions, type AcceptedPortfolio } from '../../stores/portfolio/portfolioStore'
import { RateForm } from './RateForm'

/**
 * The account's currency, and rates for positions in other currencies: asked for, never assumed.
 * The rates used are said and kept with the portfolio.
 */
export function CurrencyPanel({ portfolio, missingRates }: { portfolio: AcceptedPortfolio; missingRates: string[] }) {
  const selectId = useId()
  const { currencyChosen } = usePortfolioActions()
  const account = portfolio.currency.code
  const used = Object.entries(portfolio.rates)
  if (!account)
    return (
      <div className="state state-error">
        {missingRates.length > 0 ? (
          <p>
            The file’s positions are in several currencies ({missingRates.join(', ')}) and it does not say which is the
            account’s. They are left out of every sum until you choose the account currency and give rates for the
            others.
          </p>
        ) : (
          <p>
            The file does not say which currency its amounts are in. Amounts are shown without a currency until you
            choose one.
          </p>
        )}
        <label htmlFor={selectId}>Account currency</label>{' '}
        <select id={selectId} defaultValue="" onChange={(e) => e.target.value && currencyChosen(e.target.value)}>
          <option value="">Choose…</option>
          {[...KNOWN_CURRENCIES].sort().map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
      </div>
    )
  return (
    <>
      {portfolio.currency.source.kind === 'user' && (
        // Keyed by the account currency, so that the picker starts from it again once it changes.
        <ChangeCurrency key={account} account={account} hasRates={used.length > 0} />
      )}
      {missingRates.length > 0 && (
        <div role="alert" className="state state-error">
          <p>
            Some positions are in {missingRates.join(', ')}, not {account}, and the file has no converted value for
            them: they are left out of every sum until you give a rate.
          </p>
          {missingRates.map((c) => (
            <RateForm key={c} code={c} account={account} current={portfolio.rates[c]} />
          ))}
        </div>
      )}
      {used.length > 0 && (
        <details>
          <summary>Rates you entered ({used.map(([c, r]) => `1 ${c} = ${r} ${account}`).join('; ')})</summary>
          {used.map(([c, r]) => (
            <RateForm key={c} code={c} account={account} current={r} />
          ))}
        </details>
      )}
    </>
  )
}

/**
 * A chosen account currency, changed only with the button: a select changes on arrow keys in some
 * browsers, and a change clears the rates entered against the old currency.
 */
function ChangeCurrency({ account, hasRates }: { account: string; hasRates: boolean }) {
  const id = useId()
  const { currencyChosen } = usePortfolioActions()
  const [next, setNext] = useState(account)
  return (
    <p className="button-row">
      <label htmlFor={`${id}-select`}>Account currency (you chose it)</label>
      <select
        id={`${id}-select`}
        value={next}
        onChange={(e) => setNext(e.target.value)}
        aria-describedby={hasRates ? `${id}-note` : undefined}
      >
        {[...KNOWN_CURRENCIES].sort().map((c) => (
          <option key={c}>{c}</option>
        ))}
      </select>
      {next !== account && (
        <button type="button" className="secondary" onClick={() => currencyChosen(next)}>
          Use {next} as the account currency
        </button>
      )}
      {hasRates && <span id={`${id}-note`}>Another currency clears the rates you entered against {account}.</span>}
    </p>
  )
}
