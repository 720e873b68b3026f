/**
 * The investor's lever for each exposure: direct shares are voted (and may be enough to file a
 * shareholder proposal); a fund's manager is engaged and its proxy votes checked; a listed firm
 * that holds the company is engaged as its shareholder. Pure: read by Holdings, Engagement and
 * the Briefing from the same look-through.
 */
import { possessive } from '../engagement/wording'
import { formatMoneyFromCents } from './currency'
import type { LookThroughResult, TargetCompany } from './lookthrough'

/**
 * SEC Rule 14a-8(b) ownership thresholds for submitting a shareholder proposal (continuous
 * ownership of at least this much market value for at least this many years).
 */
export const RULE_14A8_THRESHOLDS = [
  { usdCents: 200_000, years: 3 },
  { usdCents: 1_500_000, years: 2 },
  { usdCents: 2_500_000, years: 1 },
] as const

/** The source of the thresholds, cited as the regulator publishes it. */
export const RULE_14A8_SOURCE = {
  title: '17 CFR 240.14a-8(b), Shareholder proposals: who is eligible to submit a proposal',
  publisher: 'U.S. Securities and Exchange Commission, in the Electronic Code of Federal Regulations',
  url: 'https://www.ecfr.gov/current/title-17/section-240.14a-8',
} as const

/** Whether a direct holding meets Rule 14a-8(b)'s ownership thresholds. */
export interface ProposalEligibility {
  status: 'meets' | 'below' | 'unknown'
  text: string
}

/** One lever: what the investor can do, about whom, for which positions. */
export interface Lever {
  kind: 'vote' | 'engage-manager' | 'engage-holder'
  /** Who is engaged: the company, the fund (its manager) or the firm. */
  target: string
  /** The audience the engagement view words questions for. */
  audience: 'company' | 'asset-manager'
  lines: number[]
  valueCents: number
  text: string
  proposal: ProposalEligibility | null
}

const usd = (cents: number) => formatMoneyFromCents(cents, 'USD')

/**
 * Rule 14a-8(b): $2,000 held for at least 3 years, $15,000 for 2, or $25,000 for 1. The value must
 * be in US dollars: for another account currency the user's rate to USD is used, or the answer is
 * unknown. `heldYears` is the user's own answer (how long the shares have been held).
 */
export function proposalEligibility(
  valueCents: number,
  currency: string | null,
  rates: Readonly<Record<string, number>>,
  heldYears: number | null,
): ProposalEligibility {
  if (currency === null)
    return {
      status: 'unknown',
      text: 'The thresholds are in US dollars and the file does not state which currency this holding is in: choose the account currency on Holdings (and, if it is not USD, a rate for USD) to check them.',
    }
  const usdRate = currency === 'USD' ? 1 : rates.USD ? 1 / rates.USD : null
  if (usdRate === null)
    return {
      status: 'unknown',
      text: `The thresholds are in US dollars and this holding is in ${currency}: enter a rate for USD to check them.`,
    }
  if (heldYears === null)
    return { status: 'unknown', text: 'Enter how long the shares have been held to check the thresholds.' }
  const valueUsd = Math.round(valueCents * usdRate)
  const met = RULE_14A8_THRESHOLDS.find((t) => heldYears >= t.years && valueUsd >= t.usdCents)
  const held = `${usd(valueUsd)} held for ${heldYears} year${heldYears === 1 ? '' : 's'}`
  if (met)
    return {
      status: 'meets',
      text: `${held}: meets the threshold of ${usd(met.usdCents)} for ${met.years} year${met.years === 1 ? '' : 's'}, so the holding is enough to submit a shareholder proposal.`,
    }
  return {
    status: 'below',
    text: `${held}: below the thresholds ($2,000 for 3 years, $15,000 for 2, $25,000 for 1); co-filing with other shareholders is the route.`,
  }
}

/**
 * The levers for a look-through: one for the direct (long) holding, one per fund held long, one
 * per listed firm held long that holds the company. Short positions carry no vote and get no lever.
 */
export function leversFor(
  result: LookThroughResult,
  company: TargetCompany,
  answers: { rates?: Readonly<Record<string, number>>; heldYears?: number | null } = {},
): Lever[] {
  const levers: Lever[] = []
  const money = (c: number) => formatMoneyFromCents(c, result.currency)
  const direct = result.rows.filter((r) => r.route === 'direct' && !r.short)
  // Shares of a size not yet known (no value, no rate, a row left out) are still shares to vote.
  const unknown = result.companyWithoutValue.filter((u) => !u.short)
  if (direct.length > 0 || unknown.length > 0) {
    const valueCents = direct.reduce((s, r) => s + r.positionCents, 0)
    const held =
      direct.length === 0
        ? `your ${company.ticker} shares (of a size not yet known)`
        : `your ${money(valueCents)} of ${company.ticker} shares${unknown.length > 0 ? ' (and more of a size not yet known)' : ''}`
    const known = proposalEligibility(valueCents, result.currency, answers.rates ?? {}, answers.heldYears ?? null)
    levers.push({
      kind: 'vote',
      target: company.name,
      audience: 'company',
      lines: [...direct.map((r) => r.line), ...unknown.map((u) => u.line)].sort((a, b) => a - b),
      valueCents,
      text: `Vote ${held} at ${possessive(company.name)} annual meeting, and consider a shareholder proposal.`,
      // What is known may already be enough; otherwise the shares of unknown size decide.
      proposal:
        unknown.length === 0 || known.status === 'meets'
          ? known
          : {
              status: 'unknown',
              text: `Some of your ${company.ticker} shares are of a size not yet known (see Holdings): weigh them to check the thresholds.`,
            },
    })
  }
  const byFund = new Map<string, Lever>()
  for (const r of result.rows) {
    // A short position in a fund is not a holding of it: no manager to engage as its client.
    if (r.route === 'direct' || !r.via || r.short) continue
    const l = byFund.get(r.via.fundId)
    if (l) {
      l.lines.push(r.line)
      l.valueCents += r.positionCents
      continue
    }
    byFund.set(r.via.fundId, {
      kind: 'engage-manager',
      target: r.via.name,
      audience: 'asset-manager',
      lines: [r.line],
      valueCents: r.positionCents,
      text: `Engage the manager of ${r.via.name}: ask how it votes its ${company.ticker} shares (its proxy voting record, Form N-PX for US funds) and how it weighs the human-rights risk.`,
      proposal: null,
    })
  }
  levers.push(...byFund.values())
  for (const h of result.holders) {
    // Short shares of a firm carry no vote in it and make no shareholder.
    if (h.positionCents < 0) continue
    levers.push({
      kind: 'engage-holder',
      target: h.name,
      audience: 'asset-manager',
      lines: [h.line],
      valueCents: h.positionCents,
      text: `As a shareholder of ${h.name} (${money(h.positionCents)}), engage it on its ${company.ticker} holding: how it votes and engages, for itself and its clients.`,
      proposal: null,
    })
  }
  return levers
}
