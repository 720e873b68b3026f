import { appendixBlocks, arrestsBlocks, checklistBlocks, claimsBlocks, contractsBlocks, coverBlocks } from './sections'
import { engagementBlocks, holdingsBlocks, methodBlocks, sourcesBlocks, summaryBlocks } from './sections'
import { decisionBlocks } from './decision'
import {
  briefingFileName,
  createCitations,
  SECTIONS,
  type Block,
  type BriefingDocument,
  type Section,
  type SectionId,
} from './document'
import type { BriefingInput } from './input'

export type { ArrestsInput, BriefingInput, ContractsInput, HoldingsInput } from './input'

const TITLES: Record<SectionId, string> = {
  cover: '',
  decision: 'Decision summary',
  summary: 'Executive summary',
  checklist: 'Checklist answers and evidence',
  contracts: 'Contract values',
  arrests: 'Arrest breakdowns',
  claims: 'Contested claims',
  engagement: 'Engagement questions and log',
  holdings: 'Holdings exposure',
  method: 'Method: how the score is computed',
  appendix: 'Appendix: the data behind each chart',
  sources: 'Sources',
}

/** Whether anything the document shows rests on sample (illustrative) data. */
export function usesSampleData(input: BriefingInput, include: ReadonlySet<SectionId>): boolean {
  return Boolean(input.holdings?.sample) && (include.has('holdings') || include.has('decision'))
}

/**
 * The briefing document for the given sections, one builder per section. Missing data becomes a
 * plain statement in its section, never a broken document; nothing answered gives a summary that
 * says so. The first page (decision) follows the cover; the appendix repeats each chart's data.
 */
export function buildBriefing(input: BriefingInput, include: ReadonlySet<SectionId>): BriefingDocument {
  const citations = createCitations()
  const cite = citations.cite
  const sections: Section[] = []
  // Blocks are built only for included sections, so a left-out section cites nothing.
  const add = (id: SectionId, blocks: () => Block[], title = TITLES[id], newPage = false) => {
    if (include.has(id)) sections.push({ id, title, blocks: blocks(), ...(newPage ? { newPage } : {}) })
  }
  const sample = usesSampleData(input, include)
  add('cover', () => coverBlocks(input, sample), `${input.company.name}: human-rights exposure briefing`)
  add('decision', () => decisionBlocks(input, cite), TITLES.decision, true)
  add('summary', () => summaryBlocks(input.score), TITLES.summary, include.has('decision'))
  add('checklist', () => checklistBlocks(input.checklist, cite))
  add('contracts', () => contractsBlocks(input.contracts, cite))
  add('arrests', () => arrestsBlocks(input.arrests, cite))
  add('claims', () => claimsBlocks(input.claims, cite))
  add('engagement', () => engagementBlocks(input.engagement, cite))
  const holdings = input.holdings
  if (holdings) add('holdings', () => holdingsBlocks(holdings, cite))
  add('method', () => methodBlocks(input.method))
  add(
    'appendix',
    () => {
      const links = input.chartLinks
      const charts = sections.flatMap((s) =>
        s.blocks.flatMap((block) =>
          block.kind === 'bars'
            ? [
                {
                  section: s.title,
                  block,
                  url: links ? (s.id === 'contracts' ? links.contracts : links.arrests) : null,
                },
              ]
            : [],
        ),
      )
      return appendixBlocks(charts)
    },
    TITLES.appendix,
    true,
  )
  // Sources last: every number cited above, in order, with its address.
  add('sources', () => sourcesBlocks(citations.order(), input))

  const assessmentName = input.assessmentName || 'No assessment'
  return {
    meta: {
      title: `${input.company.name}: human-rights exposure briefing`,
      subject: `Due-diligence briefing on ${input.company.name}: ${assessmentName}`,
      keywords: 'human rights, due diligence, ICE, HSI, investor briefing',
      company: input.company.name,
      assessmentName,
      date: input.date,
      fileName: briefingFileName(input.company.name, assessmentName, input.date),
      usesSampleData: sample,
    },
    sections: SECTIONS.flatMap(({ id }) => sections.filter((s) => s.id === id)),
  }
}
