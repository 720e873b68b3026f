import { describe, expect, it } from 'vitest'
import { mapHeader } from './columns'
import { classifyRow, rowIdentifiers } from './rowClass'

const headers = ['Account', 'Symbol', 'Description', 'Quantity', 'Current Value', 'Security Type']
const mapping = mapHeader(headers)

/** A row with `label` in one of the three cells a total, pending or cash row is named by. */
function rowWith(label: string, at: 'account' | 'ticker' | 'name', type = 'Stock'): string[] {
  const cells = ['Z00001', 'XYZ', 'SECURITY 1', '10', '$1,000.00', type]
  cells[{ account: 0, ticker: 1, name: 2 }[at]] = label
  return cells
}

describe('classifyRow', () => {
  it('reads an ordinary security as one, and a cash security type as cash', () => {
    expect(classifyRow(rowWith('XYZ', 'ticker'), headers, mapping)).toMatchObject({
      kind: 'entry',
      position: 'security',
      ids: { ticker: 'XYZ', name: 'SECURITY 1' },
    })
    expect(classifyRow(rowWith('XYZ', 'ticker', 'Money Market'), headers, mapping)).toMatchObject({
      kind: 'entry',
      position: 'cash',
    })
  })

  // Every word the label patterns know, in upper, lower and mixed case, in each cell it is read from.
  const totals = ['Total', 'Account Total', 'GRAND TOTAL', 'Totals:', 'Summe', 'Gesamtwert']
  const subtotals = ['Subtotal', 'Sub-total equities', 'Total Stocks']
  const pending = ['Pending Activity', 'pending', 'Unsettled trades']
  const cashNames = ['Cash', 'Cash & Cash Investments', 'MONEY MARKET', 'Core position', 'Bank deposit program']
  const cashNamesAlso = ['Cash balance', 'Settled cash', 'Uninvested funds']

  it.each(totals)('"%s" in the first, ticker or name cell is a total', (label) => {
    expect(classifyRow(rowWith(label, 'account'), headers, mapping).kind).toBe('total')
    expect(classifyRow(rowWith(label, 'ticker'), headers, mapping).kind).toBe('total')
    expect(classifyRow(rowWith(label.toLowerCase(), 'name'), headers, mapping).kind).toBe('total')
  })

  it.each(subtotals)('"%s" is a subtotal', (label) => {
    expect(classifyRow(rowWith(label, 'account'), headers, mapping).kind).toBe('subtotal')
    expect(classifyRow(rowWith(label.toUpperCase(), 'name'), headers, mapping).kind).toBe('subtotal')
  })

  it.each(pending)('"%s" is pending activity', (label) => {
    expect(classifyRow(rowWith(label, 'ticker'), headers, mapping)).toMatchObject({ position: 'pending' })
    expect(classifyRow(rowWith(label.toUpperCase(), 'name'), headers, mapping)).toMatchObject({ position: 'pending' })
  })

  it.each([...cashNames, ...cashNamesAlso])('"%s" as the name is cash', (label) => {
    expect(classifyRow(rowWith(label, 'name'), headers, mapping)).toMatchObject({ position: 'cash' })
  })

  it.each(cashNames)('"%s" as the first cell is cash', (label) => {
    expect(classifyRow(rowWith(label, 'account'), headers, mapping)).toMatchObject({ position: 'cash' })
  })

  it.each(['SPAXX**', 'fcash', 'USD', 'eur', 'GBP', 'CORE', 'sweep', 'MMDA'])('the ticker "%s" is cash', (ticker) => {
    expect(classifyRow(rowWith(ticker, 'ticker'), headers, mapping)).toMatchObject({ position: 'cash' })
  })
})

describe('rowIdentifiers', () => {
  it('reads a CUSIP whose leading zeros a spreadsheet dropped as the CUSIP', () => {
    const h = ['Symbol', 'CUSIP', 'Description', 'Market Value']
    const m = mapHeader(h)
    expect(rowIdentifiers(['AAPL', '37833100', 'APPLE INC', '100'], m).cusip).toBe('037833100')
    expect(rowIdentifiers(['PLTR', '69608a108', 'PALANTIR', '100'], m).cusip).toBe('69608A108')
    expect(rowIdentifiers(['XYZ', '12345678', 'XYZ', '100'], m).cusip).toBe('12345678')
  })

  it('upper-cases a ticker as toUpperCase does, including letters beyond ASCII', () => {
    for (const t of ['PLTR', 'pltr', 'Brk.b', 'BRK/B', 'straße', 'éf', 'A1-b'])
      expect(rowIdentifiers(rowWith(t, 'ticker'), mapping).ticker).toBe(t.toUpperCase())
  })
})
