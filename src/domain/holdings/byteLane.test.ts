import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FastRows, hasLabelWord, openByteSource, recordNext, scanBytes } from './byteLane'
import { mapHeader } from './columns'
import { readRecords } from './csv'
import { PackedBuilder, unpackPositions, type PackedPositions } from './packed'
import { parsePortfolio, parsePortfolioBytes, type ParseOutcome, type Position } from './parse'
import { decodeBytes } from './sniff'

const utf8 = (s: string) => new TextEncoder().encode(s)

/** The whole text read by the text reader, with the same opening rows as the byte lane's head. */
function textWay(bytes: Uint8Array, headRows: number): ParseOutcome {
  return parsePortfolio(decodeBytes(bytes, 'utf-8'), {}, headRows)
}

/** The same file by the byte lane, its head made as small as asked; null where the file is read as text. */
function byteWay(bytes: Uint8Array, headRows: number): ParseOutcome | null {
  const source = openByteSource(bytes, { headRows, headBytes: 0 })
  return source && parsePortfolioBytes(source)
}

/** The byte lane with its positions handed over packed, `every` at a time, and unpacked again. */
function packedWay(bytes: Uint8Array, headRows: number, every: number) {
  const source = openByteSource(bytes, { headRows, headBytes: 0 })
  if (!source) return null
  const chunks: PackedPositions[] = []
  const outcome = parsePortfolioBytes(source, { stream: { every, sendPacked: (p) => chunks.push(p) } })
  const positions: Position[] = []
  for (const c of chunks) unpackPositions(structuredClone(c), positions)
  return { outcome, positions, sizes: chunks.map((c) => c.count) }
}

/** Checks the byte lane against the text reader for one file, with heads of several sizes; how many ways it was read by bytes. */
function expectSameAnswer(bytes: Uint8Array, heads = [1, 2, 3, 5, 8]): number {
  let read = 0
  for (const h of heads) {
    const byBytes = byteWay(bytes, h)
    if (!byBytes) continue
    read += 1
    const byText = textWay(bytes, h)
    expect(byBytes).toEqual(byText)
    const packed = packedWay(bytes, h, 2)
    if (byText.ok && packed?.outcome.ok) {
      // Handed over in chunks, and the rest (a statement made of sections hands over none) in the answer.
      const positions = [...packed.positions, ...packed.outcome.portfolio.positions]
      expect({ ...packed.outcome.portfolio, positions }).toEqual(byText.portfolio)
    } else expect(packed?.outcome).toEqual(byText)
  }
  return read
}

/** A small seeded generator (mulberry32), so a failing file can be made again from its seed. */
function random(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T
  return { next, pick }
}

interface Layout {
  header: string[]
  sep: string
  decimal: '.' | ','
}

const LAYOUTS: Layout[] = [
  {
    header: ['Account Number', 'Symbol', 'Description', 'Quantity', 'Last Price', 'Current Value', 'Security Type'],
    sep: ',',
    decimal: '.',
  },
  { header: ['Symbol', 'Name', 'ISIN', 'Quantity', 'Market Value (EUR)', 'Currency'], sep: ';', decimal: ',' },
  { header: ['Ticker', 'Name', 'CUSIP', 'Shares', 'Value', 'Currency', 'Type'], sep: '\t', decimal: '.' },
  { header: ['Symbol', 'Description', 'Qty', 'Market Value', 'Currency', 'FXRateToBase'], sep: ',', decimal: '.' },
]

/** A generated export: mostly ordinary rows, with every kind of row the text reader must take among them. */
function generated(seed: number, rows: number): Uint8Array {
  const r = random(seed)
  const layout = r.pick(LAYOUTS)
  const { sep, decimal } = layout
  const amount = (cents: number, dollar: boolean) => {
    const neg = cents < 0
    const whole = Math.floor(Math.abs(cents) / 100)
    const frac = String(Math.abs(cents) % 100).padStart(2, '0')
    const group = decimal === '.' ? ',' : '.'
    const grouped = r.next() < 0.5 ? whole.toLocaleString('en-US').replaceAll(',', group) : String(whole)
    return `${neg ? '-' : ''}${dollar ? '$' : ''}${grouped}${decimal}${frac}`
  }
  const quote = (s: string) =>
    s.includes(sep) || s.includes('"') || r.next() < 0.2 ? `"${s.replaceAll('"', '""')}"` : s
  const tickers = ['PLTR', 'MSFT', 'AAPL', 'SPAXX**', 'pltr', 'US69608A1088', '69608A108', 'BRK.B', 'XOM', 'T1', '']
  const names = [
    'PALANTIR TECHNOLOGIES INC CL A',
    'Microsoft Corp',
    'Nestlé S.A.',
    'Total Stocks',
    'CASH & EQUIVALENTS',
    'Pending Activity',
    'SECURITY 1',
    'Bank of "Anywhere"',
    ' padded name ',
    'two\nlines',
    '',
  ]
  const types = ['Stock', 'ETF', 'Cash', 'Money Market', '', 'Option']
  const currencies = ['USD', 'EUR', 'GBp', 'XYZ', '', 'usd']
  const ids = ['US69608A1088', 'US0000000000', 'DE0007164600', '', 'us69608a1088', 'US 69608A1088']
  const cusips = ['69608A108', '37833100', '', '12345']
  const line = (): string => {
    const cents = Math.round((r.next() - 0.1) * 1e7)
    const qty = r.pick(['10', '-5', '1.5', '', '0', '1,000', 'n/a', '1000000000000'])
    const dollar = r.next() < 0.5
    const value = r.pick([
      () => amount(cents, dollar),
      () => amount(cents, dollar),
      () => amount(cents, dollar),
      () => '',
      () => '--',
      () => `${amount(cents, false)} EUR`,
      () => `(${amount(Math.abs(cents), false)})`,
      () => '12345678901234567.5',
      () => `£${amount(Math.abs(cents), false)}`,
      () => '999999999999999',
      // Near misses of a plain amount: groups not of three, a mark without decimals, signs misplaced.
      () =>
        r
          .pick([
            '1234,567.00',
            '12,34.5',
            '1,2345',
            '.5',
            '-.5',
            '$.5',
            '5.',
            '1,234.',
            '$-5',
            '-$1,234,567.891',
            '0001,234',
            ',5',
            '1,234,567',
            '12.345.678,9',
          ])
          .replace(/[.,]/g, (m) => (decimal === '.' ? m : m === '.' ? ',' : '.')),
    ])()
    const cells = layout.header.map((h) => {
      if (/symbol|ticker/i.test(h)) return r.pick(tickers)
      if (/name|description/i.test(h)) return r.pick(names)
      if (/isin/i.test(h)) return r.pick(ids)
      if (/cusip/i.test(h)) return r.pick(cusips)
      if (/quantity|shares|qty/i.test(h)) return qty
      if (/price/i.test(h)) return amount(Math.abs(cents) % 50000, dollar)
      if (/value/i.test(h)) return value
      if (/type/i.test(h)) return r.pick(types)
      if (/currency/i.test(h)) return r.pick(currencies)
      if (/fxrate/i.test(h)) return r.pick(['1', '1.1', '', '0'])
      return `Z${Math.floor(r.next() * 9)}`
    })
    return cells.map(quote).join(sep)
  }
  const out: string[] = ['"Positions (generated)"', '', layout.header.join(sep)]
  const plain: string[] = []
  for (let i = 0; i < rows; i += 1) {
    const x = r.next()
    let row: string
    if (x < 0.55) {
      // An ordinary row, as the lane reads it.
      const cents = Math.round((r.next() - 0.05) * 1e7)
      const cells = layout.header.map((h) => {
        if (/symbol|ticker/i.test(h))
          return `T${Math.floor(r.next() * 400)
            .toString(36)
            .toUpperCase()}`
        if (/name|description/i.test(h)) return `SECURITY ${Math.floor(r.next() * 400)}`
        if (/isin/i.test(h)) return r.next() < 0.5 ? 'US69608A1088' : ''
        if (/cusip/i.test(h)) return r.next() < 0.5 ? '69608A108' : ''
        if (/quantity|shares|qty/i.test(h)) return String(cents < 0 ? -1 : 1 + Math.floor(r.next() * 50))
        if (/price/i.test(h)) return amount(1234, true)
        if (/value/i.test(h)) return amount(cents, r.next() < 0.5)
        if (/type/i.test(h)) return r.pick(['Stock', 'ETF', 'Cash'])
        if (/currency/i.test(h)) return r.pick(['USD', 'EUR'])
        if (/fxrate/i.test(h)) return '1'
        return 'Z1'
      })
      row = cells.map((c) => (r.next() < 0.1 ? `"${c}"` : c)).join(sep)
      plain.push(row)
    } else if (x < 0.65 && plain.length > 0)
      row = r.pick(plain) // a duplicate
    else if (x < 0.7) row = ''
    else if (x < 0.72) row = layout.header.join(sep)
    else if (x < 0.74) row = ['Trade Date', 'Settlement Date', 'Symbol', 'Amount'].join(sep)
    else if (x < 0.76) row = `Account Total${sep}${sep}${amount(123456, true)}`
    else if (x < 0.78) row = 'Disclaimer: generated data.'
    else row = line()
    out.push(row)
  }
  const breaks = ['\r\n', '\n', '\r']
  let text = ''
  out.forEach((l, i) => {
    text += l + (i === out.length - 1 && r.next() < 0.5 ? '' : r.next() < 0.9 ? breaks[seed % 3] : r.pick(breaks))
  })
  const bytes = utf8(r.next() < 0.2 ? `\ufeff${text}` : text)
  // Now and then a byte that is not UTF-8: the file is then windows-1252 throughout.
  if (r.next() < 0.1) {
    const i = bytes.indexOf(0x41)
    if (i >= 0) bytes[i] = 0xe9
  }
  return bytes
}

describe('the byte lane reads a large file as the text reader reads it', () => {
  it('gives the same answer as the text reader for every broker file in the test data, with heads of 1-8 rows', () => {
    const dir = join(__dirname, 'testdata', 'brokers')
    let read = 0
    for (const f of readdirSync(dir)) read += expectSameAnswer(new Uint8Array(readFileSync(join(dir, f))))
    for (const f of ['sample-portfolio.csv', 'euro-broker-export.csv', 'two-currencies.csv', 'broken-portfolio.csv'])
      read += expectSameAnswer(new Uint8Array(readFileSync(join(__dirname, '../../../e2e/fixtures', f))))
    // Most files are read by bytes after their head (a statement made of sections is read as text).
    expect(read).toBeGreaterThan(60)
  })

  it('gives the same answer on 300 generated files mixing ordinary rows with every other kind of row', () => {
    let read = 0
    for (let seed = 1; seed <= 300; seed += 1) read += expectSameAnswer(generated(seed, 40), [1, 4])
    expect(read).toBeGreaterThan(300)
  })

  it('splits the rows by the separator of the first 60 lines, as the text reader does, whatever the opening rows use', () => {
    // A title row with semicolons, then the header and 70 rows with commas: the text reader's
    // separator (from the first 60 lines) is the comma, though the title has more semicolons than
    // the header has commas.
    const rows = Array.from({ length: 70 }, (_, i) => `T${i},SECURITY ${i},$${i + 1}.00`)
    const bytes = utf8(['Account;Individual;2026;Positions;USD', 'Symbol,Name,Value', ...rows].join('\n'))
    expect(expectSameAnswer(bytes, [2])).toBe(1)
    expect(byteWay(bytes, 2)).toMatchObject({ ok: true, portfolio: { delimiter: ',' } })
  })

  it('reads an ordinary row from its bytes, and hands positions over packed, every one in file order', () => {
    const rows = Array.from(
      { length: 50 },
      (_, i) => `Z1,T${i},SECURITY ${i},${i + 1},$2.00,"$${2 * (i + 1)}.00",Stock`,
    )
    const text = ['Account,Symbol,Description,Quantity,Price,Value,Security Type', ...rows].join('\n')
    const packed = packedWay(utf8(text), 1, 20)
    expect(packed?.sizes).toEqual([20, 20, 10])
    expect(packed?.positions[49]).toEqual({
      line: 51,
      kind: 'security',
      ticker: 'T49',
      isin: null,
      cusip: null,
      name: 'SECURITY 49',
      quantity: 50,
      valueCents: 10_000,
      currency: 'USD',
      securityType: 'Stock',
    })
  })
})

describe('FastRows', () => {
  const headers = ['Account', 'Symbol', 'Description', 'Quantity', 'Current Value', 'Security Type', 'Currency']
  const lane = () => new FastRows(headers, mapHeader(headers), '.', null, ',')
  const read = (row: string) => {
    const l = lane()
    const next = l.read(utf8(row), 0)
    return next < 0
      ? null
      : { next, kind: l.kind, quantity: l.quantity, valueCents: l.valueCents, currency: l.currency, type: l.type }
  }

  it('reads an ordinary row from its bytes: its amounts, kind, currency and type, and where the next row starts', () => {
    expect(read('Z1,PLTR,PALANTIR,150,"$3,750.25",Stock,\r\nnext')).toEqual({
      next: 41,
      kind: 0,
      quantity: 150,
      valueCents: 375_025,
      currency: 'USD',
      type: 'Stock',
    })
    expect(read('Z1,SPAXX,GOVT FUND,,5000,Money Market,EUR')).toMatchObject({
      kind: 1,
      quantity: null,
      currency: 'EUR',
    })
    expect(read('Z1,TSLA,SHORT,-5,-$900.00,Stock,')).toMatchObject({ quantity: -5, valueCents: -90_000 })
  })

  it('leaves every other row to the text reader', () => {
    const others = [
      'Account Total,,,,"$1.00",,', // a label word
      'Z1,PLTR,Palantir,1,"$1,00.00",Stock,', // not a plain amount
      'Z1,pltr,Palantir,1,$1.00,Stock,', // a ticker in lower case
      'Z1,PLTR,Nestlé,1,$1.00,Stock,', // not ASCII
      'Z1,PLTR, Palantir,1,$1.00,Stock,', // a space to trim
      'Z1,PLTR,"Pal ""A""",1,$1.00,Stock,', // a quote inside a cell
      'Z1,PLTR,"two\nlines",1,$1.00,Stock,', // a cell over two lines
      'Z1,PLTR,Palantir,-1,$1.00,Stock,', // signs that disagree
      'Z1,PLTR,Palantir,1,$1.00,Stock,XYZ', // an unknown currency
      'Z1,PLTR,Palantir,1,,Stock,', // no value
      ',,,,,,', // blank
      headers.join(','), // the header again
    ]
    expect(others.map(read)).toEqual(others.map(() => null))
  })
})

describe('byte scanning', () => {
  it('counts quotes and line feeds, and decodes as windows-1252 only where a byte is not UTF-8', () => {
    expect(scanBytes(utf8('a,"b"\nNestlé,€1\n'))).toEqual({ encoding: 'utf-8', quotes: 2, lineFeeds: 2 })
    expect(scanBytes(new Uint8Array([0x4e, 0xe9, 0x0a]))).toEqual({ encoding: 'windows-1252', quotes: 0, lineFeeds: 1 })
    // A multi-byte sequence cut short by an ASCII byte is not UTF-8 either.
    expect(scanBytes(new Uint8Array([0xc3, 0x41])).encoding).toBe('windows-1252')
    // Valid UTF-8 first ("é"), a windows-1252 "é" further on: every later byte is checked too.
    expect(scanBytes(new Uint8Array([0x41, 0xc3, 0xa9, 0x0a, 0x42, 0xe9, 0x22, 0x0a]))).toEqual({
      encoding: 'windows-1252',
      quotes: 1,
      lineFeeds: 2,
    })
  })

  it('ends a record where the text reader ends it: after a quoted line break, not at it', () => {
    const text = 'a,"x\ny",b\r\nc,d"e\nf,"g""h"\n"open'
    const bytes = utf8(text)
    const ends: number[] = []
    for (let at = 0; at < bytes.length;) ends.push((at = recordNext(bytes, at, 44)))
    const rows = readRecords(text, ',')
    expect(rows.rows).toHaveLength(4)
    expect(ends).toEqual([11, 17, 26, text.length + 1])
  })

  it('finds the label words of the row patterns in any case, and nothing else', () => {
    const has = (s: string) => hasLabelWord(utf8(s), 0, s.length)
    expect(['Account TOTAL', 'Pending', 'SPAXX**', 'Cash', 'usd', 'Gesamt', 'MoneyMarket'].map(has)).toEqual(
      Array(7).fill(true),
    )
    expect(['PLTR', 'SECURITY 12', 'Microsoft', 'T*X', 'Z00001'].map(has)).toEqual(Array(5).fill(false))
  })

  it('reads a small file, or one with an odd number of quotes, as one text', () => {
    expect(openByteSource(utf8('Symbol,Value\nPLTR,1\n'))).toBeNull()
    const rows = Array.from({ length: 20 }, (_, i) => `T${i},${i}`).join('\n')
    expect(openByteSource(utf8(`Symbol,Value\n${rows}\n`), { headRows: 2, headBytes: 0 })).not.toBeNull()
    expect(openByteSource(utf8(`Symbol,Value\n${rows}\nX 12",1\n`), { headRows: 2, headBytes: 0 })).toBeNull()
  })
})

describe('PackedBuilder', () => {
  it('packs positions given as objects as packPositions does: nulls, empty texts, accents and a leading U+FEFF', () => {
    const positions: Position[] = [
      {
        line: 3,
        kind: 'security',
        ticker: '\ufeffNESN',
        isin: null,
        cusip: '',
        name: 'Nestlé S.A.',
        quantity: 2,
        valueCents: -5,
        currency: 'CHF',
        securityType: null,
      },
      {
        line: 4,
        kind: 'cash',
        ticker: null,
        isin: 'CH0038863350',
        cusip: null,
        name: '日本',
        quantity: null,
        valueCents: 100,
        currency: 'CHF',
        securityType: 'Cash',
      },
    ]
    const builder = new PackedBuilder(4)
    for (const p of positions) builder.add(p)
    const out: Position[] = []
    unpackPositions(structuredClone(builder.take()), out)
    expect(out).toEqual(positions)
    expect(builder.count).toBe(0)
  })
})
