import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { detectDecimalMark, parseAmount } from './amount'
import { fieldForHeader } from './columns'
import { detectDelimiter, parseCsv } from './csv'
import { parsePortfolio, type ParsedPortfolio } from './parse'

function parsed(text: string): ParsedPortfolio {
  const out = parsePortfolio(text)
  if (!out.ok) throw new Error(out.error)
  return out.portfolio
}

const values = (p: ParsedPortfolio) => p.positions.map((x) => x.valueCents)

describe('parseAmount', () => {
  it.each([
    ['$1,234.56', '.', 123456],
    ['1.234,56', ',', 123456],
    ['1 234,56 €', ',', 123456],
    ["1'234.56", '.', 123456],
    ['(1,234.56)', '.', -123456],
    ['-$250.00', '.', -25000],
    ['250.00-', '.', -25000],
    ['USD 12,000', '.', 1200000],
    ['+7', '.', 700],
    ['1234.5', '.', 123450],
    ['-1,234,567.89', '.', -123456789],
    ['.5', '.', 50],
    ['1.234.567,8', ',', 123456780],
    ['-$1.234,50', ',', -123450],
    [',25', ',', 25],
    ['007', '.', 700],
  ] as const)('reads %s with %s as the decimal mark', (cell, mark, cents) => {
    const r = parseAmount(cell, mark)
    expect(r.kind === 'number' ? Math.round(r.value * 100) : r.kind).toBe(cents)
  })

  it.each(['--', '', 'n/a', '—'])('treats %j as blank', (cell) => {
    expect(parseAmount(cell, '.').kind).toBe('blank')
  })

  it.each(['twelve', '1,23,4', '12abc', '$', '-$', '1.', '1,234.', '1.234,56', '12,3456.7'])('refuses %j', (cell) => {
    expect(parseAmount(cell, '.').kind).toBe('invalid')
  })

  it('reads 20,000 generated plain cells digit by digit exactly as the general path reads their spaced twins', () => {
    let seed = 7
    const rand = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
      return seed % n
    }
    const digits = (n: number) => Array.from({ length: n }, () => String(rand(10))).join('')
    for (let i = 0; i < 20_000; i += 1) {
      const mark = i % 2 === 0 ? '.' : ','
      const group = mark === '.' ? ',' : '.'
      const whole =
        rand(3) === 0
          ? [String(1 + rand(999)), ...Array.from({ length: 1 + rand(5) }, () => digits(3))].join(group)
          : digits(1 + rand(18))
      const decimals = rand(3) === 0 ? '' : `${mark}${digits(1 + rand(20))}`
      const cell = `${rand(4) === 0 ? '-' : ''}${rand(2) === 0 ? '$' : ''}${whole}${decimals}`
      // A trailing space takes the general path (trim, strip, Number) instead of the plain one.
      expect(parseAmount(cell, mark), cell).toEqual(parseAmount(`${cell} `, mark))
    }
  })

  it('reads a minus zero as zero cents and a plain cell like its spaced twin', () => {
    expect(parseAmount('-0.00', '.')).toEqual({ kind: 'number', value: -0 })
    expect(parseAmount('$1,234.56', '.')).toEqual(parseAmount(' $ 1,234.56 ', '.'))
    expect(parseAmount('1.234,56', ',')).toEqual(parseAmount('1.234,56 €', ','))
  })
})

describe('detectDecimalMark', () => {
  it('reads the last mark in a cell with both as the decimal mark', () => {
    expect(detectDecimalMark(['1.234,56'], ',')).toBe(',')
    expect(detectDecimalMark(['1,234.56'], ',')).toBe('.')
  })
  it('reads a comma with two decimals as a decimal comma', () => {
    expect(detectDecimalMark(['1234,56', '12,5'], ',')).toBe(',')
  })
  it('falls back on the separator convention when cells are ambiguous', () => {
    expect(detectDecimalMark(['1,234'], ';')).toBe(',')
    expect(detectDecimalMark(['1,234'], ',')).toBe('.')
  })
})

describe('detectDelimiter and parseCsv', () => {
  it('picks the separator that splits the rows consistently, ignoring title lines', () => {
    expect(detectDelimiter('Title, with a comma\nA;B;C\n1;2;3\n4;5;6')).toBe(';')
    expect(detectDelimiter('A\tB\tC\n1\t2,5\t3')).toBe('\t')
  })
  it('keeps separators, doubled quotes and line breaks inside quoted fields', () => {
    const rows = parseCsv('a,"b, c","say ""hi""","two\nlines"\r\nx,y,z,w\n', ',')
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b, c', 'say "hi"', 'two\nlines'] },
      { line: 3, fields: ['x', 'y', 'z', 'w'] },
    ])
  })
  it('numbers the rows after a quoted line break as an editor does, whatever the break (CR, LF, CRLF)', () => {
    for (const br of ['\r', '\n', '\r\n'])
      expect(parseCsv(`a,"two${br}lines${br}here"${br}x,y${br}z,w`, ',').map((r) => r.line)).toEqual([1, 4, 5])
  })
})

describe('fieldForHeader', () => {
  it.each([
    ['Mkt Val (Market Value)', 'value'],
    ['Current Value', 'value'],
    ['Market Value (USD)', 'value'],
    ['Qty (Quantity)', 'quantity'],
    ['Last Price', 'price'],
    ['Description', 'name'],
    ['ISIN', 'isin'],
    ['CUSIP', 'cusip'],
    ['Security Type', 'type'],
    ['Last Price Change', null],
    ['Cost Basis Total', null],
    ['Account Name', null],
    ['Type', null],
  ] as const)('maps %j to %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field)
  })
})

describe('parsePortfolio on real-world exports', () => {
  it('reads the sample export: BOM, title lines, quoted amounts, cash, pending activity, total and disclaimer', () => {
    const p = parsed(readFileSync('src/features/holdings/sample-portfolio.csv', 'utf8'))
    expect(p.headerLine).toBe(4)
    expect(p.autoMapped).toBe(true)
    expect(p.positions).toHaveLength(10)
    expect(p.positions.filter((x) => x.kind === 'cash').map((x) => x.valueCents)).toEqual([400000])
    expect(p.positions.filter((x) => x.kind === 'pending').map((x) => x.valueCents)).toEqual([-25000])
    expect(p.statedTotal).toEqual({ line: 15, label: 'Account Total', cents: 11775000 })
    expect(p.skipped.map((s) => s.line)).toEqual([1, 2, 15, 17, 18])
    expect(p.problems).toEqual([])
    // An ISIN and a CUSIP in the symbol column are read as such; a name-only row keeps its name.
    expect(p.positions[4]).toMatchObject({ ticker: null, isin: 'DE0008404005' })
    expect(p.positions[6]).toMatchObject({ ticker: null, cusip: '99SMPL019' })
    expect(p.positions[5]).toMatchObject({ ticker: null, name: 'Alger Sample Growth Fund' })
  })

  it('reads a semicolon file with decimal commas and thousands dots', () => {
    const p = parsed(
      'Wertpapier;ISIN;Stück;Kurswert\nPalantir;US69608A1088;10;1.234,56\nAllianz;DE0008404005;2;"500,00 €"\n',
    )
    expect(p.delimiter).toBe(';')
    expect(p.decimalMark).toBe(',')
    expect(values(p)).toEqual([123456, 50000])
  })

  it('reads a tab-separated file', () => {
    const p = parsed('Ticker\tShares\tPrice\nPLTR\t10\t25.5\n')
    expect(values(p)).toEqual([25500])
  })

  it('values a quantity-and-price file as quantity × price', () => {
    const p = parsed('Symbol,Quantity,Price\nPLTR,"1,000",$25.25\n')
    expect(values(p)).toEqual([2525000])
  })

  it('keeps a quantity-only row with no value for the look-through to report', () => {
    const p = parsed('Symbol,Quantity\nPLTR,100\n')
    expect(p.positions[0]).toMatchObject({ quantity: 100, valueCents: null })
  })

  it('recognises a Schwab-style export: cash row, subtotal and account total', () => {
    const csv = [
      '"Positions for account Individual ...123 as of 11:00 AM ET, 2026/11/23"',
      '',
      '"Symbol","Description","Qty (Quantity)","Price","Mkt Val (Market Value)","Security Type"',
      '"PLTR","PALANTIR TECHNOLOGIES INC","10","$25.00","$250.00","Equity"',
      '"Total Equities","--","--","--","$250.00","--"',
      '"Cash & Cash Investments","--","--","--","$100.00","Cash and Money Market"',
      '"Account Total","--","--","--","$350.00","--"',
    ].join('\n')
    const p = parsed(csv)
    expect(p.positions.map((x) => [x.kind, x.valueCents])).toEqual([
      ['security', 25000],
      ['cash', 10000],
    ])
    expect(p.skipped.map((s) => s.reason)).toEqual([
      'Before the header (title or account line)',
      'Subtotal row: its positions are already counted',
      'Total row: not a position; used to check the sum',
    ])
    expect(p.statedTotal?.cents).toBe(35000)
  })

  it('sums account totals in a multi-account export and skips the repeated header', () => {
    const csv =
      'Symbol,Current Value\nPLTR,$10.00\nAccount Total,$10.00\nSymbol,Current Value\nBLK,$5.00\nAccount Total,$5.00\n'
    const p = parsed(csv)
    expect(p.statedTotal?.cents).toBe(1500)
    expect(p.skipped.map((s) => s.reason)).toContain('Repeated header row')
  })

  it('names the row and column of every bad value and keeps the valid rows', () => {
    const p = parsed(readFileSync('e2e/fixtures/broken-portfolio.csv', 'utf8'))
    expect(p.positions.map((x) => x.ticker)).toEqual(['PLTR', 'BLK'])
    expect(p.problems).toEqual([
      { line: 3, column: 'Current Value', message: '"twelve hundred" is not a number.' },
      {
        line: 4,
        column: 'Current Value',
        message:
          'Signs disagree: quantity 10 but market value -$500.00; a short position has a negative quantity and a negative value.',
      },
      { line: 6, column: null, message: 'Duplicate row: identical to line 5.' },
      { line: 7, column: 'Symbol, Description', message: 'No security named: the identifying columns are empty.' },
      {
        line: 8,
        column: 'Current Value',
        message: 'Implausible market value ($9,999,999,999,999.00): more than a trillion in one position.',
      },
    ])
  })

  it('refuses an empty file', () => {
    expect(parsePortfolio('\ufeff \n')).toEqual({ ok: false, error: 'The file is empty: it has no rows to read.' })
  })

  it('asks for a mapping when no column names an amount', () => {
    const out = parsePortfolio('Symbol,Notes\nPLTR,held long\n')
    expect(out.ok).toBe(false)
    if (out.ok) return
    expect(out.error).toMatch(/Missing column: no column in the header on line 1 names the market value or quantity/)
    expect(out.needsMapping?.mapping.ticker).toBe(0)
  })

  it('reads a file with a mapping the user chose', () => {
    const out = parsePortfolio('Wert,Papier\n12.5,PLTR\n', {
      manual: {
        headerLine: 1,
        mapping: {
          ticker: 1,
          isin: null,
          cusip: null,
          name: null,
          value: 0,
          quantity: null,
          price: null,
          type: null,
          currency: null,
          localValue: null,
          fxRate: null,
        },
      },
    })
    expect(out.ok && out.portfolio.positions.map((p) => [p.ticker, p.valueCents])).toEqual([['PLTR', 1250]])
  })
})

describe('a file longer than its opening rows', () => {
  it('reads rows past the first 200 as it reads the first: line numbers, duplicates, quotes and the total', () => {
    const lines = ['Symbol,Name,Current Value']
    for (let i = 0; i < 300; i += 1) lines.push(`T${i},"Name ${i}","$1,000.00"`)
    lines.push('T250,"Two-line\nname","$5.00"', 'T3,"Name 3","$1,000.00"', 'Total,,"$300,005.00"')
    const p = parsed(lines.join('\r\n'))
    expect(p.positions).toHaveLength(301)
    expect(p.positions.at(-1)).toMatchObject({ line: 302, ticker: 'T250', name: 'Two-line\nname', valueCents: 500 })
    expect(p.problems).toEqual([{ line: 304, column: null, message: 'Duplicate row: identical to line 5.' }])
    expect(p.statedTotal).toEqual({ line: 305, label: 'Total', cents: 30_000_500 })
  })
})

describe('parsePortfolio with amounts in currencies beyond the usual few', () => {
  it.each([
    ['Symbol,Market Value\nHSBA,"1,234.56 HKD"\n', 123456, 'HKD'],
    ['Symbol;Market Value\nVOLV-B;12 345,67 SEK\n', 1234567, 'SEK'],
    ['Symbol;Market Value\nVOLV-B;SEK 1.234,56\n', 123456, 'SEK'],
    ['Symbol,Market Value\nEQNR,NOK 100\n', 10000, 'NOK'],
    ['Symbol;Market Value\nPETR4;R$ 1.234,56\n', 123456, 'BRL'],
  ])('reads %j with its currency', (csv, valueCents, currency) => {
    const p = parsed(csv)
    expect(p.problems).toEqual([])
    expect(p.positions.map((x) => [x.valueCents, x.currency])).toEqual([[valueCents, currency]])
    expect(p.currency.code).toBe(currency)
  })

  it('reads "kr" as an amount without naming which crowns, so the row is in the account’s currency', () => {
    const p = parsed('Symbol;Market Value\nVOLV-B;12 345,67 SEK\nERIC-B;kr 1 234,56\n')
    expect(p.problems).toEqual([])
    expect(p.positions.map((x) => [x.valueCents, x.currency])).toEqual([
      [1234567, 'SEK'],
      [123456, null],
    ])
  })
})

describe('parsePortfolio with prices in pence (GBp, GBX)', () => {
  it('reads a GBp row as 7,200 pence, not 7,200 pounds', () => {
    const p = parsed('Symbol,Currency,Market Value\nVOD,GBp,7200\n')
    expect(p.problems).toEqual([])
    // 720,000 hundredths of a penny: £72.00 (formatMoneyFromCents and convertCents: amount.test.ts).
    expect(p.positions.map((x) => [x.valueCents, x.currency])).toEqual([[720000, 'GBX']])
    // Pence rows alone make an account in pounds (rates per pound, not per penny).
    expect(p.currency.code).toBe('GBP')
  })

  it('keeps GBP in capitals as pounds and reads GBX and GBp as pence', () => {
    const p = parsed('Symbol,Currency,Market Value\nVOD,GBP,72\nBARC,GBX,250\nLLOY,gbx,50\nRR,GBp,150\n')
    expect(p.problems).toEqual([])
    expect(p.positions.map((x) => [x.ticker, x.valueCents, x.currency])).toEqual([
      ['VOD', 7200, 'GBP'],
      ['BARC', 25000, 'GBX'],
      ['LLOY', 5000, 'GBX'],
      ['RR', 15000, 'GBX'],
    ])
  })
})

describe('parsePortfolio valuing a row from quantity and price beside a converted value column', () => {
  it('labels a row valued as quantity × price with its own currency, not the value header’s', () => {
    const p = parsed(
      [
        'Bezeichnung;ISIN;Stück;Währung;Kurs;Kurswert (EUR)',
        'NESTLE SA;CH0038863350;10;CHF;95,00;-',
        'SAP SE;DE0007164600;5;EUR;180,00;900,00',
        'APPLE INC;US0378331005;2;USD;200,00;370,00',
      ].join('\n'),
    )
    expect(p.problems).toEqual([])
    expect(p.currency.code).toBe('EUR')
    expect(p.positions.map((x) => [x.name, x.valueCents, x.currency])).toEqual([
      ['NESTLE SA', 95000, 'CHF'],
      ['SAP SE', 90000, 'EUR'],
      ['APPLE INC', 37000, 'EUR'],
    ])
  })

  it('takes the currency from the price cell when there is no currency column', () => {
    const p = parsed('Name;ISIN;Quantity;Price;Value (EUR)\nNESTLE SA;CH0038863350;10;CHF 95,00;-\n')
    expect(p.problems).toEqual([])
    expect(p.positions.map((x) => [x.valueCents, x.currency])).toEqual([[95000, 'CHF']])
  })
})

describe('a UK account with pence and pounds', () => {
  it('is an account in pounds, summing pence at a hundred to the pound without a rate', () => {
    const out = parsePortfolio(
      'Symbol,Currency,Market Value,Security Type\nVOD,GBX,7200,Stock\nBP,GBp,5000,Stock\nVUSA,GBP,900,ETF\n',
    )
    if (!out.ok) throw new Error(out.error)
    expect(out.portfolio.currency).toEqual({ code: 'GBP', source: { kind: 'currency-column', header: 'Currency' } })
    const pence = parsePortfolio('Symbol,Currency,Market Value\nVOD,GBp,7200\n')
    expect(pence.ok && pence.portfolio.currency.code).toBe('GBP')
  })
})

describe('a value cell naming another currency than the currency column', () => {
  it('reads pounds beside a pence column as pounds, and names any other disagreement as a problem', () => {
    const out = parsePortfolio(
      'Symbol,Quantity,Price,Currency,Market Value\nVOD,1000,72.00,GBX,£720.00\nSAP,10,90.00,USD,€900.00\nAAPL,5,200,USD,$1000\n',
    )
    if (!out.ok) throw new Error(out.error)
    expect(out.portfolio.positions.map((p) => [p.ticker, p.valueCents, p.currency])).toEqual([
      ['VOD', 72_000, 'GBP'],
      ['AAPL', 100_000, 'USD'],
    ])
    expect(out.portfolio.problems).toEqual([
      {
        line: 3,
        column: 'Currency',
        message:
          '"€900.00" is in EUR, but the currency column says USD: correct one of them so the amount is read in one currency.',
      },
    ])
  })

  it('keeps a bare dollar sign in a Canadian dollar column as Canadian dollars', () => {
    const out = parsePortfolio('Symbol,Currency,Market Value\nSHOP,CAD,$1000\n')
    expect(out.ok && out.portfolio.positions.map((p) => [p.valueCents, p.currency])).toEqual([[100_000, 'CAD']])
  })
})
