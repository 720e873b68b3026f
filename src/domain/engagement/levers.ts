/**
 * The investor's levers from Holdings, as Engagement audiences: for each lever, who is addressed,
 * which of the view's audience lists words the questions for them (the company's, or an asset
 * manager's: a fund's manager and a listed firm holding the company are both asked to press the
 * company as shareholders), and the concrete asks the lever gives. Pure: the levers come from the
 * look-through (src/domain/holdings/levers.ts), never stored.
 */
import type { Lever } from '../holdings/levers'
import type { Audience } from './schema'
import { possessive } from './wording'

/** One lever as an audience to engage, with what to ask of it. */
export interface LeverAudience {
  /** Stable while the portfolio holds the same positions: `vote:Palantir Technologies`. */
  key: string
  kind: Lever['kind']
  /** Who is addressed, as the letter's first line names them. */
  recipient: string
  /** The Engagement list whose questions are put to them. */
  audience: Audience
  /** "Vote your shares: Palantir Technologies". */
  heading: string
  /** What the holding is, from Holdings, with the portfolio lines it rests on. */
  holding: string
  /** What to do or ask, most direct first. */
  asks: string[]
}

const HEADING: Record<Lever['kind'], string> = {
  vote: 'Vote your shares',
  'engage-manager': 'Engage the fund’s manager',
  'engage-holder': 'Engage a firm holding the company, as its shareholder',
}

const lines = (l: Lever) => `line${l.lines.length === 1 ? '' : 's'} ${l.lines.join(', ')} of your portfolio`

function voteAsks(l: Lever, c: string): string[] {
  const p = l.proposal
  const proposal =
    p?.status === 'meets'
      ? `File a shareholder proposal asking ${c} to publish what the questions below ask for. Rule 14a-8(b): ${p.text}`
      : p?.status === 'below'
        ? `Co-file a shareholder proposal with other shareholders. Rule 14a-8(b): ${p.text}`
        : `Whether you can file a shareholder proposal alone is not known yet. Rule 14a-8(b): ${p?.text ?? 'the thresholds could not be checked.'}`
  return [
    `Vote your shares at ${possessive(c)} annual meeting, and say how you voted and why.`,
    proposal,
    `Put the questions for the company to ${c} before the meeting; if they go unanswered, vote against the directors responsible.`,
  ]
}

function managerAsks(l: Lever, c: string, ticker: string): string[] {
  return [
    `Ask how it voted its ${ticker} shares at ${possessive(c)} recent annual meetings, from its proxy voting record (Form N-PX for US funds).`,
    `Ask whether it will support shareholder proposals on human-rights due diligence at ${c}, and how it weighs that risk in holding ${ticker} for ${l.target}.`,
    `Ask it to put the questions for an asset manager to ${c}, and to tell you what ${c} answers.`,
  ]
}

function holderAsks(l: Lever, c: string, ticker: string): string[] {
  return [
    `As a shareholder of ${l.target}, ask how it votes its ${ticker} shares and engages ${c}, for itself and for its clients.`,
    `Ask for its proxy voting record on ${c} and its stewardship policy on human-rights risk.`,
    `Ask it to put the questions for an asset manager to ${c}, and to tell you what ${c} answers.`,
  ]
}

/**
 * The levers as audiences, in the order Holdings lists them (the vote first, then each fund's
 * manager, then each firm holding the company). A vote is put to the company with the company's
 * list; a fund's manager and a firm holding the company get the asset manager's list, addressed
 * to them by name.
 */
export function leverAudiences(levers: readonly Lever[], company: { name: string; ticker: string }): LeverAudience[] {
  const c = company.name
  return levers.map((l) => ({
    key: `${l.kind}:${l.target}`,
    kind: l.kind,
    recipient: l.kind === 'vote' ? c : l.kind === 'engage-manager' ? `The manager of ${l.target}` : l.target,
    audience: l.audience === 'company' ? 'company' : 'asset manager',
    heading: `${HEADING[l.kind]}: ${l.target}`,
    holding: `${l.text} (${lines(l)})`,
    asks:
      l.kind === 'vote'
        ? voteAsks(l, c)
        : l.kind === 'engage-manager'
          ? managerAsks(l, c, company.ticker)
          : holderAsks(l, c, company.ticker),
  }))
}
