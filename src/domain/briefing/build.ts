import type { Claim } from '../claims/schema'
import { citationText, verificationText } from '../sources/cite'
import { dataAsOf } from '../sources/integrity'
import type { Source } from '../sources/schema'
import { formatCount, formatPartialDate, formatPercent, formatUsdMillions } from '../format/format'
import {
  briefingFileName,
  citeText,
  createCitations,
  SECTIONS,
  type Block,
  type BriefingDocument,
  type Section,
  type SectionId,
} from './document'

/** Data that failed to load: the section says so instead of being silently dropped. */
export type Loadable<T> = T | { error: string }

export interface ScoreSummary {
  /** The score in the checklist's own words (a range until settled), with the weights mark; overrides band. */
  statement?: string | null
  /** Which weights were used, in one line. */
  weights?: string
  band: string | null
  unmanagedRisk: number | null
  exposure: number | null
  management: number | null
  answered: number
  total: number
  redFlags: { itemId: string; text: string }[]
  largestGaps: { itemId: string; question: string; answer: string }[]
  /** The investor's own progress (section F), kept apart from the company's risk. */
  investorProgress: string | null
}

export interface ChecklistRow {
  section: string
  itemId: string
  question: string
  answer: string
  note: string
  evidence: string
  sourceIds: string[]
}

export interface ContractsInput {
  awards: { label: string; low: number | null; high: number | null; values: string; sourceIds: string[] }[]
  totals: { label: string; text: string; sourceIds: string[] }[]
  note: string
  /** The official record (a USAspending download) when one is loaded: used first, press values beside. */
  official?: {
    summary: string
    years: { label: string; value: number }[]
    rows: string[][]
  } | null
}

export interface ArrestsInput {
  breakdownTitle: string
  breakdown: { label: string; count: number; share: number; sourceIds: string[] }[]
  byYear: { year: number; cells: string[]; sourceIds: string[] }[]
  byYearColumns: string[]
  framings: { label: string; text: string; sourceIds: string[] }[]
}

export interface EngagementInput {
  audience: string
  questions: { text: string; cites: string; sourceIds: string[] }[]
  log: { date: string; kind: string; note: string }[]
  ladder: string
  /** The company's response rate in a sentence (see responseRateText). */
  responses: string
}

export interface HoldingsInput {
  sample: boolean
  totalText: string
  directText: string
  indirectText: string
  /** valueText: the value in the account's currency where it is not US dollars. */
  rows: { position: string; route: string; value: number; share: number; valueText?: string }[]
  unresolved: number
  sourceIds: string[]
  /** Coverage, fund files with their dates, and the investor's levers, one paragraph each. */
  notes?: string[]
}

export interface BriefingInput {
  company: { name: string; ticker: string; exchange: string }
  assessmentName: string
  /** YYYY-MM-DD: the date printed on the document and in its file name. */
  date: string
  sources: Source[]
  score: ScoreSummary | null
  checklist: ChecklistRow[] | null
  contracts: Loadable<ContractsInput>
  arrests: Loadable<ArrestsInput>
  claims: Loadable<Claim[]>
  engagement: EngagementInput | null
  holdings: HoldingsInput | null
  method: string[]
}

const isError = <T>(x: Loadable<T>): x is { error: string } => typeof x === 'object' && x !== null && 'error' in x

function unavailable(what: string, error: string): Block[] {
  return [{ kind: 'paragraph', text: `${what} could not be included: ${error}`, emphasis: true }]
}

/**
 * The briefing document for the given sections. Missing data becomes a plain statement in its
 * section, never a broken document; nothing answered gives a summary that says so.
 */
export function buildBriefing(input: BriefingInput, include: ReadonlySet<SectionId>): BriefingDocument {
  const citations = createCitations()
  const cite = citations.cite
  const sections: Section[] = []
  // Blocks are built only for included sections, so a left-out section cites nothing.
  const add = (id: SectionId, title: string, blocks: () => Block[]) => {
    if (include.has(id)) sections.push({ id, title, blocks: blocks() })
  }
  const { score } = input
  const bandText =
    score?.statement ??
    (score && score.band !== null && score.unmanagedRisk !== null
      ? `${score.band} (unmanaged risk ${score.unmanagedRisk.toFixed(1)} of 100)`
      : 'Not scored yet: no checklist item is answered.')

  add('cover', `${input.company.name}: human-rights exposure briefing`, () => [
    { kind: 'paragraph', text: `${input.company.name} (${input.company.exchange}: ${input.company.ticker})` },
    { kind: 'paragraph', text: `Assessment: ${input.assessmentName}` },
    { kind: 'paragraph', text: `Date: ${formatPartialDate(input.date)}` },
    // How current the evidence is: the newest source date, computed from the data.
    { kind: 'paragraph', text: `Data as of: ${formatPartialDate(dataAsOf(input.sources) ?? 'unknown')}` },
    { kind: 'paragraph', text: `Overall band: ${bandText}`, emphasis: true },
  ])

  const summary: Block[] = [{ kind: 'paragraph', text: `Risk band: ${bandText}`, emphasis: true }]
  if (score && score.answered > 0) {
    summary.push({
      kind: 'paragraph',
      text: `${score.answered} of ${score.total} checklist items answered. Exposure ${score.exposure?.toFixed(1) ?? 'n/a'} of 100; management ${score.management === null ? 'n/a' : formatPercent(score.management, 0)}.`,
    })
    summary.push({
      kind: 'list',
      items: score.redFlags.length
        ? score.redFlags.map((f) => ({ text: `Red flag (${f.itemId}): ${f.text}` }))
        : [{ text: 'No red flag is raised by the answers so far.' }],
    })
    if (score.largestGaps.length) {
      summary.push({ kind: 'paragraph', text: 'The largest gaps:' })
      summary.push({
        kind: 'list',
        items: score.largestGaps.slice(0, 3).map((g) => ({ text: `${g.itemId}: ${g.question} (${g.answer})` })),
      })
    }
    if (score.investorProgress) summary.push({ kind: 'paragraph', text: score.investorProgress })
    if (score.weights) summary.push({ kind: 'paragraph', text: score.weights })
  } else {
    summary.push({
      kind: 'paragraph',
      text: 'The checklist has no answers yet, so there is no score, band or gap list. Answer the checklist items to complete this briefing.',
    })
  }
  add('summary', 'Executive summary', () => summary)

  const checklist = input.checklist
  if (checklist && checklist.length) {
    add('checklist', 'Checklist answers and evidence', () => [
      {
        kind: 'table',
        caption: 'Every checklist item with the answer, the note and the evidence behind it',
        columns: ['Item', 'Question', 'Answer', 'Note and evidence'],
        widths: [0.08, 0.4, 0.12, 0.4],
        rows: checklist.map((r) => [
          r.itemId,
          r.question,
          r.answer,
          [r.note, r.evidence].filter(Boolean).join(' Evidence: ') + citeText(cite(r.sourceIds)),
        ]),
      },
    ])
  } else {
    add('checklist', 'Checklist answers and evidence', () => [
      { kind: 'paragraph', text: 'No assessment is open, or none of its items is answered.' },
    ])
  }

  const contracts = input.contracts
  add('contracts', 'Contract values', () =>
    isError(contracts)
      ? unavailable('The contract values', contracts.error)
      : [
          ...(contracts.official
            ? ([
                { kind: 'paragraph', text: contracts.official.summary },
                {
                  kind: 'bars',
                  caption: 'Official record (USAspending): obligations by fiscal year (US$)',
                  unit: 'usd',
                  bars: contracts.official.years,
                },
                {
                  kind: 'table',
                  caption: 'Official obligations beside the press-reported values (same PIID)',
                  columns: ['Award (PIID)', 'Official obligated to date', 'Press-reported values'],
                  widths: [0.3, 0.2, 0.5],
                  rows: contracts.official.rows,
                },
              ] satisfies Block[])
            : []),
          {
            kind: 'bars',
            caption: 'Reported value of each award, low to high where sources disagree (US$)',
            unit: 'usd',
            bars: contracts.awards
              .filter((a) => a.low !== null)
              .map((a) => ({
                label: a.label,
                value: a.low ?? 0,
                ...(a.high !== null && a.high !== a.low ? { high: a.high } : {}),
              })),
            cites: cite(contracts.awards.flatMap((a) => a.sourceIds)),
          },
          {
            kind: 'table',
            caption: 'Every value each source reports',
            columns: ['Award', 'Reported values'],
            widths: [0.35, 0.65],
            rows: contracts.awards.map((a) => [a.label, a.values + citeText(cite(a.sourceIds))]),
          },
          { kind: 'paragraph', text: contracts.note },
          {
            kind: 'list',
            items: contracts.totals.map((t) => ({ text: `${t.label}: ${t.text}`, cites: cite(t.sourceIds) })),
          },
        ],
  )

  const arrests = input.arrests
  add('arrests', 'Arrest breakdowns', () =>
    isError(arrests)
      ? unavailable('The arrest figures', arrests.error)
      : [
          {
            kind: 'bars',
            caption: arrests.breakdownTitle,
            unit: 'count',
            bars: arrests.breakdown.map((b) => ({ label: `${b.label} (${formatPercent(b.share)})`, value: b.count })),
            cites: cite(arrests.breakdown.flatMap((b) => b.sourceIds)),
          },
          {
            kind: 'table',
            caption: 'By fiscal year',
            columns: arrests.byYearColumns,
            widths: arrests.byYearColumns.map(() => 1 / arrests.byYearColumns.length),
            rows: arrests.byYear.map((r) => [
              String(r.year),
              ...r.cells.slice(0, -1),
              `${r.cells.at(-1) ?? ''}${citeText(cite(r.sourceIds))}`,
            ]),
          },
          {
            kind: 'list',
            items: arrests.framings.map((f) => ({ text: `${f.label}: ${f.text}`, cites: cite(f.sourceIds) })),
          },
        ],
  )

  const claims = input.claims
  add('claims', 'Contested claims', () =>
    isError(claims)
      ? unavailable('The claims', claims.error)
      : [
          {
            kind: 'table',
            caption: "The company's statements beside the counter-evidence",
            columns: ['The company said', 'The evidence', 'Status'],
            widths: [0.38, 0.42, 0.2],
            rows: claims.map((c) => [
              `${c.statementKind === 'quotation' ? `“${c.statement}”` : `Paraphrase: ${c.statement}`} (${c.statedBy}, ${formatPartialDate(c.statedOn)})${citeText(cite(c.statementSourceIds))}${c.verification ? ` ${verificationText(c.verification)}` : ''}`,
              c.counterEvidence
                .map(
                  (e) =>
                    `${e.text}${citeText(cite(e.sourceIds))}${e.verification ? ` ${verificationText(e.verification)}` : ''}`,
                )
                .join(' '),
              `${c.status}: ${c.statusReason}`,
            ]),
          },
        ],
  )

  const engagement = input.engagement
  add('engagement', 'Engagement questions and log', () =>
    engagement
      ? [
          { kind: 'paragraph', text: `Questions for: ${engagement.audience}.` },
          {
            kind: 'list',
            items: engagement.questions.map((q, i) => ({
              text: `${i + 1}. ${q.text} (cites: ${q.cites})`,
              cites: cite(q.sourceIds),
            })),
          },
          { kind: 'paragraph', text: engagement.ladder, emphasis: true },
          { kind: 'paragraph', text: engagement.responses },
          engagement.log.length
            ? {
                kind: 'table',
                caption: 'Engagement log',
                columns: ['Date', 'What happened', 'Note'],
                widths: [0.18, 0.27, 0.55],
                rows: engagement.log.map((e) => [formatPartialDate(e.date), e.kind, e.note]),
              }
            : { kind: 'paragraph', text: 'No engagement is logged yet.' },
        ]
      : [{ kind: 'paragraph', text: 'No engagement questions are prepared yet.' }],
  )

  const holdings = input.holdings
  if (holdings) {
    add('holdings', 'Holdings exposure', () => [
      ...(holdings.sample
        ? [
            {
              kind: 'paragraph' as const,
              text: 'Sample data: the fund holdings used in this look-through are illustrative, not sourced.',
              emphasis: true,
            },
          ]
        : []),
      { kind: 'paragraph', text: holdings.totalText },
      { kind: 'paragraph', text: `${holdings.directText} ${holdings.indirectText}`, cites: cite(holdings.sourceIds) },
      ...(holdings.notes ?? []).map((text) => ({ kind: 'paragraph' as const, text })),
      {
        kind: 'table',
        caption: 'Exposed positions',
        columns: ['Position', 'Exposure through', 'Effective value', 'Share of portfolio'],
        widths: [0.34, 0.3, 0.18, 0.18],
        rows: holdings.rows.map((r) => [
          r.position,
          r.route,
          r.valueText ?? formatUsdMillions(r.value),
          formatPercent(r.share, 2),
        ]),
      },
      ...(holdings.unresolved
        ? [
            {
              kind: 'paragraph' as const,
              text: `${formatCount(holdings.unresolved)} securities could not be looked through.`,
            },
          ]
        : []),
    ])
  }

  add('method', 'Method: how the score is computed', () =>
    input.method.map((text) => ({ kind: 'paragraph' as const, text })),
  )

  // Sources last: every number cited above, in order, with its address.
  const order = citations.order()
  add('sources', 'Sources', () => [
    {
      kind: 'sources',
      items: order.map((id, i) => {
        const s = input.sources.find((x) => x.id === id)
        return s
          ? {
              n: i + 1,
              text: citationText(s),
              url: s.url,
            }
          : { n: i + 1, text: `Source "${id}" (not found in the source list)`, url: null }
      }),
    },
  ])

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
    },
    sections: SECTIONS.flatMap(({ id }) => sections.filter((s) => s.id === id)),
  }
}
