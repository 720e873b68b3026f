import { describe, expect, it } from 'vitest'
import { detectDecimalMark, parseAmount, type DecimalMark } from './amount'
import { cellCurrency, convertCents, currencyCode, formatMoneyFromCents, KNOWN_CURRENCIES } from './currency'

/** A cell's amount in whole cents, or its kind when it is not a number. */
function cents(cell: string, mark: DecimalMark): number | string {
  const r = parseAmount(cell, mark)
  return r.kind === 'number' ? Math.round(r.value * 100) : r.kind
}

describe('parseAmount with the currency written in the cell', () => {
  it.each([
    ['1,234.56 HKD', '.', 123456],
    ['12 345,67 SEK', ',', 1234567],
    ['kr 1 234,56', ',', 123456],
    ['1 234,56 kr', ',', 123456],
    ['kr. 1.234,56', ',', 123456],
    ['SEK 1.234,56', ',', 123456],
    ["Fr. 1'234.50", '.', 123450],
    ['NOK 100', '.', 10000],
    ['-NOK 100', '.', -10000],
    ['(1.234,56 DKK)', ',', -123456],
    ['100HKD', '.', 10000],
    ['1 234,56 zł', ',', 123456],
    ['₩1,234', '.', 123400],
    ['R$ 1.234,56', ',', 123456],
    ['HK$1,234.56', '.', 123456],
    ['S$ 99.50', '.', 9950],
    ['1 234 Kč', ',', 123400],
    ['₪1,234.56', '.', 123456],
    ['1.234,56 ₺', ',', 123456],
    ['฿1,234.56', '.', 123456],
    ['₱1,234.56', '.', 123456],
    ['NT$1,234', '.', 123400],
    ['MX$ 1,234.56', '.', 123456],
    ['250 GBX', '.', 25000],
  ] as const)('reads %j with %s as the decimal mark', (cell, mark, expected) => {
    expect(cents(cell, mark)).toBe(expected)
  })

  it.each([...KNOWN_CURRENCIES])('reads an amount written with the known code %s and names the code', (code) => {
    expect(cents(`1,234.56 ${code}`, '.')).toBe(123456)
    expect(cents(`${code} 1.234,56`, ',')).toBe(123456)
    expect(cents(`-${code}1,234.56`, '.')).toBe(-123456)
    expect(cellCurrency(`1,234.56 ${code}`)).toBe(code)
    expect(cellCurrency(`${code} 1.234,56`)).toBe(code)
  })

  it('still reads the cells it read before: Swiss apostrophes with a code, rupees, francs, lower-case codes', () => {
    expect(cents("1'234.50 CHF", '.')).toBe(123450)
    expect(cents('₹1,234.56', '.')).toBe(123456)
    expect(cents('₣ 12', '.')).toBe(1200)
    expect(cents('usd 12', '.')).toBe(1200)
    expect(cents('7200 GBp', '.')).toBe(720000)
  })

  // Guards on the wider pattern: an unknown code, a code or "kr" inside a word, a code alone.
  it.each(['1,234.56 XYZ', '12 EUU', 'HKDX 12', '12 krona', 'kr', 'SEK'])('refuses %j', (cell) => {
    expect(parseAmount(cell, '.').kind).toBe('invalid')
  })

  it('reads a cell with a code exactly as the same cell without it', () => {
    expect(parseAmount('12 345,67 SEK', ',')).toEqual(parseAmount('12 345,67', ','))
    expect(parseAmount('1,234.56 HKD', '.')).toEqual(parseAmount('1,234.56', '.'))
  })
})

describe('detectDecimalMark with currencies in the cells', () => {
  it('does not read the dot of a trailing "kr." as a decimal mark', () => {
    expect(detectDecimalMark(['1 234,56 kr.', '99 kr.'], ',')).toBe(',')
  })
  it('does not read the dot of a leading "Fr." as a decimal mark', () => {
    expect(detectDecimalMark(['Fr. 1234'], ';')).toBe(',')
  })
})

describe('cellCurrency', () => {
  it.each([
    ['R$ 1.234,56', 'BRL'],
    ['HK$1,234.56', 'HKD'],
    ['S$ 99.50', 'SGD'],
    ['NZ$ 10', 'NZD'],
    ['1 234,56 zł', 'PLN'],
    ['₩1,234', 'KRW'],
    ["Fr. 1'234.50", 'CHF'],
    ['1 234 Kč', 'CZK'],
    ['₪1,234.56', 'ILS'],
    ['1.234,56 ₺', 'TRY'],
    ['฿1,234.56', 'THB'],
    ['₱1,234.56', 'PHP'],
    ['NT$1,234', 'TWD'],
    ['MX$ 1,234.56', 'MXN'],
    ['7200 GBp', 'GBX'],
  ] as const)('names the currency of %j as %s', (cell, code) => {
    expect(cellCurrency(cell)).toBe(code)
  })

  it('reads "kr" amounts but names no currency for them: Swedish, Norwegian, Danish and Icelandic crowns all write "kr"', () => {
    expect(cents('kr 1 234,56', ',')).toBe(123456)
    expect(cellCurrency('kr 1 234,56')).toBeNull()
    expect(cellCurrency('1 234,56 kr')).toBeNull()
  })

  it('still names what it named before, and nothing for a cell without a currency or with an unknown code', () => {
    expect(cellCurrency('1,234.56 HKD')).toBe('HKD')
    expect(cellCurrency('SEK 1.234,56')).toBe('SEK')
    expect(cellCurrency('250 GBX')).toBe('GBX')
    expect(cellCurrency('72 GBP')).toBe('GBP')
    expect(cellCurrency('$1,234.56')).toBe('USD')
    expect(cellCurrency('€1.234,56')).toBe('EUR')
    expect(cellCurrency('1,234.56')).toBeNull()
    expect(cellCurrency('1,234.56 XYZ')).toBeNull()
  })
})

describe('pence (GBX)', () => {
  it.each([
    ['GBp', 'GBX'],
    ['GBX', 'GBX'],
    ['gbx', 'GBX'],
    [' GBp ', 'GBX'],
    ['GBP', 'GBP'],
    ['gbp', 'GBP'],
    ['eur', 'EUR'],
  ])('keys the currency cell %j as %s', (raw, code) => {
    expect(currencyCode(raw)).toBe(code)
  })

  it('shows 7,200 pence as £72.00, converts them into pounds and pounds into pence at a fixed 100, without a rate', () => {
    expect(formatMoneyFromCents(720_000, 'GBX')).toBe('£72.00')
    expect(convertCents(720_000, 'GBX', 'GBP', {})).toBe(7_200)
    expect(convertCents(720_050, 'GBX', 'GBP', {})).toBe(7_201)
    expect(convertCents(7_200, 'GBP', 'GBX', {})).toBe(720_000)
  })

  it('converts pence into another currency with a rate for pence, else the rate for pounds divided by 100', () => {
    expect(convertCents(720_000, 'GBX', 'EUR', { GBX: 0.0117 })).toBe(8_424)
    expect(convertCents(720_000, 'GBX', 'EUR', { GBP: 1.17 })).toBe(8_424)
    // The rate the user gave for pence themselves wins over the one for pounds.
    expect(convertCents(720_000, 'GBX', 'EUR', { GBX: 0.0117, GBP: 1.2 })).toBe(8_424)
    expect(convertCents(720_000, 'GBX', 'EUR', {})).toBeNull()
    expect(convertCents(720_000, 'GBX', 'EUR', { GBP: 0 })).toBeNull()
    expect(convertCents(720_000, 'GBX', null, { GBP: 1.17 })).toBeNull()
  })
})

describe('cells that mean no value', () => {
  it.each(['', '-', '—', 'n/a', 'N/A', '#N/A', '#n/a', 'n.a.', 'NA', 'none'])(
    'reads %j as blank, not as a bad number',
    (cell) => {
      expect(cents(cell, '.')).toBe('blank')
    },
  )
  it.each(['#VALUE!', '#REF!', 'n.a.x'])('still refuses %j as not a number', (cell) => {
    expect(cents(cell, '.')).toBe('invalid')
  })
})
