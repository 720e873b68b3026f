import { describe, expect, it } from 'vitest'
import { claims } from '../../../mocks/data/claims'
import { sources } from '../../../mocks/data/sources'
import { buildBriefing, type BriefingInput } from './build'
import { briefingFileName, SECTIONS, type Block, type SectionId } from './document'

const all = new Set<SectionId>(SECTIONS.map((s) => s.id))

const base: BriefingInput = {
  company: { name: 'Palantir Technologies', ticker: 'PLTR', exchange: 'NYSE' },
  assessmentName: 'Q4 review',
  date: '2026-11-23',
  sources,
  score: {
    band: 'Severe',
    unmanagedRisk: 58.4,
    exposure: 73,
    management: 0.2,
    answered: 2,
    total: 27,
    redFlags: [
      { itemId: 'A4', text: 'Documented use in operations linked to serious harm, with no remedy commitment' },
    ],
    largestGaps: [{ itemId: 'C12', question: 'Disclosure of the technology and safeguards', answer: 'no' }],
    investorProgress: 'Investor actions: 0 of 6 done.',
  },
  checklist: [
    {
      section: 'C',
      itemId: 'C12',
      question: 'Disclosure of the technology and safeguards',
      answer: 'No',
      note: 'Nothing published',
      evidence: 'Amnesty 2020',
      sourceIds: ['amnesty-uk-2020-09'],
    },
  ],
  contracts: { awards: [], totals: [], note: 'note' },
  arrests: { breakdownTitle: 'HSI', breakdown: [], byYear: [], byYearColumns: ['Fiscal year'], framings: [] },
  claims: claims.slice(0, 1),
  engagement: null,
  holdings: null,
  method: ['Unmanaged risk = exposure x (1 - management).'],
}

const texts = (blocks: Block[]) => JSON.stringify(blocks)

describe('buildBriefing', () => {
  it('lists the sections in the fixed order, the holdings only when a portfolio is loaded', () => {
    const doc = buildBriefing(base, all)
    expect(doc.sections.map((s) => s.id)).toEqual([
      'cover',
      'decision',
      'summary',
      'checklist',
      'contracts',
      'arrests',
      'claims',
      'engagement',
      'method',
      'appendix',
      'sources',
    ])
    expect(doc.meta.fileName).toBe('palantir-technologies-q4-review-briefing-2026-11-23.pdf')
  })

  it('opens the contract section with the official record and its as-of date when one is loaded', () => {
    const official = {
      summary: 'Official record (USAspending download x.zip), as of 2026-11-20: $1.00 obligated',
      years: [{ label: 'FY2026', value: 1 }],
      rows: [['70CTD022FR0000170', '$1.00', '$150,703,825 (obligated: USAspending)']],
    }
    const section = buildBriefing({ ...base, contracts: { ...base.contracts, official } }, all).sections.find(
      (s) => s.id === 'contracts',
    )
    expect(section?.blocks[0]).toEqual({ kind: 'paragraph', text: official.summary })
    expect(texts(section?.blocks ?? [])).toContain('Official obligations beside the press-reported values')
    const without = buildBriefing(base, all).sections.find((s) => s.id === 'contracts')
    expect(texts(without?.blocks ?? [])).not.toContain('Official record')
  })

  it('puts the band, the red flags and the largest gaps in the summary', () => {
    const summary = buildBriefing(base, all).sections.find((s) => s.id === 'summary')
    expect(texts(summary?.blocks ?? [])).toContain('Risk band: Severe (unmanaged risk 58.4 of 100)')
    expect(texts(summary?.blocks ?? [])).toContain('Red flag (A4)')
    expect(texts(summary?.blocks ?? [])).toContain('C12: Disclosure of the technology and safeguards (no)')
  })

  it('numbers sources by first citation and lists each once', () => {
    const doc = buildBriefing(base, all)
    const checklist = doc.sections.find((s) => s.id === 'checklist')
    expect(texts(checklist?.blocks ?? [])).toContain('Nothing published Evidence: Amnesty 2020 [1]')
    const list = doc.sections.find((s) => s.id === 'sources')?.blocks[0]
    expect(list?.kind === 'sources' && list.items.map((i) => i.n)).toEqual([1, 2, 3, 4])
    expect(list?.kind === 'sources' && list.items[0]?.text).toMatch(
      /^Amnesty International UK, “USA: concerns over tech giant Palantir.*”, 28 Sep 2020\. advocacy; confidence high; retrieved/,
    )
  })

  it('cites nothing from a section left out', () => {
    const doc = buildBriefing(base, new Set<SectionId>(['cover', 'sources']))
    const list = doc.sections.find((s) => s.id === 'sources')?.blocks[0]
    expect(list?.kind === 'sources' && list.items).toEqual([])
    expect(doc.sections.map((s) => s.id)).toEqual(['cover', 'sources'])
  })

  it('says there is no score when nothing is answered', () => {
    const doc = buildBriefing({ ...base, score: null, checklist: null }, all)
    expect(texts(doc.sections[0]?.blocks ?? [])).toContain('Not scored yet: no checklist item is answered.')
    expect(texts(doc.sections.find((s) => s.id === 'summary')?.blocks ?? [])).toContain(
      'The checklist has no answers yet',
    )
  })

  it('states a section whose data failed instead of dropping it', () => {
    const doc = buildBriefing({ ...base, arrests: { error: 'HTTP 500' } }, all)
    expect(doc.sections.find((s) => s.id === 'arrests')?.blocks).toEqual([
      { kind: 'paragraph', text: 'The arrest figures could not be included: HTTP 500', emphasis: true },
    ])
  })
})

describe('briefingFileName', () => {
  it('keeps a file name short and safe', () => {
    expect(briefingFileName('Palantir Technologies', 'Scénario: "worst case" / 2026', '2026-11-23')).toBe(
      'palantir-technologies-scenario-worst-case-2026-briefing-2026-11-23.pdf',
    )
  })
})
