import { useQuery } from '@tanstack/react-query'
import { useCaseCompanyId } from '../../components/caseCompany'
import { useDeferredValue, useMemo, useState } from 'react'
import { companyQueries } from '../../api/companies'
import { fundQueries } from '../../api/funds'
import { PageHeading } from '../../components/PageHeading'
import { ErrorState, Loading } from '../../components/QueryStates'
import type { ColumnMapping } from '../../domain/holdings/columns'
import { toTargetCompany, type TargetCompany } from '../../domain/holdings/lookthrough'
import type { Fund } from '../../domain/holdings/schema'
import { StorageNotice } from '../../components/StorageNotice'
import { usePortfolio, usePortfolioActions } from '../../stores/portfolio/portfolioStore'
import { STORAGE_KEYS } from '../../stores/storageKeys'
import type { ParsedPortfolio } from '../../domain/holdings/parse'
import { useFundFiles, type AcceptedPortfolio } from '../../stores/portfolio/portfolioStore'
import { ExposureSection, rememberWorkerExposure } from './ExposureSection'
import './holdings.css'
import { ImportPanel } from './ImportPanel'
import type { ImportInput, ImportState } from './importState'
import { PortfolioInput } from './PortfolioInput'
import { useHoldingsWorker } from './useHoldingsWorker'

function PortfolioStorageNotice() {
  return (
    <StorageNotice
      storeKey={STORAGE_KEYS.portfolio}
      what="portfolio"
      keepCopy="Keep your broker’s file to load it again"
      describeField={() => 'the portfolio'}
    />
  )
}

function HoldingsWorkspace({ company, funds }: { company: TargetCompany; funds: Fund[] }) {
  const portfolio = usePortfolio()
  // The exposure renders in an interruptible (deferred) pass, so a large portfolio's tables and
  // chart do not block the page in one long task.
  const shown = useDeferredValue(portfolio)
  const { portfolioAccepted, portfolioCleared } = usePortfolioActions()
  const { run, stage } = useHoldingsWorker()
  const fundFiles = useFundFiles()
  const [state, setState] = useState<ImportState>({ status: 'idle' })
  // The user's class choices, rates and holding period follow the account into a new import; the
  // rates only into a file in the same account currency, as they were entered against it.
  const carried = {
    rates: portfolio?.rates ?? {},
    classes: portfolio?.classes ?? {},
    heldYears: portfolio?.heldYears ?? null,
  }
  const ratesAccount = portfolio?.currency.code ?? null
  // An account currency the user chose goes on to the next file where that file states none.
  const chosenCurrency =
    portfolio && portfolio.currency.source.kind === 'user' && portfolio.currency.code
      ? { code: portfolio.currency.code, from: portfolio.currency.source.carriedFrom ?? portfolio.label }
      : null
  const options = { rates: carried.rates, classes: carried.classes, fundFiles }
  const accepted = (from: ImportInput, p: ParsedPortfolio, rowsLeftOut: number): AcceptedPortfolio => ({
    label: from.label,
    source: from.source,
    acceptedAt: new Date().toISOString(),
    positions: p.positions,
    statedTotal: p.statedTotal,
    rowsLeftOut,
    leftOut: rowsLeftOut > 0 ? p.leftOutSecurities : [],
    currency: p.currency,
    ...carried,
    rates: p.currency.code !== null && p.currency.code === ratesAccount ? carried.rates : {},
  })

  const read = async (from: ImportInput, manual?: { headerLine: number; mapping: ColumnMapping }) => {
    setState({ status: 'working', from })
    const started = performance.now()
    const message = await run({
      input: from.input,
      company,
      funds,
      options,
      ratesAccount,
      chosenCurrency,
      ...(manual ? { manual } : {}),
    })
    if (message.type === 'refused') return setState({ status: 'refused', from, error: message.error })
    if (message.type !== 'result') return
    const { outcome, preview, lines } = message.result
    if (!outcome.ok) {
      if (outcome.needsMapping)
        return setState({ status: 'needs-mapping', from, error: outcome.error, ...outcome.needsMapping })
      return setState({ status: 'refused', from, error: outcome.error })
    }
    const p = outcome.portfolio
    if (p.problems.length > 0 || p.positions.length === 0)
      return setState({ status: 'review', from, portfolio: p, preview })
    const next = accepted(from, p, 0)
    if (preview) rememberWorkerExposure(next, funds, company, fundFiles, preview)
    portfolioAccepted(next)
    setState({ status: 'accepted', from, portfolio: p, lines, ms: performance.now() - started })
  }

  const acceptValidRows = () => {
    if (state.status !== 'review') return
    const p = state.portfolio
    const next = accepted(state.from, p, p.problems.length)
    if (state.preview) rememberWorkerExposure(next, funds, company, fundFiles, state.preview)
    portfolioAccepted(next)
    setState({ status: 'accepted', from: state.from, portfolio: p, lines: 0, ms: 0 })
  }

  return (
    <>
      <section aria-labelledby="load-heading">
        <h2 id="load-heading">Load a portfolio</h2>
        <PortfolioInput disabled={state.status === 'working'} onInput={(from) => void read(from)} />
        {state.status === 'working' && (
          <p role="status" className="state state-loading">
            <span className="spinner" aria-hidden="true" />
            Reading {state.from.label}: {stage ?? 'reading'}…
          </p>
        )}
        <ImportPanel
          state={state}
          hasPortfolio={portfolio !== null}
          onRemap={(from, headerLine, mapping) => void read(from, { headerLine, mapping })}
          onAcceptValid={acceptValidRows}
          onDiscard={() => setState({ status: 'idle' })}
        />
      </section>
      <PortfolioStorageNotice />
      {shown ? (
        <>
          {shown !== portfolio && (
            <p role="status" className="state state-loading">
              <span className="spinner" aria-hidden="true" />
              Updating the exposure…
            </p>
          )}
          <ExposureSection portfolio={shown} company={company} funds={funds} />
          <button
            type="button"
            className="secondary"
            onClick={() => {
              portfolioCleared()
              setState({ status: 'idle' })
            }}
          >
            Remove this portfolio from the browser
          </button>
        </>
      ) : (
        <p className="state state-empty">
          No portfolio loaded yet. Load a CSV export, paste one, or try the sample portfolio.
        </p>
      )}
    </>
  )
}

/** Holdings look-through: upload a portfolio and see its exposure to the company, direct and through funds. */
export default function HoldingsPage() {
  const companyId = useCaseCompanyId()
  const company = useQuery(companyQueries.detail(companyId))
  const funds = useQuery(fundQueries.list())
  const data = company.data
  const target = useMemo<TargetCompany | null>(() => (data ? toTargetCompany(data) : null), [data])
  return (
    <>
      <PageHeading title="Holdings">Holdings</PageHeading>
      <p>
        Find the portfolio’s exposure to the company: shares held directly, and shares held through funds and listed
        firms that own them.
      </p>
      <p className="privacy-note">
        <strong>Private by design:</strong> your holdings are read in this browser and never sent anywhere. The accepted
        portfolio is kept in this browser’s storage until you remove it.
      </p>
      {company.isPending || funds.isPending ? (
        <Loading label="the holdings data" />
      ) : company.isError ? (
        <ErrorState what="the company profile" error={company.error} onRetry={() => void company.refetch()} />
      ) : funds.isError ? (
        <ErrorState what="the fund holdings data" error={funds.error} onRetry={() => void funds.refetch()} />
      ) : (
        target && <HoldingsWorkspace company={target} funds={funds.data} />
      )}
    </>
  )
}
