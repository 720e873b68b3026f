/**
 * One builder per section of the briefing. Each takes the input and the citation counter and
 * returns its blocks; buildBriefing calls only the builders of included sections, so a left-out
 * section cites nothing. One rule for text throughout: counts through `plural`, money kept in cents
 * with cents in the account's currency, shares of a portfolio with two decimals, numbered lists
 * numbered by the renderer (`ordered`), never by hand.
 */
import type { Claim } from '../claims/schema'
import { formatPartialDate, formatPercent, formatUsdMillions, plural, sentence } from '../format/format'
import { citationText, citeText, verificationText } from '../sources/cite'
import { dataAsOf } from '../sources/integrity'
import type { Bar, Block } from './document'
import {
  isError,
  type ArrestsInput,
  type BriefingInput,
  type ChecklistRow,
  type ContractsInput,
  type EngagementInput,
  type HoldingsInput,
  type Loadable,
  type ScoreSummary,
} from './input'

export type Cite = (ids: readonly string[]) => number[]

/**
 * Money kept in whole cents, in the account's currency, always with cents: 375000 USD -> "$3,750.00".
 * Without a currency, the figure says so rather than taking a guessed symbol.
 */
export function formatMoneyCents(cents: number, currency: string | null): string {
  if (currency === null)
    return `${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} (currency not stated)`
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency, minimumFractionDigits: 2 }).format(cents / 100)
  } catch {
    // An unknown code from a statement: the figure with the code, never a guessed symbol.
    return `${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`
  }
}

/** A share of a portfolio: always two decimals in the briefing ("0.25%"), so small shares stay visible. */
export const formatShare = (share: number) => formatPercent(share, 2)

function unavailable(what: string, error: string): Block[] {
  return [{ kind: 'paragraph', text: `${what} could not be included: ${error}`, emphasis: true }]
}

/** The score in one line: the checklist's own words, or a plain "not scored yet". */
export function scoreLine(score: ScoreSummary | null): string {
  return (
    score?.statement ??
    (score && score.band !== null && score.unmanagedRisk !== null
      ? `${score.band} (unmanaged risk ${score.unmanagedRisk.toFixed(1)} of 100)`
      : 'Not scored yet: no checklist item is answered.')
  )
}

/** The cover: who it is for and by, the date, how current the data is, the weights, and a sample-data notice. */
export function coverBlocks(input: BriefingInput, usesSampleData: boolean): Block[] {
  const o = input.options
  const asOf = input.dataAsOf !== undefined ? input.dataAsOf : dataAsOf(input.sources)
  const by = o ? [o.preparedBy.name.trim(), o.preparedBy.organisation.trim()].filter(Boolean).join(', ') : ''
  return [
    { kind: 'paragraph', text: `${input.company.name} (${input.company.exchange}: ${input.company.ticker})` },
    { kind: 'fact', label: 'Assessment', text: input.assessmentName },
    { kind: 'fact', label: 'Prepared for', text: o?.preparedFor.trim() || 'Not stated' },
    { kind: 'fact', label: 'Prepared by', text: by || 'Not stated (set your name and organisation)' },
    { kind: 'fact', label: 'Date', text: formatPartialDate(input.date) },
    {
      kind: 'fact',
      label: 'Data as of',
      text: asOf ? `${formatPartialDate(asOf)} (the newest dated evidence used)` : 'No dated evidence',
    },
    {
      kind: 'fact',
      label: 'Weights',
      // describeWeights starts with "Weights:"; the label says it once.
      text: input.score?.weights?.replace(/^Weights:\s*/i, '') ?? 'The published default weights (no assessment open)',
    },
    { kind: 'fact', label: 'Overall band', text: scoreLine(input.score) },
    ...(usesSampleData
      ? [
          {
            kind: 'paragraph' as const,
            text: 'Sample data: this briefing contains illustrative (sample) data, marked where it appears. Do not rely on those figures.',
            emphasis: true,
          },
        ]
      : []),
  ]
}

/** The executive summary: the band, progress, red flags, the largest gaps. */
export function summaryBlocks(score: ScoreSummary | null): Block[] {
  const summary: Block[] = [{ kind: 'paragraph', text: `Risk band: ${scoreLine(score)}`, emphasis: true }]
  if (!score || score.answered === 0)
    return [
      ...summary,
      {
        kind: 'paragraph',
        text: 'The checklist has no answers yet, so there is no score, band or gap list. Answer the checklist items to complete this briefing.',
      },
    ]
  summary.push({
    kind: 'paragraph',
    text: `${score.answered} of ${plural(score.total, 'checklist item')} answered. Exposure ${score.exposure?.toFixed(1) ?? 'n/a'} of 100; management ${score.management === null ? 'n/a' : formatPercent(score.management, 0)}.`,
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
  return summary
}

/** Every checklist item with its answer, note and evidence. */
export function checklistBlocks(checklist: ChecklistRow[] | null, cite: Cite): Block[] {
  if (!checklist || !checklist.length)
    return [{ kind: 'paragraph', text: 'No assessment is open, or none of its items is answered.' }]
  return [
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
  ]
}

/** The bars of the contracts chart: low to high where sources disagree. */
export function contractBars(contracts: ContractsInput): Bar[] {
  return contracts.awards
    .filter((a) => a.low !== null)
    .map((a) => ({
      label: a.label,
      value: a.low ?? 0,
      ...(a.high !== null && a.high !== a.low ? { high: a.high } : {}),
    }))
}

export const CONTRACTS_CHART = 'Reported value of each award, low to high where sources disagree (US$)'

/** The contract values: chart, every reported value, others' totals, and the official record where loaded. */
export function contractsBlocks(contracts: Loadable<ContractsInput>, cite: Cite): Block[] {
  if (isError(contracts)) return unavailable('The contract values', contracts.error)
  const official = contracts.official
  return [
    ...(official
      ? ([
          { kind: 'paragraph', text: official.summary },
          {
            kind: 'bars',
            caption: 'Official record (USAspending): obligations by fiscal year (US$)',
            unit: 'usd',
            bars: official.years,
          },
          {
            kind: 'table',
            caption: 'Official obligations beside the press-reported values (same PIID)',
            columns: ['Award (PIID)', 'Official obligated to date', 'Press-reported values'],
            widths: [0.3, 0.2, 0.5],
            rows: official.rows,
          },
        ] satisfies Block[])
      : [
          {
            kind: 'paragraph' as const,
            text: 'No official contract record is loaded (import one on the Contracts view).',
          },
        ]),
    {
      kind: 'bars',
      caption: CONTRACTS_CHART,
      unit: 'usd',
      bars: contractBars(contracts),
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
  ]
}

/** The arrest figures: the breakdown chart, the years, and both framings side by side. */
export function arrestsBlocks(arrests: Loadable<ArrestsInput>, cite: Cite): Block[] {
  if (isError(arrests)) return unavailable('The arrest figures', arrests.error)
  return [
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
  ]
}

/** The company's statements beside the counter-evidence. */
export function claimsBlocks(claims: Loadable<Claim[]>, cite: Cite): Block[] {
  if (isError(claims)) return unavailable('The claims', claims.error)
  return [
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
  ]
}

/** The questions (a numbered list the renderer numbers), the ladder and the log. */
export function engagementBlocks(engagement: EngagementInput | null, cite: Cite): Block[] {
  if (!engagement) return [{ kind: 'paragraph', text: 'No engagement questions are prepared yet.' }]
  return [
    { kind: 'paragraph', text: `Questions for: ${engagement.audience}.` },
    {
      kind: 'list',
      ordered: true,
      items: engagement.questions.map((q) => ({ text: `${q.text} (cites: ${q.cites})`, cites: cite(q.sourceIds) })),
    },
    { kind: 'paragraph', text: engagement.ladder, emphasis: true },
    ...(engagement.responses ? [{ kind: 'paragraph' as const, text: engagement.responses }] : []),
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
}

/** The exposure in one sentence, in the account's currency: direct, indirect, total. */
export function exposureLine(h: HoldingsInput): string {
  const m = (c: number) => formatMoneyCents(c, h.currency)
  const unknown = h.companyWithoutValue
    ? ` Not in these figures: ${plural(h.companyWithoutValue, 'position')} in the company's own shares of unknown size (no usable value, no rate, or a row left out for a problem).`
    : ''
  // Nothing counted (every amount waits for a rate or an account currency): no "portfolio of 0.00".
  // Positions waiting for a rate are in no sum: the share is then of what could be counted.
  const total =
    h.totalCents === 0 && h.missingRates.length > 0
      ? 'no portfolio total could be counted'
      : h.missingRates.length > 0
        ? `${formatShare(h.exposureShare)} of the ${m(h.totalCents)} counted so far; positions in ${h.missingRates.join(', ')} are in no sum`
        : `${formatShare(h.exposureShare)} of the portfolio of ${m(h.totalCents)}`
  return `Direct ${m(h.directCents)} (${formatShare(h.directShare)}), indirect ${m(h.indirectCents)} (${formatShare(h.indirectShare)}), total ${m(h.exposureCents)} (${total}), ${h.currency ? `in ${h.currency}` : 'in a currency the file does not state'}.${unknown}`
}

/** How much of the portfolio the look-through could weigh. */
export function coverageLine(h: HoldingsInput): string {
  const unresolved = h.unresolved
    ? ` ${plural(h.unresolved, 'security', 'securities')} could not be looked through.`
    : h.companyWithoutValue
      ? ''
      : ' Every position was looked through.'
  const rates = h.missingRates.length
    ? ` Positions in ${h.missingRates.join(', ')} are left out of every sum: ${h.currency ? `no rate to ${h.currency} was given` : 'the account currency is not stated'}.`
    : ''
  return h.coverage === null
    ? `Coverage not measured.${unresolved}${rates}`
    : `Coverage: ${formatShare(h.coverage)} of the portfolio's value was looked through.${unresolved}${rates}`
}

/** Net and gross exposure where there are short positions; null without shorts. */
export function shortLine(h: HoldingsInput): string | null {
  if (h.shortExposureCents === 0) return null
  const m = (c: number) => formatMoneyCents(c, h.currency)
  return `Short positions: net exposure ${m(h.exposureCents)} (${formatShare(h.exposureShare)}, long minus short); gross exposure ${m(h.grossExposureCents)} (${formatShare(h.grossExposureShare)}, long plus short), of which ${m(h.shortExposureCents)} short.`
}

/** The issuers' holdings files the fund weights come from, each with its "as of" date. */
export function fundFileItems(h: HoldingsInput): string[] {
  return h.fundFiles.map(
    (f) =>
      `${f.fund}: ${f.file}, ${f.asOf ? `as of ${formatPartialDate(f.asOf)}` : 'the file states no "as of" date'}; ${f.weight}.${f.notes.map((n) => ` ${n}`).join('')}`,
  )
}

const shortBlocks = (h: HoldingsInput): Block[] => {
  const text = shortLine(h)
  return text ? [{ kind: 'paragraph', text }] : []
}

/** The portfolio's exposure: totals, every exposed position, what could not be looked through. */
export function holdingsBlocks(h: HoldingsInput, cite: Cite): Block[] {
  const m = (c: number) => formatMoneyCents(c, h.currency)
  return [
    ...(h.sample
      ? [
          {
            kind: 'paragraph' as const,
            text: 'Sample data: the fund holdings used in this look-through are illustrative, not sourced.',
            emphasis: true,
          },
        ]
      : []),
    {
      kind: 'paragraph',
      text: `Portfolio "${h.label}": ${m(h.totalCents)} in all, including cash (${m(h.totalExCashCents)} without cash).`,
    },
    { kind: 'paragraph', text: exposureLine(h), cites: cite(h.sourceIds) },
    ...shortBlocks(h),
    { kind: 'paragraph', text: coverageLine(h) },
    ...(h.fundFiles.length
      ? [
          {
            kind: 'paragraph' as const,
            text: `Fund weights from the issuers' holdings files (${plural(h.fundFiles.length, 'file')}):`,
          },
          { kind: 'list' as const, items: fundFileItems(h).map((text) => ({ text })) },
        ]
      : []),
    ...(h.levers.length ? [{ kind: 'list' as const, items: h.levers.map((text) => ({ text: sentence(text) })) }] : []),
    {
      kind: 'table',
      caption: 'Exposed positions',
      columns: [
        'Position',
        'Exposure through',
        `Effective value (${h.currency ?? 'currency not stated'})`,
        'Share of portfolio',
      ],
      widths: [0.34, 0.3, 0.18, 0.18],
      rows: h.rows.map((r) => [r.position, r.route, m(r.valueCents), formatShare(r.share)]),
    },
  ]
}

/** The method, step by step with the live numbers. */
export function methodBlocks(method: string[]): Block[] {
  return method.map((text) => ({ kind: 'paragraph' as const, text }))
}

/** The sources in order of first citation, each with its address. */
export function sourcesBlocks(order: string[], input: BriefingInput): Block[] {
  return [
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
  ]
}

/** A bar's value as the chart labels it. */
export function barValue(bar: Bar, unit: 'usd' | 'count' | 'percent'): string {
  const fmt = (n: number) =>
    unit === 'usd' ? formatUsdMillions(n) : unit === 'percent' ? `${n.toFixed(1)}%` : n.toLocaleString('en-US')
  return bar.high !== undefined ? `${fmt(bar.value)} to ${fmt(bar.high)}` : fmt(bar.value)
}

/**
 * The appendix: each chart's data as a table, and a link to the same chart in the app with its
 * filters, so a reader can check and reproduce it.
 */
export function appendixBlocks(
  charts: { section: string; block: Extract<Block, { kind: 'bars' }>; url: string | null }[],
): Block[] {
  if (!charts.length) return [{ kind: 'paragraph', text: 'No chart is included in this briefing.' }]
  return charts.flatMap(({ section, block, url }): Block[] => [
    { kind: 'heading', text: `${section}: ${block.caption}` },
    {
      kind: 'table',
      caption: `The data behind the chart${citeText(block.cites)}`,
      columns: ['Label', 'Value'],
      widths: [0.6, 0.4],
      rows: block.bars.map((b) => [b.label, barValue(b, block.unit)]),
    },
    url
      ? { kind: 'link', text: `The same chart in the app: ${url}`, url }
      : { kind: 'paragraph', text: 'The chart is on the app view of the same name.' },
  ])
}
