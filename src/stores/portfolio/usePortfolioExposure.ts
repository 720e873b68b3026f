import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { companyQueries } from '../../api/companies'
import { fundQueries } from '../../api/funds'
import { leversFor, type Lever } from '../../domain/holdings/levers'
import { lookThrough, toTargetCompany, type LookThroughResult } from '../../domain/holdings/lookthrough'
import { useFundFiles, usePortfolio } from './portfolioStore'

export type PortfolioExposure =
  | { status: 'no-portfolio' }
  | { status: 'pending' }
  | { status: 'error'; error: unknown; retry: () => void }
  | { status: 'ready'; label: string; acceptedAt: string; result: LookThroughResult; levers: Lever[] }

/**
 * The accepted portfolio's exposure to a company, for the Checklist (holdings reviewed) and the
 * Briefing, with the investor's levers (for the Engagement view and the Briefing). Derived from the
 * stored positions, fund files and holdings data on every use, never stored.
 */
export function usePortfolioExposure(companyId: string): PortfolioExposure {
  const portfolio = usePortfolio()
  const fundFiles = useFundFiles()
  const company = useQuery({ ...companyQueries.detail(companyId), enabled: portfolio !== null })
  const funds = useQuery({ ...fundQueries.list(), enabled: portfolio !== null })
  const result = useMemo(() => {
    if (!portfolio || !company.data || !funds.data) return null
    const target = toTargetCompany(company.data)
    const result = lookThrough(portfolio.positions, target, funds.data, portfolio.statedTotal, {
      currency: portfolio.currency.code,
      rates: portfolio.rates,
      classes: portfolio.classes,
      fundFiles,
      leftOut: portfolio.leftOut ?? [],
    })
    return { result, levers: leversFor(result, target, { rates: portfolio.rates, heldYears: portfolio.heldYears }) }
  }, [portfolio, company.data, funds.data, fundFiles])
  if (!portfolio) return { status: 'no-portfolio' }
  if (company.isError || funds.isError)
    return {
      status: 'error',
      error: company.error ?? funds.error,
      retry: () => {
        void company.refetch()
        void funds.refetch()
      },
    }
  if (!result) return { status: 'pending' }
  return { status: 'ready', label: portfolio.label, acceptedAt: portfolio.acceptedAt, ...result }
}
