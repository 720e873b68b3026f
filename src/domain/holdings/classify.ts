/**
 * What kind of security a position is, for the look-through: the company itself, a fund (looked
 * through at the company's weight), a firm with holdings in the company (a route to engage, not
 * exposure), or another operating company (exposure zero, known). Decided by the user's own
 * choice, else the data layer's identifiers, else the broker's security-type column.
 */
import { normalizeName, normalizeTicker } from './identifiers'
import type { Position } from './parse'

/** company: its own shares; fund: an ETF or mutual fund; holder: a listed firm holding the company; other-company: an operating company (known zero); unknown: not decided. */
export type PositionClass = 'company' | 'fund' | 'holder' | 'other-company' | 'unknown'

/** Where a class came from, said beside it so a person can judge it. */
export type ClassSource = 'user' | 'data' | 'fund-file' | 'type-column' | 'none'

export const CLASS_LABELS: Record<PositionClass, string> = {
  company: 'The company’s own shares',
  fund: 'Fund (looked through)',
  holder: 'Firm with holdings in the company (route to engage)',
  'other-company': 'Another operating company (exposure zero)',
  unknown: 'Not known',
}

const FUND_TYPE =
  /\b(?:etfs?|etps?|funds?|mutual|ucits|oeic|sicav|unit\s*trusts?|fonds|closed[-\s]end|index\s+fund|money\s+market\s+fund)\b/i
const SHARE_TYPE =
  /^(?:stocks?|equity|equities|common(?:\s+stock)?|cs|ordinary(?:\s+shares?)?|shares?|aktien?|actions?|adrs?|ads|preferred(?:\s+stock)?|stock\s+and\s+adr)$/i

/** The class a broker's security type states, or null where it does not decide ("Other", blank). */
export function classFromType(type: string | null): 'fund' | 'other-company' | null {
  if (!type) return null
  const t = type.trim()
  if (FUND_TYPE.test(t)) return 'fund'
  if (SHARE_TYPE.test(t)) return 'other-company'
  return null
}

/**
 * The key a user's class choice is kept under: the ISIN, else the CUSIP, else the ticker, else the
 * name, so that a choice follows the security across re-imports of the same account.
 */
export function positionKey(p: Pick<Position, 'isin' | 'cusip' | 'ticker' | 'name' | 'line'>): string {
  if (p.isin) return `isin:${p.isin}`
  if (p.cusip) return `cusip:${p.cusip}`
  if (p.ticker) return `ticker:${normalizeTicker(p.ticker)}`
  if (p.name) {
    // A name made only of designations ("Class A Common Stock") normalises to nothing: kept as
    // written, so that such securities do not share one key (and one class choice).
    const name = normalizeName(p.name)
    return `name:${name || p.name.trim().toLowerCase()}`
  }
  return `line:${p.line}`
}
