import { describe, expect, it } from 'vitest'
import { awardPageUrl, obligationsByFiscalYear, toOfficialAwards } from './aggregate'
import { diffRecords, isEmptyDiff } from './diff'
import { reconcileWithPress, sideBySide } from './reconcile'
import type { Recipient, Transaction } from './schema'
import { bySubAgency, listRecipients, proposeRecipients, selectCompany } from './select'
import { toAwardRows } from '../contracts/chartRows'
import { contractAwards } from '../../../mocks/data/contracts'

const ICE = 'U.S. Immigration and Customs Enforcement'
let n = 0
function tx(over: Partial<Transaction>): Transaction {
  n += 1
  return {
    key: `tx-${n}`,
    awardKey: 'CONT_AWD_A',
    piid: 'A',
    parentPiid: '',
    modification: '0',
    actionDate: '2020-01-01',
    fiscalYear: 2020,
    obligationCents: 0,
    currentValueCents: null,
    potentialValueCents: null,
    startDate: null,
    currentEndDate: null,
    potentialEndDate: null,
    agency: 'Department of Homeland Security',
    subAgency: ICE,
    office: '',
    recipientName: 'PALANTIR USG, INC.',
    recipientUei: 'U1',
    parentName: 'PALANTIR TECHNOLOGIES INC.',
    parentUei: 'P1',
    description: '',
    ...over,
  }
}

describe('obligationsByFiscalYear', () => {
  it('sums to the cent where floats would drift, nets de-obligations and runs a cumulative total', () => {
    const rows = [
      ...Array.from({ length: 10 }, () => tx({ fiscalYear: 2019, obligationCents: 10 })), // 10 x $0.10
      tx({ fiscalYear: 2020, obligationCents: 5_000_000_00 }),
      tx({ fiscalYear: 2020, obligationCents: -1_250_10 }),
      tx({ fiscalYear: null, obligationCents: 99 }),
    ]
    expect(obligationsByFiscalYear(rows)).toEqual([
      { fiscalYear: 2019, cents: 100, cumulativeCents: 100, actions: 10 },
      { fiscalYear: 2020, cents: 499_874_990, cumulativeCents: 499_875_090, actions: 2 },
    ])
  })

  it('returns nothing for no rows', () => {
    expect(obligationsByFiscalYear([])).toEqual([])
  })
})

describe('toOfficialAwards', () => {
  it('sums the actions of an award and takes its values from the latest one, never a running total', () => {
    const [award] = toOfficialAwards([
      tx({
        modification: 'P00001',
        actionDate: '2021-03-01',
        obligationCents: 200,
        currentValueCents: 900,
        description: 'later',
      }),
      tx({
        modification: '0',
        actionDate: '2020-01-01',
        obligationCents: 1000,
        currentValueCents: 500,
        startDate: '2020-01-02',
        description: 'base',
      }),
    ])
    expect(award).toMatchObject({
      obligatedCents: 1200,
      currentValueCents: 900,
      firstActionDate: '2020-01-01',
      latestActionDate: '2021-03-01',
      startDate: '2020-01-02',
      description: 'later',
      actions: 2,
      url: 'https://www.usaspending.gov/award/CONT_AWD_A/',
    })
  })

  it('builds the award page address from contract_award_unique_key', () => {
    expect(awardPageUrl('CONT_AWD_70CTD022FR0000170_7012_-NONE-_-NONE-')).toBe(
      'https://www.usaspending.gov/award/CONT_AWD_70CTD022FR0000170_7012_-NONE-_-NONE-/',
    )
  })
})

describe('recipients and agencies', () => {
  const rows = [
    tx({ recipientName: 'PALANTIR USG, INC.', recipientUei: 'U1' }),
    tx({ recipientName: 'PALANTIR TECHNOLOGIES INC.', recipientUei: 'P1', parentName: '', parentUei: '' }),
    tx({ recipientName: 'PLTR FEDERAL LLC', recipientUei: 'U9', parentName: 'SOMEONE', parentUei: 'P1' }),
    tx({ recipientName: 'ANOTHER VENDOR LLC', recipientUei: 'X1', parentName: '', parentUei: '', obligationCents: 5 }),
    tx({ recipientName: 'PALANTIR USG, INC.', recipientUei: 'U1', subAgency: 'U.S. CUSTOMS AND BORDER PROTECTION' }),
  ]

  it('proposes recipients named like the company and those sharing its UEIs', () => {
    const proposed = proposeRecipients(listRecipients(rows), 'Palantir')
    expect(proposed.map((r) => r.name).sort()).toEqual([
      'PALANTIR TECHNOLOGIES INC.',
      'PALANTIR USG, INC.',
      'PLTR FEDERAL LLC',
    ])
  })

  it('counts other recipients as left out without summing them', () => {
    const confirmed: Recipient[] = proposeRecipients(listRecipients(rows), 'Palantir')
    const { company, leftOut } = selectCompany(rows, confirmed)
    expect(company).toHaveLength(4)
    expect(leftOut).toEqual({ rows: 1, recipients: [{ name: 'ANOTHER VENDOR LLC', rows: 1 }] })
  })

  it('picks a sub-agency ignoring case and counts the others apart', () => {
    const { shown, elsewhere } = bySubAgency(rows, 'u.s. customs and border protection')
    expect(shown).toHaveLength(1)
    expect(elsewhere).toEqual([{ name: ICE, rows: 4 }])
  })
})

describe('diffRecords', () => {
  const base = tx({ key: 'a0', awardKey: 'CONT_AWD_A', piid: 'A', obligationCents: 1000 })
  const gone = tx({ key: 'c0', awardKey: 'CONT_AWD_C', piid: 'C', obligationCents: 300 })

  it('lists new awards, new modifications and changed totals, each with its amount', () => {
    const mod = tx({
      key: 'a1',
      awardKey: 'CONT_AWD_A',
      piid: 'A',
      modification: 'P00001',
      actionDate: '2021-05-05',
      obligationCents: -250,
    })
    const fresh = tx({ key: 'b0', awardKey: 'CONT_AWD_B', piid: 'B', obligationCents: 7000 })
    expect(diffRecords([base, gone], [base, mod, fresh])).toEqual({
      newAwards: [{ awardKey: 'CONT_AWD_B', piid: 'B', cents: 7000 }],
      newModifications: [{ key: 'a1', piid: 'A', modification: 'P00001', actionDate: '2021-05-05', cents: -250 }],
      changedTotals: [{ awardKey: 'CONT_AWD_A', piid: 'A', fromCents: 1000, toCents: 750 }],
      removedAwards: [{ awardKey: 'CONT_AWD_C', piid: 'C', cents: 300 }],
    })
  })

  it('finds nothing new in the same file imported twice', () => {
    expect(isEmptyDiff(diffRecords([base, gone], [base, gone]))).toBe(true)
  })
})

describe('reconcileWithPress', () => {
  it('puts every reported value for the 2022 ICM order beside the official obligations and the difference', () => {
    const official = toOfficialAwards([
      tx({ awardKey: 'CONT_AWD_70CTD022FR0000170_7012', piid: '70CTD022FR0000170', obligationCents: 150_000_000_00 }),
    ])
    const rows = reconcileWithPress(official, toAwardRows(contractAwards))
    expect(rows.map((r) => r.pressId)).toEqual(['icm-2022', 'immigrationos-2025'])
    const icm = rows[0]
    expect(icm?.values.length).toBe(toAwardRows(contractAwards).find((a) => a.id === 'icm-2022')?.values.length)
    const obligated = icm?.values.find((v) => v.amountUsd === 150_703_825)
    expect(obligated?.differenceCents).toBe(703_825_00)
  })
})

describe('sideBySide', () => {
  it('keeps the two series apart and carries each running total forward', () => {
    expect(
      sideBySide(
        [{ fiscalYear: 2014, cumulativeLow: 41, cumulativeHigh: 53 }],
        [
          { fiscalYear: 2013, cumulativeCents: 100 },
          { fiscalYear: 2015, cumulativeCents: 900 },
        ],
      ),
    ).toEqual([
      { fiscalYear: 2013, pressLow: null, pressHigh: null, official: 1 },
      { fiscalYear: 2014, pressLow: 41, pressHigh: 53, official: 1 },
      { fiscalYear: 2015, pressLow: 41, pressHigh: 53, official: 9 },
    ])
  })
})
