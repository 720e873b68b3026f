import { describe, expect, it } from 'vitest'
import { funds } from '../../../mocks/data/funds'
import { palantirTarget } from './fixtures'
import { readFundHoldings } from './fundFile'
import { CompanyMentions, foldName, isValidCusip, NameFilter, normalizeName, restoreCusip } from './identifiers'

describe('normalizeName', () => {
  it('gives the company’s own name for the data layer’s and the look-through’s names of it', () => {
    expect([normalizeName(palantirTarget.name), normalizeName('Palantir Technologies Inc.')]).toEqual([
      'palantir technologies',
      'palantir technologies',
    ])
  })

  it.each([
    'PALANTIR TECHNOLOGIES INC-A',
    'PALANTIR TECHNOLOGIES INC A',
    'PALANTIR TECHNOLOGIES INC CL A',
    'PALANTIR TECHNOLOGIES INC-CL A',
    'Palantir Technologies Inc. Class A',
    'Palantir Technologies Inc. Class A Common Stock',
    'PALANTIR TECHNOLOGIES INC COM CL A',
    'PALANTIR TECHNOLOGIES INC COM',
    'PALANTIR TECHNOLOGIES INC COMMON STOCK',
    'Palantir Technologies Inc. Registered Shares A',
    'Palantir Technologies Inc. Registered Shares A DL -,001',
    'Palantir Technologies Inc. Reg. Shs Cl. A DL-,001',
    'PALANTIR TECHNOLOGIES INC ORD SHS',
    'Palantir Technologies Inc. Namens-Akt. A',
    'PALANTIR TECHNOLOGIES INC SPONSORED ADR',
  ])('reads %j as the company’s shares: "palantir technologies"', (name) => {
    expect(normalizeName(name)).toBe('palantir technologies')
  })

  it.each([
    ['ALPHABET INC CL A', 'alphabet'],
    ['ALPHABET INC CL C', 'alphabet'],
    ['Alphabet Inc. Reg. Shs Cap.Stk Cl. A DL-,001', 'alphabet'],
    ['BERKSHIRE HATHAWAY INC DEL CL B NEW', 'berkshire hathaway'],
    ['BERKSHIRE HATHAWAY INC /DE/', 'berkshire hathaway'],
    ['ALLIANZ SE-REG', 'allianz'],
    ['Allianz SE vink.Namens-Aktien o.N.', 'allianz'],
    ['SAP SE Inhaber-Aktien o.N.', 'sap'],
    ['NOVO NORDISK A/S-B', 'novo nordisk'],
    ['Novo-Nordisk AS Navne-Aktier B DK -,10', 'novo nordisk'],
    ['ASML Holding N.V. Aandelen op naam EO -,09', 'asml holding'],
    ['ASML HOLDING N V N Y REGISTRY SHS', 'asml holding'],
    ['VOLVO AB-B SHS', 'volvo'],
    ['Atlas Copco AB ser. A', 'atlas copco'],
    ['Henkel AG & Co. KGaA', 'henkel'],
    ['AMAZON COM INC COM', 'amazon'],
  ])('gives one issuer’s classes and listings one name: %j is %j', (name, expected) => {
    expect(normalizeName(name)).toBe(expected)
  })

  it.each([
    // A name's own last word, or a letter not after a legal form or a security word, stays.
    ['CLASS ACT INC', 'class act'],
    ['PROJECT A', 'project a'],
    ['Project A Inc', 'project a'],
    ['VITAMIN C CORP', 'vitamin c'],
    ['GLOBAL SHARES INC', 'global shares'],
    ['XYZ EO 1', 'xyz eo 1'],
    // Preferred shares and bonds are other securities than the company's shares.
    ['Volkswagen AG Vorzugsaktien o.St.o.N.', 'volkswagen vorzugsaktien o st o n'],
    ['PALANTIR TECHNOLOGIES INC 5% 2030', 'palantir technologies 5 2030'],
    // A fund keeps the words that make it a fund; its share class goes (the holdings are the same).
    ['Sample Technology Leaders ETF', 'sample technology leaders etf'],
    ['Alger Sample Growth Fund Class A', 'alger sample growth fund'],
  ])('does not make %j another issuer’s name: it is %j', (name, expected) => {
    expect(normalizeName(name)).toBe(expected)
  })

  it('finds the company in a fund holdings file by a name with a share class, without ticker or ISIN', () => {
    const rows = [
      ['Name', 'Weight (%)'],
      ['MICROSOFT CORP', '6.10'],
      ['PALANTIR TECHNOLOGIES INC A', '0.40'],
    ]
    const r = readFundHoldings(rows, 'holdings.csv', palantirTarget, ',')
    if (!r.ok) throw new Error(r.error)
    expect([r.found, r.weight, r.matchedBy]).toEqual([true, 0.004, 'name “PALANTIR TECHNOLOGIES INC A”'])
  })
})

describe('NameFilter', () => {
  // The names the look-through matches by: the company's and every fund's in the data layer.
  const keys = ['Palantir Technologies Inc.', ...funds.flatMap((f) => [f.name, ...f.names])].map(normalizeName)
  const filter = new NameFilter(keys)
  const may = (name: string) => filter.test(name)

  it('never rules out a name that normalises to a key, however the file writes it', () => {
    const written = [
      'PALANTIR TECHNOLOGIES INC',
      'Palantir Technologies Inc. Class A',
      'palantir-technologies, inc',
      '  Palantir   Technologies  CL A ',
      'THE PALANTIR TECHNOLOGIES CORP',
      'PALANTIR TECHNOLOGIES INC-A',
      'PALANTIR TECHNOLOGIES INC A',
      'Palantir Technologies Inc. Registered Shares A DL -,001',
      'PALANTIR TECHNOLOGIES INC COM CL A NEW',
      'BLACKROCK INC-A',
      'ALLIANZ SE-REG',
      'Allianz SE vink.Namens-Aktien o.N.',
      ...funds.flatMap((f) => [f.name, ...f.names].flatMap((n) => [n, n.toUpperCase(), `${n} Inc.`, ` ${n}, Ltd`])),
    ]
    for (const name of written) {
      expect(keys).toContain(normalizeName(name))
      expect(may(name), name).toBe(true)
    }
  })

  it('rules out names that share no key word, so they are not normalised at all', () => {
    for (const name of ['SECURITY 12345', 'Microsoft Corp', 'Apple Inc', 'Exxon Mobil Corporation', 'Coca-Cola Co'])
      expect(may(name), name).toBe(false)
  })

  it('rules out every name when there are no keys', () => {
    expect(new NameFilter([]).test('Palantir Technologies')).toBe(false)
    expect(new NameFilter(['']).test('Palantir Technologies')).toBe(false)
  })
})

describe('accented names', () => {
  it('drops accents as brokers who write plain letters do, and leaves plain names as they are', () => {
    expect(['Nestlé', 'SOCIÉTÉ GÉNÉRALE', 'Ørsted', 'Straße', 'L’Oréal', 'Łódź', 'Palantir'].map(foldName)).toEqual([
      'nestle',
      'societe generale',
      'orsted',
      'strasse',
      'l’oreal',
      'lodz',
      'palantir',
    ])
  })

  it.each([
    ['Nestlé S.A. Namens-Aktien', 'NESTLE SA-REG'],
    ['Société Générale S.A.', 'SOCIETE GENERALE SA'],
    ['Ørsted A/S', 'ORSTED A/S'],
    ['L’Oréal S.A.', "L'OREAL"],
  ])('gives %j and %j one name (accented letters were gaps before: "nestl")', (accented, plain) => {
    expect(normalizeName(accented)).toBe(normalizeName(plain))
  })

  it('never rules out an accented name that normalises to a key', () => {
    const filter = new NameFilter([normalizeName('Nestle SA'), normalizeName('Societe Generale')])
    for (const name of ['Nestlé S.A.', 'NESTLÉ SA-REG', 'Société Générale S.A.', 'SOCIÉTÉ GÉNÉRALE'])
      expect(filter.test(name), name).toBe(true)
  })
})

describe('restoreCusip', () => {
  it('puts back the zeros a spreadsheet drops from an all-digit CUSIP', () => {
    // Apple 037833100, Abbott 002824100, Amazon 023135106 (their published CUSIPs).
    expect(['37833100', '2824100', '23135106'].map(restoreCusip)).toEqual(['037833100', '002824100', '023135106'])
    expect(['037833100', '002824100', '023135106'].every(isValidCusip)).toBe(true)
  })

  it('leaves anything else as it stands: a full CUSIP, one with letters, a number that would not be valid', () => {
    for (const s of ['69608A108', '037833100', '12345678', '2046251', 'BN78DQ4', '123', ''])
      expect(restoreCusip(s), s).toBe(s)
  })
})

describe('CompanyMentions', () => {
  const line = (ticker: string | null, name: string | null) => ({ ticker, name, isin: null, cusip: null })

  it('finds the company’s other securities by its ticker and a separator, in the ticker or the name, or by its name', () => {
    const mentions = new CompanyMentions(palantirTarget)
    for (const [t, n] of [
      ['PLTR.PRA', null],
      ['-PLTR270115C80', null],
      [' -PLTR270115P60', null],
      ['PLTR 01/17/25 C50', null],
      [null, 'PLTR-P PREFERRED'],
      [null, 'pltr 01/17/25 c50'],
      [null, 'PALANTIR TECHNOLOGIES INC PFD SER A'],
      [null, 'Palantir Technologies Inc. 5% 2030'],
    ] as const)
      expect(mentions.test(line(t, n)), `${t} ${n}`).toBe(true)
  })

  it('does not take other companies for it', () => {
    const mentions = new CompanyMentions(palantirTarget)
    for (const [t, n] of [
      ['PLTRX', 'PLTRX HOLDINGS'],
      ['-PLTRX270115C80', null],
      ['MSFT', 'MICROSOFT CORP'],
      [null, 'PLTRX FUND'],
      [null, 'SECURITY 1'],
    ] as const)
      expect(mentions.test(line(t, n)), `${t} ${n}`).toBe(false)
  })

  it('reads a ticker with a dot as written, not as a pattern', () => {
    const berkshire = { name: 'Berkshire Hathaway Inc.', ticker: 'BRK.B', isin: null, cusip: null }
    const mentions = new CompanyMentions(berkshire)
    expect(mentions.test(line(null, 'BRK.B 01/17/25 C500'))).toBe(true)
    expect(mentions.test(line(null, 'BRKXB 01/17/25 C500'))).toBe(false)
  })
})
