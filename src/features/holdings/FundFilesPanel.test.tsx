import { screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { ivvWeightFile, palantirTarget } from '../../domain/holdings/fixtures'
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
