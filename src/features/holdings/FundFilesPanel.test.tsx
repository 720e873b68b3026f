import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClientProvider } from '@tanstack/react-query'
import { beforeEach, describe, expect, it } from 'vitest'
import { ivvWeightFile, palantirTarget, position } from '../../domain/holdings/fixtures'
import type { ClassifiedPosition } from '../../domain/holdings/lookthrough'
import { portfolioStoreForTests } from '../../stores/portfolio/portfolioStore'
import { acceptedPortfolio } from '../../test/portfolio'
import { renderWithClient } from '../../test/render'
import { FundFilesPanel } from './FundFilesPanel'

const portfolio = acceptedPortfolio()

const swapNote =
  'The file lists 1 line naming Palantir Technologies that was not counted as its shares: “PALANTIR TECHNOLOGIES INC SWAP” 1.25%.'

describe('the list of fund holdings files', () => {
  beforeEach(() => {
    window.localStorage.clear()
    portfolioStoreForTests.getState().actions.portfolioCleared()
  })

  it('shows what each weight rests on: its notes, none, or that a file saved before notes were kept has none recorded', () => {
    const { fundFileAdded } = portfolioStoreForTests.getState().actions
    fundFileAdded(ivvWeightFile({ notes: [] }))
    fundFileAdded(
      ivvWeightFile({
        id: 'fund:QQQ',
        fileName: 'QQQ.csv',
        fundName: 'Invesco QQQ Trust',
        weight: 0,
        found: false,
        matchedBy: null,
        notes: [swapNote],
      }),
    )
    fundFileAdded(ivvWeightFile({ id: 'fund:VOO', fileName: 'VOO.csv', fundName: 'Vanguard S&P 500 ETF' }))
    renderWithClient(<FundFilesPanel portfolio={portfolio} company={palantirTarget} funds={[]} />)
    const table = screen.getByRole('table', { name: 'Holdings files kept in this browser' })
    const row = (fund: string) => within(table).getByRole('rowheader', { name: fund }).closest('tr') as HTMLElement
    const cells = (fund: string) =>
      within(row(fund))
        .getAllByRole('cell')
        .map((c) => c.textContent)
    expect(cells('iShares Core S&P 500 ETF').slice(2, 5)).toEqual(['0.45%', 'IVV', 'None'])
    // No shares line found, but a swap on the company: not called "not held".
    expect(cells('Invesco QQQ Trust').slice(2, 5)).toEqual([
      '0.00% (no shares line found; see the notes)',
      'IVV',
      swapNote,
    ])
    expect(cells('Vanguard S&P 500 ETF')[4]).toBe(
      'Not recorded (added before notes were kept: add the file again to see them)',
    )
  })
})

describe('a holdings file of another share class', () => {
  beforeEach(() => {
    window.localStorage.clear()
    portfolioStoreForTests.getState().actions.portfolioCleared()
    for (const f of portfolioStoreForTests.getState().fundFiles)
      portfolioStoreForTests.getState().actions.fundFileRemoved(f.id)
  })

  // Vanguard's ETF class (VTI) and Admiral class (VTSAX) hold one portfolio; the weights are test values.
  const vtiFile = new File(
    [
      'Fund Name:,Vanguard Total Stock Market ETF\nTicker Symbol:,VTI\n\nName,Ticker,Weight\nPALANTIR TECHNOLOGIES INC A,PLTR,0.50\nAPPLE INC,AAPL,6.00\n',
    ],
    'vti.csv',
    { type: 'text/csv' },
  )
  const held = (ticker: string, name: string, line: number) => {
    const p = position({ line, ticker, name, valueCents: 1_000_000 })
    const row: ClassifiedPosition = {
      key: `ticker:${ticker}`,
      line,
      security: `${ticker} (${name})`,
      cls: 'fund',
      by: 'data',
      valueCents: 1_000_000,
    }
    return { p, row }
  }

  it('is refused, then used for the position when the person says it is another share class, with a note', async () => {
    const vtsax = held('VTSAX', 'VANGUARD TOTAL STOCK MARKET INDEX FUND ADMIRAL SHARES', 2)
    renderWithClient(
      <FundFilesPanel
        portfolio={acceptedPortfolio({ positions: [vtsax.p] })}
        company={palantirTarget}
        funds={[vtsax.row]}
      />,
    )
    const user = userEvent.setup()
    await user.upload(screen.getByLabelText('Holdings file for this fund'), vtiFile)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'vti.csv was not added. This file is for Vanguard Total Stock Market ETF (VTI), not for VTSAX',
    )
    expect(portfolioStoreForTests.getState().fundFiles).toEqual([])
    await user.click(screen.getByRole('button', { name: /Use vti\.csv for VTSAX .* as another share class/ }))
    expect(screen.getByRole('status')).toHaveTextContent(
      'Added vti.csv for VTSAX (VANGUARD TOTAL STOCK MARKET INDEX FUND ADMIRAL SHARES): Vanguard Total Stock Market ETF, with no “as of” date in the file; PLTR weighs 0.50%',
    )
    expect(screen.getByRole('status')).toHaveTextContent('you said it is another share class of the same fund')
    expect(screen.getByRole('status')).toHaveFocus()
    expect(screen.queryByRole('button', { name: /as another share class/ })).toBeNull()
    const [kept] = portfolioStoreForTests.getState().fundFiles
    expect([kept?.weight, kept?.appliesTo.tickers]).toEqual([0.005, ['VTSAX', 'VTI']])
    expect(kept?.notes?.at(-1)).toMatch(
      /^Used for VTSAX .* although the file is for Vanguard Total Stock Market ETF \(VTI\)/,
    )
  })

  it('withdraws the offer once the portfolio it was made for is replaced', async () => {
    const vtsax = held('VTSAX', 'VANGUARD TOTAL STOCK MARKET INDEX FUND ADMIRAL SHARES', 2)
    const panel = (p: typeof vtsax) => (
      <FundFilesPanel portfolio={acceptedPortfolio({ positions: [p.p] })} company={palantirTarget} funds={[p.row]} />
    )
    const { rerender, client } = renderWithClient(panel(vtsax))
    await userEvent.setup().upload(screen.getByLabelText('Holdings file for this fund'), vtiFile)
    expect(await screen.findByRole('button', { name: /as another share class/ })).toBeInTheDocument()
    // The same panel (its state kept) with a newly imported portfolio.
    rerender(
      <QueryClientProvider client={client}>
        {panel(held('VTSAX', 'VANGUARD TOTAL STOCK MARKET INDEX FUND ADMIRAL SHARES', 2))}
      </QueryClientProvider>,
    )
    expect(screen.queryByRole('button', { name: /as another share class/ })).toBeNull()
  })

  it('offers no such choice for another issuer’s fund', async () => {
    const ivv = held('IVV', 'ISHARES CORE S&P 500 ETF', 3)
    renderWithClient(
      <FundFilesPanel
        portfolio={acceptedPortfolio({ positions: [ivv.p] })}
        company={palantirTarget}
        funds={[ivv.row]}
      />,
    )
    await userEvent.setup().upload(screen.getByLabelText('Holdings file for this fund'), vtiFile)
    expect(await screen.findByRole('alert')).toHaveTextContent('vti.csv was not added.')
    expect(screen.queryByRole('button', { name: /as another share class/ })).toBeNull()
  })
})
