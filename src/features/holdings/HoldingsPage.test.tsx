import { configure, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { readFileSync } from 'node:fs'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { server } from '../../../mocks/node'
import { portfolioStoreForTests } from '../../stores/portfolio/portfolioStore'
import { renderWithClient } from '../../test/render'
import HoldingsPage from './HoldingsPage'

// Parsing runs on the page in jsdom (no Worker) and the CPU is shared: allow more than the 1 s default.
configure({ asyncUtilTimeout: 5000 })

function renderHoldings() {
  return renderWithClient(<HoldingsPage />)
}

async function upload(name: string, content: BlobPart, type = 'text/csv') {
  const user = userEvent.setup()
  await user.upload(await screen.findByLabelText('Portfolio CSV file'), new File([content], name, { type }))
}

describe('HoldingsPage', () => {
  // Each test starts with no portfolio: the store outlives a test, and an earlier test's exposure
  // summary would otherwise be on screen before this test's own import is read.
  beforeEach(() => {
    window.localStorage.clear()
    portfolioStoreForTests.getState().actions.portfolioCleared()
  })

  it('says that holdings stay in the browser', () => {
    renderHoldings()
    expect(screen.getByText(/your holdings are read in this browser and never sent anywhere/)).toBeInTheDocument()
  })

  it('looks through the sample portfolio: direct, through funds, totals, coverage and the routes to engage', async () => {
    renderHoldings()
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Use the sample portfolio (sample data)' }))
    const dl = await screen.findByLabelText('Exposure summary')
    expect(within(dl).getByText('$3,750.00')).toBeInTheDocument()
    expect(within(dl).getByText('$950.00')).toBeInTheDocument()
    expect(within(dl).getByText('$4,700.00')).toBeInTheDocument()
    expect(within(dl).getByText('(3.99%)')).toBeInTheDocument()
    expect(within(dl).getByText('100.00%')).toBeInTheDocument()
    expect(screen.getByText(/Portfolio total used:/)).toHaveTextContent(
      'Portfolio total used: $117,750.00, the sum of every position including cash and pending activity, as a broker’s account total shows it. Without cash and pending activity: $114,000.00.',
    )
    expect(screen.getByText(/Matches the file’s own total/)).toHaveTextContent('“Account Total”, line 15')
    const table = screen.getByRole('table', { name: /Exposed positions \(4\)/ })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((r) => within(r).getAllByRole('cell')[2]?.textContent)).toEqual([
      '$3,750.00',
      '$500.00',
      '$360.00',
      '$90.00',
    ])
    expect(within(table).getAllByText('Sample data')).toHaveLength(3)
    // BlackRock and Allianz hold the company: routes to engage, not exposure.
    const levers = screen.getByRole('region', { name: 'Your levers' })
    expect(within(levers).getByText(/As a shareholder of BlackRock, Inc\. \(\$8,000\.00\)/)).toBeInTheDocument()
    expect(within(levers).getByText(/As a shareholder of Allianz SE \(\$5,000\.00\)/)).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Not looked through (0)' })).toBeInTheDocument()
  })

  it('sorts the exposure table by security when its header is pressed', async () => {
    renderHoldings()
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Use the sample portfolio (sample data)' }))
    const table = await screen.findByRole('table', { name: /Exposed positions/ })
    await user.click(within(table).getByRole('button', { name: /Security/ }))
    const first = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent?.split(' ')[0])
    expect(first).toEqual(['Alger', 'PLTR', 'STLX', 'SUTMX'])
    expect(within(table).getByRole('columnheader', { name: /Security/ })).toHaveAttribute('aria-sort', 'ascending')
  })

  it('names the row and column of bad values, keeps the old portfolio, and uses the valid rows on request', async () => {
    renderHoldings()
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Use the sample portfolio (sample data)' }))
    await screen.findByText('$4,700.00')
    await upload('broken-portfolio.csv', readFileSync('e2e/fixtures/broken-portfolio.csv', 'utf8'))
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('5 rows in broken-portfolio.csv have problems; 2 rows are valid.')
    expect(alert).toHaveTextContent('The portfolio shown below is unchanged.')
    const problems = screen.getByRole('table', { name: /Rows with problems/ })
    expect(
      within(problems).getByRole('row', { name: /3 Current Value "twelve hundred" is not a number./ }),
    ).toBeVisible()
    expect(screen.getByText('$4,700.00')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Use the 2 valid rows' }))
    expect(await screen.findByText(/5 rows with problems were left out at your choice/)).toBeInTheDocument()
    expect(screen.getByLabelText('Exposure summary')).toHaveTextContent('Direct (PLTR shares)$1,000.00')
  })

  it('keeps the company’s shares on a left-out row as exposure of unknown size, never “no position holds”', async () => {
    renderHoldings()
    const user = userEvent.setup()
    await upload('na.csv', 'Symbol,Quantity,Market Value,Security Type\nPLTR,10,#VALUE!,Stock\nMSFT,5,1000,Stock\n')
    expect(
      await screen.findByText(
        /The company’s own shares are on 1 of the rows with problems: left out, they are exposure of unknown size/,
      ),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Use the 1 valid row' }))
    expect(await screen.findByText(/One row with a problem was left out at your choice/)).toBeInTheDocument()
    expect(screen.queryByText(/No position in this portfolio holds/)).not.toBeInTheDocument()
    expect(screen.getByText(/One position is Palantir Technologies shares of unknown size/)).toBeInTheDocument()
    expect(
      screen.getByText(
        'Line 2, PLTR: Palantir Technologies shares on a row left out for a problem ("#VALUE!" is not a number.): exposure of unknown size. Correct the row in the file and load it again to weigh it.',
      ),
    ).toBeInTheDocument()
  })

  it('does not blame the rows with problems for the company’s shares that only wait for a currency', async () => {
    renderHoldings()
    await upload('mixed.csv', 'Symbol,Currency,Market Value\nPLTR,USD,1000\nSAP,EUR,9000\nXYZ,EUR,abc\n')
    expect(await screen.findByRole('button', { name: 'Use the 2 valid rows' })).toBeInTheDocument()
    expect(screen.getByText(/The valid rows alone total/)).toBeInTheDocument()
    expect(screen.queryByText(/of the rows with problems/)).not.toBeInTheDocument()
  })

  it('keeps a rate for its own account currency: a new file in another currency asks again', async () => {
    renderHoldings()
    const user = userEvent.setup()
    await upload('eur.csv', 'Base Currency,EUR\nSymbol,Currency,Market Value\nPLTR,USD,1000\nSAP,EUR,9000\n')
    await user.type(await screen.findByLabelText('EUR per 1 USD'), '0.9')
    await user.click(screen.getByRole('button', { name: 'Use this rate' }))
    await waitFor(() =>
      expect(screen.getByLabelText('Exposure summary')).toHaveTextContent('Direct (PLTR shares)€900.00 (9.09%'),
    )
    await upload('gbp.csv', 'Base Currency,GBP\nSymbol,Currency,Market Value\nPLTR,USD,1000\nVOD,GBP,9000\n')
    expect(await screen.findByLabelText('GBP per 1 USD')).toHaveValue('')
    expect(screen.queryByText(/Rates you entered/)).not.toBeInTheDocument()
    expect(screen.getByLabelText('Exposure summary')).toHaveTextContent(
      'Direct (PLTR shares)£0.00 (0.00% of the value counted so far) plus shares of unknown size',
    )
  })

  it('carries the account currency the person chose to the next file that states none, and lets them change it', async () => {
    renderHoldings()
    const user = userEvent.setup()
    await upload('october.csv', 'Symbol,Currency,Market Value\nPLTR,USD,1000\nSAP,EUR,9000\n')
    await user.selectOptions(await screen.findByLabelText('Account currency'), 'EUR')
    await user.type(await screen.findByLabelText('EUR per 1 USD'), '0.9')
    await user.click(screen.getByRole('button', { name: 'Use this rate' }))
    await waitFor(() =>
      expect(screen.getByLabelText('Exposure summary')).toHaveTextContent('Direct (PLTR shares)€900.00 (9.09%'),
    )
    // The same account's next export: still no account currency in it. €1,800 of €9,800.
    await upload('november.csv', 'Symbol,Currency,Market Value\nPLTR,USD,2000\nSAP,EUR,8000\n')
    await waitFor(() =>
      expect(screen.getByLabelText('Exposure summary')).toHaveTextContent('Direct (PLTR shares)€1,800.00 (18.37%'),
    )
    expect(
      screen.getByText(/Currency: EUR \(as you chose it for “october\.csv”; this file does not say\)/),
    ).toBeInTheDocument()
    // A wrong choice can be changed; the rate entered against EUR no longer applies.
    const chosen = screen.getByLabelText('Account currency (you chose it)')
    expect(chosen).toHaveValue('EUR')
    expect(chosen).toHaveAccessibleDescription('Another currency clears the rates you entered against EUR.')
    await user.selectOptions(chosen, 'GBP')
    await user.selectOptions(chosen, 'USD')
    // Browsing the list changes nothing until the person confirms.
    expect(screen.getByText(/Rates you entered/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Use USD as the account currency' }))
    expect(await screen.findByLabelText('USD per 1 EUR')).toHaveValue('')
    expect(screen.queryByText(/Rates you entered/)).not.toBeInTheDocument()
    // Euros wait for a rate again: the share is of the dollars alone, and the page says so.
    expect(screen.getByLabelText('Exposure summary')).toHaveTextContent(
      'Direct (PLTR shares)$2,000.00 (100.00% of the value counted so far)',
    )
    expect(
      screen.getByText(
        /Every share above is of the value counted so far: positions in EUR are in no sum until you give a rate/,
      ),
    ).toBeInTheDocument()
  })

  it('opens the class table by itself while a class is unknown', async () => {
    renderHoldings()
    await upload('unknown.csv', 'Symbol,Market Value,Security Type\nXYZ,100,\nMSFT,200,Stock\n')
    expect(await screen.findByLabelText('Class of XYZ (line 2)')).toHaveValue('unknown')
  })

  it('builds the class table of known securities when the person opens it', async () => {
    renderHoldings()
    const user = userEvent.setup()
    await upload('known.csv', 'Symbol,Market Value,Security Type\nAAPL,100,Stock\nMSFT,200,Stock\n')
    const summary = await screen.findByText('What each security is (2): check and correct')
    expect(screen.queryByLabelText('Class of AAPL (line 2)')).not.toBeInTheDocument()
    await user.click(summary)
    expect(await screen.findByLabelText('Class of AAPL (line 2)')).toHaveValue('other-company')
  })

  it.each([
    ['a PDF', '%PDF-1.7 binary', 'statement.pdf', /This is a PDF, not a CSV/],
    ['an empty file', '', 'empty.csv', /The file is empty/],
  ])('refuses %s with its own message', async (_what, content, name, message) => {
    renderHoldings()
    await upload(name, content)
    expect(await screen.findByRole('alert')).toHaveTextContent(message)
  })

  it('asks for a column mapping when the header is unclear, then reads the file', async () => {
    renderHoldings()
    const user = userEvent.setup()
    await user.type(await screen.findByLabelText('Or paste CSV text'), 'Papier,Wert{enter}PLTR,100')
    await user.click(screen.getByRole('button', { name: 'Read pasted text' }))
    expect(await screen.findByRole('alert')).toHaveTextContent('Missing column')
    await user.selectOptions(screen.getByLabelText('Ticker / symbol'), 'Papier')
    await user.selectOptions(screen.getByLabelText('Market value'), 'Wert')
    await user.click(screen.getByRole('button', { name: 'Read the file with these columns' }))
    // Nothing in this file says its currency: the amount is not dressed up as dollars.
    expect(await screen.findByLabelText('Exposure summary')).toHaveTextContent('100.00 (currency not stated)')
  })

  it('shows an error with Retry when the holdings data cannot be loaded', async () => {
    server.use(http.get('/api/funds', () => HttpResponse.json({ message: 'down' }, { status: 500 })))
    renderHoldings()
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the fund holdings data')
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument()
  })
})
