import { describe, expect, it } from 'vitest'
import { positionKey } from './classify'

describe('positionKey', () => {
  it('keys a security by ISIN, CUSIP, ticker, then name, so a class choice follows it across imports', () => {
    const ids = { isin: null, cusip: null, ticker: null, line: 7 }
    expect(positionKey({ ...ids, isin: 'US69608A1088', ticker: 'PLTR', name: 'Palantir' })).toBe('isin:US69608A1088')
    expect(positionKey({ ...ids, cusip: '69608A108', name: 'Palantir' })).toBe('cusip:69608A108')
    expect(positionKey({ ...ids, name: 'PALANTIR TECHNOLOGIES INC-A' })).toBe('name:palantir technologies')
    expect(positionKey({ ...ids, name: null })).toBe('line:7')
  })

  it('gives names made only of designations keys of their own, not one shared empty key', () => {
    const ids = { isin: null, cusip: null, ticker: null, line: 2 }
    const a = positionKey({ ...ids, name: 'Class A Common Stock' })
    const b = positionKey({ ...ids, name: 'Inc' })
    expect(a).toBe('name:class a common stock')
    expect(b).toBe('name:inc')
  })
})
