import { describe, expect, it } from 'vitest'
import { sources } from '../../../mocks/data/sources'
import { redFlagText } from './assessment'
import { buildBriefing, type BriefingInput, type HoldingsInput } from './build'
import { engagementLine, engagementStatus, leversFor, pressRange, RECOMMENDATION_LABEL } from './decision'
import { SECTIONS, type Block, type BriefingDocument, type SectionId } from './document'
import { coverageLine, engagementBlocks, holdingsBlocks } from './sections'

const all = new Set<SectionId>(SECTIONS.map((s) => s.id))
const noCite = () => []

const holdings: HoldingsInput = {
  label: 'Main account',
  sample: false,
  currency: 'USD',
  totalCents: 100_000_00,
  totalExCashCents: 95_000_00,
  directCents: 1_500_00,
  indirectCents: 250_50,
  exposureCents: 1_750_50,
  directShare: 0.015,
  indirectShare: 0.002505,
  exposureShare: 0.017505,
  grossExposureCents: 1_750_50,
  grossExposureShare: 0.017505,
  shortExposureCents: 0,
  fundFiles: [],
  coverage: 0.96,
  levers: [],
  rows: [
    { position: 'PLTR', route: 'Direct holding', valueCents: 1_500_00, share: 0.015 },
    { position: 'VTI', route: 'Vanguard Total (sample data), weight 0.25%', valueCents: 250_50, share: 0.002505 },
  ],
  unresolved: 1,
  companyWithoutValue: 0,
  missingRates: [],
  sourceIds: [],
}

const complete: BriefingInput = {
  company: { name: 'Palantir Technologies', ticker: 'PLTR', exchange: 'NYSE' },
  assessmentName: 'Q4 review',
  date: '2026-11-23',
  sources,
  score: {
    statement: 'Severe (unmanaged risk 58.4 of 100)',
    settled: true,
    weights: 'Weights: the published defaults.',
    band: 'Severe',
    unmanagedRisk: 58.4,
    exposure: 73,
    management: 0.2,
    answered: 27,
    total: 27,
    redFlags: [{ itemId: 'A4', text: redFlagText('Harm', 'Linked to harm.', 'High') }],
    largestGaps: [],
    investorProgress: null,
  },
  checklist: [],
  contracts: {
    awards: [],
    note: 'note',
    totals: [
      { label: 'Briefing', text: 'over $200M', sourceIds: ['amnesty-uk-2020-09'], lowUsd: 200_000_000, highUsd: null },
      { label: 'USAspending', text: '$248.3M', sourceIds: [], lowUsd: 248_300_000, highUsd: null },
    ],
    official: {
      summary: 'Official record (USAspending download x.zip), as of 2026-11-01',
      years: [],
      rows: [],
      obligatedUsd: 250_100_000,
      asOf: '2026-11-01',
      source: 'USAspending.gov',
    },
  },
  arrests: { breakdownTitle: 'HSI', breakdown: [], byYear: [], byYearColumns: ['Fiscal year'], framings: [] },
  claims: [],
  engagement: {
    audience: 'company',
    questions: [{ text: 'Will you publish?', cites: 'C12', sourceIds: [] }],
    log: [{ date: '2026-10-01', kind: 'letter', note: '' }],
    ladder: 'Escalation: step 1.',
    status: engagementStatus(
      [
        { date: '2026-10-01', kind: 'letter' },
        { date: '2026-10-20', kind: 'letter' },
        { date: '2026-10-25', kind: 'response received' },
      ],
      { responded: 1, recorded: 2 },
      'Collaborative engagement',
      '2026-12-15',
    ),
  },
  holdings,
  method: [],
  options: {
    preparedFor: 'Investment committee',
    preparedBy: { name: 'Ana Ruiz', organisation: 'Example Pension Fund' },
    question: '',
    recommendation: { step: 'collaborate', words: 'Join the investor coalition before the AGM' },
  },
  dataAsOf: '2026-11-01',
  chartLinks: { contracts: 'https://app.example/contracts?from=2014&to=2025', arrests: 'https://app.example/arrests' },
}

const text = (doc: BriefingDocument, id: SectionId) =>
  (doc.sections.find((s) => s.id === id)?.blocks ?? [])
    .map((b: Block) =>
      b.kind === 'fact'
        ? `${b.label}: ${b.text}`
        : b.kind === 'paragraph' || b.kind === 'link' || b.kind === 'heading'
          ? b.text
          : b.kind === 'list'
            ? b.items.map((i) => i.text).join('\n')
            : b.kind === 'table'
              ? [b.caption, ...b.rows.map((r) => r.join(' | '))].join('\n')
              : '',
    )
    .join('\n')

describe('the first page (decision summary)', () => {
  it('carries everything a committee acts on for a complete assessment', () => {
    const doc = buildBriefing(complete, all)
    expect(doc.sections[1]?.id).toBe('decision')
    const page = text(doc, 'decision')
    expect(page).toContain('Company: Palantir Technologies (NYSE: PLTR)')
    expect(page).toContain('The question for the committee: Should the fund keep its exposure to Palantir Technologies')
    expect(page).toContain('Score: Severe (unmanaged risk 58.4 of 100)')
    expect(page).toContain('What drives it: Driven by 1 red flag (A4)')
    expect(page).toContain(
      'Direct $1,500.00 (1.50%), indirect $250.50 (0.25%), total $1,750.50 (1.75% of the portfolio of $100,000.00), in USD.',
    )
    expect(page).toContain('Coverage: 96.00% of the portfolio')
    expect(page).toContain('Levers: Direct shares: vote at the annual meeting')
    expect(page).toContain('Official record: $250.1M obligated to date (USAspending.gov, as of 1 Nov 2026)')
    expect(page).toContain('Press and advocates report $200M to $248.3M (2 reported totals')
    expect(page).toContain('A4: Harm: Linked to harm. It holds the band at High or above.')
    expect(page).toContain(
      'Engagement: Last step: Response received, 25 Oct 2026; response rate 50% (1 of 2 questions with a recorded response answered). Next step: Collaborative engagement, due 15 Dec 2026.',
    )
    expect(page).toContain(`${RECOMMENDATION_LABEL}: Collaborate. Join the investor coalition before the AGM.`)
  })

  it('gives the range and says so for an incomplete assessment', () => {
    const doc = buildBriefing(
      {
        ...complete,
        score: {
          ...complete.score!,
          settled: false,
          statement: 'between Medium and Severe (unmanaged risk between 12 and 71: answer 9 more items to settle it)',
          redFlags: [],
          largestGaps: [{ itemId: 'C12', question: 'Disclosure', answer: 'No' }],
        },
      },
      all,
    )
    const page = text(doc, 'decision')
    expect(page).toContain('Score (a range until settled): between Medium and Severe (unmanaged risk between 12 and 71')
    expect(page).toContain('What drives it: Driven by exposure 73.0 of 100 with management covering 20% of it')
    expect(page).toContain('Top red flags: None raised by the answers so far.')
  })

  it('says plainly when there is no portfolio, no official record and no recommendation', () => {
    const contracts = { ...complete.contracts, official: null } as BriefingInput['contracts']
    const page = text(
      buildBriefing(
        {
          ...complete,
          holdings: null,
          contracts,
          options: { ...complete.options!, recommendation: { step: null, words: '' } },
        },
        all,
      ),
      'decision',
    )
    expect(page).toContain('Portfolio exposure: No portfolio is loaded: the exposure is not known.')
    expect(page).toContain('Levers: Not known without a portfolio.')
    expect(page).toContain('No official contract record is loaded.')
    expect(page).toContain(`${RECOMMENDATION_LABEL}: None chosen yet`)
  })

  it('says there is no engagement yet and what the first step is', () => {
    const status = engagementStatus([], null, 'Engage the company', null)
    expect(engagementLine(status)).toBe('No engagement yet. Next step: Engage the company, no due date set.')
    const page = text(buildBriefing({ ...complete, engagement: null }, all), 'decision')
    expect(page).toContain('Engagement: No engagement yet.')
  })
})

describe('the cover', () => {
  it('names who it is for and by, the date, data as of and the weights; no notice without sample data', () => {
    const cover = text(buildBriefing(complete, all), 'cover')
    expect(cover).toContain('Prepared for: Investment committee')
    expect(cover).toContain('Prepared by: Ana Ruiz, Example Pension Fund')
    expect(cover).toContain('Date: 23 Nov 2026')
    expect(cover).toContain('Data as of: 1 Nov 2026')
    expect(cover).toContain('Weights: the published defaults.')
    expect(cover).not.toContain('Weights: Weights')
    expect(cover).not.toContain('Sample data')
  })

  it('carries a sample-data notice when sample holdings are inside', () => {
    const doc = buildBriefing({ ...complete, holdings: { ...holdings, sample: true } }, all)
    expect(text(doc, 'cover')).toContain('Sample data: this briefing contains illustrative (sample) data')
    expect(doc.meta.usesSampleData).toBe(true)
    expect(text(doc, 'decision')).toContain('Portfolio exposure (uses sample data)')
  })
})

describe('the appendix', () => {
  it('follows each chart with its data and a link to the same chart in the app', () => {
    const doc = buildBriefing(
      {
        ...complete,
        contracts: {
          ...(complete.contracts as Exclude<BriefingInput['contracts'], { error: string }>),
          awards: [{ label: 'ICM 2014', low: 41_000_000, high: 53_000_000, values: 'x', sourceIds: [] }],
        },
      },
      all,
    )
    const appendix = text(doc, 'appendix')
    expect(appendix).toContain('ICM 2014 | $41M to $53M')
    expect(appendix).toContain('The same chart in the app: https://app.example/contracts?from=2014&to=2025')
    expect(doc.sections.find((s) => s.id === 'appendix')?.newPage).toBe(true)
  })
})

describe('text slips', () => {
  it('writes a red flag as proper sentences', () => {
    expect(redFlagText('Cooperation', 'Contradicts what the average says.', 'High')).toBe(
      'Cooperation: Contradicts what the average says. It holds the band at High or above.',
    )
    expect(redFlagText('Harm', 'No remedy', 'Severe')).toBe('Harm: No remedy. It holds the band at Severe or above.')
  })

  it('counts securities in the singular and plural', () => {
    expect(coverageLine({ ...holdings, unresolved: 1 })).toContain('1 security could not be looked through.')
    expect(coverageLine({ ...holdings, unresolved: 3 })).toContain('3 securities could not be looked through.')
  })

  it('numbers questions once: an ordered list with no number in the text', () => {
    const list = engagementBlocks(complete.engagement, noCite).find((b) => b.kind === 'list')
    expect(list).toMatchObject({ kind: 'list', ordered: true })
    expect(list?.kind === 'list' && list.items[0]?.text).toBe('Will you publish? (cites: C12)')
  })

  it('gives holdings money with cents in the account currency and shares with two decimals', () => {
    const blocks = holdingsBlocks({ ...holdings, currency: 'EUR' }, noCite)
    const table = blocks.find((b) => b.kind === 'table')
    expect(table?.kind === 'table' && table.rows).toEqual([
      ['PLTR', 'Direct holding', '€1,500.00', '1.50%'],
      ['VTI', 'Vanguard Total (sample data), weight 0.25%', '€250.50', '0.25%'],
    ])
    expect(table?.kind === 'table' && table.columns[2]).toBe('Effective value (EUR)')
  })
})

describe('helpers', () => {
  it('spans the reported totals without summing them', () => {
    expect(pressRange({ awards: [], note: '', totals: [] })).toBeNull()
    expect(
      pressRange({
        awards: [],
        note: '',
        totals: [
          { label: 'a', text: '', sourceIds: [], lowUsd: 5, highUsd: 9 },
          { label: 'b', text: '', sourceIds: [], lowUsd: 7 },
        ],
      }),
    ).toEqual({ low: 5, high: 9, count: 2 })
  })
})

describe('the first page’s levers without the holdings view’s', () => {
  it('gives the vote for the company’s shares of unknown size, never "no exposure"', () => {
    const unweighed = { ...holdings, levers: [], directCents: 0, indirectCents: 0, companyWithoutValue: 1 }
    expect(leversFor(unweighed)).toEqual([
      'Direct shares: vote at the annual meeting, and file or co-file a shareholder resolution',
    ])
    expect(leversFor({ ...unweighed, companyWithoutValue: 0 })).toEqual([
      'No exposure, so no shareholder lever: the question is whether to screen it out',
    ])
  })
})
