import { describe, expect, it } from 'vitest'
import { arrestStats } from '../../../mocks/data/arrests'
import { reportedTotals } from '../../../mocks/data/contracts'
import { operations } from '../../../mocks/data/operations'
import { buildHeadlines, worksiteShare } from './headlines'

describe('worksiteShare', () => {
  it('computes 3.5% from 1,525 of 44,069 HSI arrests in 2018', () => {
    const result = worksiteShare(arrestStats, 2018)
    expect(result?.total.count).toBe(44069)
    expect(result?.worksite.count).toBe(1525)
    expect(result?.share).toBeCloseTo(0.034605, 6)
  })
  it('returns null for a year without an HSI total', () => {
    expect(worksiteShare(arrestStats, 2017)).toBeNull()
  })
})

describe('buildHeadlines', () => {
  it('builds the three headline figures from the records, with their sources', () => {
    const headlines = buildHeadlines({ totals: reportedTotals, arrests: arrestStats, operations })
    expect(headlines).toEqual([
      expect.objectContaining({ label: 'ICE contracts', value: 'over $200M', sourceIds: ['iahr-2019'] }),
      expect.objectContaining({
        label: 'HSI arrests in 2018',
        value: '44,069',
        detail: 'of which 1,525 (3.5%) were worksite administrative arrests',
      }),
      expect.objectContaining({
        label: 'Mississippi worksite raids, 7 Aug 2019',
        value: '680 arrested',
        detail: 'about 300 released within a day; the accounts of why differ',
      }),
    ])
  })
  it('gives both accounts of the Mississippi releases, each with its own source', () => {
    const headlines = buildHeadlines({ totals: reportedTotals, arrests: arrestStats, operations })
    const ms = headlines.find((h) => h.id === 'mississippi')
    expect(ms && 'accounts' in ms ? ms.accounts : null).toEqual([
      {
        text: 'about 30 on humanitarian grounds and about 270 after processing: U.S. Attorney and ICE release, as the Clarion Ledger reported it (8 Aug 2019).',
        sourceIds: ['clarion-2019-08-08'],
      },
      {
        text: 'All 300 on humanitarian grounds: Palantir\u2019s letter to Amnesty International (18 Sept 2020), citing NPR.',
        sourceIds: ['palantir-letter-2020-09-18'],
      },
    ])
  })
  it('marks the 44,069 arrests unverified, with the reason', () => {
    const headlines = buildHeadlines({ totals: reportedTotals, arrests: arrestStats, operations })
    const hsi = headlines.find((h) => h.id === 'hsi-arrests')
    expect(hsi && 'verification' in hsi ? hsi.verification?.reason : '').toMatch(/Only the company\u2019s letter/)
  })
  it('marks a figure missing rather than inventing one when its record is absent', () => {
    const headlines = buildHeadlines({ totals: [], arrests: [], operations: [] })
    expect(headlines.every((h) => 'missing' in h)).toBe(true)
  })
})
