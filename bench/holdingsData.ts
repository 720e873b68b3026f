// The holdings bench's company and holdings data, as the app's data layer serves them.
import { companies } from '../mocks/data/companies'
import { funds } from '../mocks/data/funds'

const c = companies.find((x) => x.id === 'palantir')
if (!c) throw new Error('No Palantir in the data layer')
export const company = { id: c.id, name: c.name, ticker: c.ticker, isin: c.isin, cusip: c.cusip ?? null }
export { funds }
