/**
 * The first page after the cover: what a committee member needs to act without turning the page.
 * Every line either states a figure from the input or says plainly that it is absent.
 */
import { formatPartialDate, formatPercent, formatUsdMillions, plural, sentence } from '../format/format'
import type { Block } from './document'
import {
  isError,
  type BriefingInput,
  type ContractsInput,
  type EngagementStatus,
  type HoldingsInput,
  type ScoreSummary,
} from './input'
import { coverageLine, exposureLine, scoreLine, shortLine, type Cite } from './sections'

/** The question put to the committee when the preparer has not worded one. */
export function defaultQuestion(company: string): string {
  return `Should the fund keep its exposure to ${company}, and which step of the escalation ladder should it take next?`
}

/** One line on what drives the score: the red flag that holds it, else exposure against management and the largest gap. */
export function scoreDriver(score: ScoreSummary | null): string {
  if (!score || score.answered === 0) return 'Nothing drives it yet: no checklist item is answered.'
  const flags = score.redFlags
  if (flags.length)
    return `Driven by ${plural(flags.length, 'red flag')} (${flags.map((f) => f.itemId).join(', ')}), which hold the band up whatever else is answered.`
  const parts = [
    score.exposure === null ? null : `exposure ${score.exposure.toFixed(1)} of 100`,
    score.management === null ? null : `management covering ${formatPercent(score.management, 0)} of it`,
  ].filter(Boolean)
  const gap = score.largestGaps[0]
  return `Driven by ${parts.length ? parts.join(' with ') : 'the answers so far'}${gap ? `; the largest gap is ${gap.itemId} (${gap.question}: ${gap.answer})` : ''}.`
}

/** Others' reported totals as one range, lowest to highest, never summed. */
export function pressRange(contracts: ContractsInput): { low: number; high: number; count: number } | null {
  const figures = contracts.totals.filter((t) => typeof t.lowUsd === 'number')
  if (!figures.length) return null
  const low = Math.min(...figures.map((t) => t.lowUsd ?? Infinity))
  const high = Math.max(...figures.map((t) => t.highUsd ?? t.lowUsd ?? -Infinity))
  return { low, high, count: figures.length }
}

function contractsLine(contracts: BriefingInput['contracts'], cite: Cite): Block {
  if (isError(contracts))
    return { kind: 'fact', label: 'Contracts', text: `The contract figures could not be loaded: ${contracts.error}` }
  const range = pressRange(contracts)
  const press = range
    ? `Press and advocates report ${range.low === range.high ? formatUsdMillions(range.low) : `${formatUsdMillions(range.low)} to ${formatUsdMillions(range.high)}`} (${plural(range.count, 'reported total')}, different scopes, not summed).`
    : 'No reported total.'
  const o = contracts.official
  const official = o
    ? o.obligatedUsd !== undefined
      ? `Official record: ${formatUsdMillions(o.obligatedUsd)} obligated to date (${o.source ?? 'USAspending'}${o.asOf ? `, as of ${formatPartialDate(o.asOf)}` : ''}).`
      : o.summary
    : 'No official contract record is loaded.'
  return {
    kind: 'fact',
    label: 'Contracts',
    text: `${official} ${press}`,
    cites: cite(contracts.totals.flatMap((t) => t.sourceIds)),
  }
}

/** The engagement in one line: last step, response rate, next step and its due date. */
export function engagementLine(status: EngagementStatus | undefined): string {
  if (!status || status.lastStep === null)
    return `No engagement yet.${status?.nextStep ? ` Next step: ${status.nextStep}${status.nextDue ? `, due ${formatPartialDate(status.nextDue)}` : ', no due date set'}.` : ''}`
  const r = status.responses
  const rate =
    r && r.recorded > 0
      ? `response rate ${formatPercent(r.responded / r.recorded, 0)} (${r.responded} of ${plural(r.recorded, 'question')} with a recorded response answered)`
      : 'no response recorded yet'
  const next = status.nextStep
    ? `Next step: ${status.nextStep}${status.nextDue ? `, due ${formatPartialDate(status.nextDue)}` : ', no due date set'}.`
    : 'The top of the ladder is reached.'
  return `Last step: ${status.lastStep}; ${rate}. ${next}`
}

/**
 * What the holdings let the investor do: the levers the holdings view gives, or, without them,
 * the two that follow from how the exposure is held (shares held directly vote; fund holdings
 * are reached through their managers).
 */
export function leversFor(h: HoldingsInput): string[] {
  if (h.levers.length) return h.levers
  const levers: string[] = []
  if (h.directCents > 0 || h.companyWithoutValue > 0)
    levers.push('Direct shares: vote at the annual meeting, and file or co-file a shareholder resolution')
  if (h.indirectCents > 0)
    levers.push('Through funds and listed firms: ask each manager how it votes and engages on the company')
  return levers.length ? levers : ['No exposure, so no shareholder lever: the question is whether to screen it out']
}

/** The recommendation label, exactly as the preparer chose and worded it. */
export const RECOMMENDATION_LABEL = "Recommendation (the preparer's judgement, not computed)"

/** The first page's blocks. */
export function decisionBlocks(input: BriefingInput, cite: Cite): Block[] {
  const { score, holdings, options } = input
  const flags = score?.redFlags ?? []
  const rec = options?.recommendation
  const recText =
    rec && (rec.step || rec.words.trim())
      ? [rec.step ? `${rec.step[0]?.toUpperCase()}${rec.step.slice(1)}.` : '', sentence(rec.words)]
          .filter(Boolean)
          .join(' ')
      : 'None chosen yet: the preparer chooses a step and words it on the Briefing view.'
  return [
    {
      kind: 'fact',
      label: 'Company',
      text: `${input.company.name} (${input.company.exchange}: ${input.company.ticker})`,
    },
    {
      kind: 'fact',
      label: 'The question for the committee',
      text: options?.question.trim() || defaultQuestion(input.company.name),
    },
    {
      kind: 'fact',
      label: score?.settled === false ? 'Score (a range until settled)' : 'Score',
      text: scoreLine(score),
    },
    { kind: 'fact', label: 'What drives it', text: scoreDriver(score) },
    holdings
      ? {
          kind: 'fact',
          label: `Portfolio exposure${holdings.sample ? ' (uses sample data)' : ''}`,
          text: [exposureLine(holdings), shortLine(holdings), coverageLine(holdings)].filter(Boolean).join(' '),
        }
      : { kind: 'fact', label: 'Portfolio exposure', text: 'No portfolio is loaded: the exposure is not known.' },
    {
      kind: 'fact',
      label: 'Levers',
      text: holdings
        ? leversFor(holdings)
            .map((l) => sentence(l))
            .join(' ')
        : 'Not known without a portfolio.',
    },
    contractsLine(input.contracts, cite),
    {
      kind: 'fact',
      label: 'Top red flags',
      text: flags.length
        ? `${plural(flags.length, 'red flag')} raised${flags.length > 3 ? '; the first three' : ''}:`
        : 'None raised by the answers so far.',
    },
    ...(flags.length
      ? [{ kind: 'list' as const, items: flags.slice(0, 3).map((f) => ({ text: `${f.itemId}: ${f.text}` })) }]
      : []),
    { kind: 'fact', label: 'Engagement', text: engagementLine(input.engagement?.status) },
    { kind: 'fact', label: RECOMMENDATION_LABEL, text: recText },
  ]
}

/**
 * Where the engagement stands: the latest log entry, the response rate (questions responded to in
 * full or in part, of those with a recorded response), and the next rung with its due date.
 */
export function engagementStatus(
  log: readonly { date: string; kind: string }[],
  responses: { responded: number; recorded: number } | null,
  nextStep: string | null,
  nextDue: string | null,
): EngagementStatus {
  const last = [...log].sort((a, b) => b.date.localeCompare(a.date))[0]
  return {
    lastStep: last ? `${last.kind[0]?.toUpperCase()}${last.kind.slice(1)}, ${formatPartialDate(last.date)}` : null,
    responses: responses && responses.recorded > 0 ? responses : null,
    nextStep,
    nextDue,
  }
}
