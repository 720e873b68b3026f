import type { Confidence, Source } from './schema'

/**
 * Hosts that republish others' work: mirrors, reprints and aggregators the fact check found
 * standing in for original outlets (2 Dec 2026). A source whose address is on one of these is
 * at most "low"; the original outlet is cited and the mirror kept only as an access copy.
 */
export const MIRROR_HOSTS: readonly string[] = [
  'possiblethreat.com',
  'newsnetdaily.com',
  'moneyracket.com',
  'stateofsurveillance.org',
  'staging.mijente.net',
  'goldberglawma.com',
  'ellinghuysen.com',
  'billsinsider.com',
  'readthegovcontract.com',
]

const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 }

/** The host of an address, without a leading "www."; null when it is not an address. */
export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase()
  } catch {
    return null
  }
}

/** Whether an address is on a known mirror or aggregator (the host or any subdomain of it). */
export function isMirrorUrl(url: string): boolean {
  const host = hostOf(url)
  return host !== null && MIRROR_HOSTS.some((m) => host === m || host.endsWith(`.${m}`))
}

/** Whether a partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) names a real calendar date. */
export function isRealPartialDate(date: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date)
  if (!m) return false
  const [, y, mo, d] = m
  if (mo === undefined) return true
  const month = Number(mo)
  if (month < 1 || month > 12) return false
  if (d === undefined) return true
  const day = Number(d)
  const last = new Date(Date.UTC(Number(y), month, 0)).getUTCDate()
  return day >= 1 && day <= last
}

/**
 * What a committee would refuse in the source list, one line per problem: a mirror or an
 * aggregator rated above "low", a mirror cited as the original, a date that is not a real date
 * or lies after `today` (YYYY-MM-DD), a retrieval date before publication. Empty when sound.
 */
export function sourceProblems(sources: readonly Source[], today: string): string[] {
  const problems: string[] = []
  for (const s of sources) {
    const aggregator = s.tier === 'aggregator' || (s.url !== null && isMirrorUrl(s.url))
    if (aggregator && RANK[s.confidence] > RANK.low)
      problems.push(`${s.id}: a mirror or aggregator is rated "${s.confidence}" (at most "low")`)
    if (s.url !== null && isMirrorUrl(s.url) && s.tier !== 'aggregator')
      problems.push(`${s.id}: cites a mirror (${hostOf(s.url)}) as the original; keep it as an access copy`)
    if (s.accessCopy && !isMirrorUrl(s.accessCopy.url) && s.accessCopy.host !== hostOf(s.accessCopy.url))
      problems.push(`${s.id}: the access copy's host does not match its address`)
    for (const [what, date] of [
      ['date', s.date],
      ['retrieved', s.retrieved],
    ] as const) {
      if (!isRealPartialDate(date)) problems.push(`${s.id}: ${what} ${date} is not a real date`)
      else if (date.localeCompare(today.slice(0, date.length)) > 0)
        problems.push(`${s.id}: ${what} ${date} is in the future`)
    }
    if (s.retrieved.localeCompare(s.date) < 0) problems.push(`${s.id}: retrieved before it was published`)
  }
  return problems
}

/**
 * The "data as of" date: the newest publication date among the sources the data rests on. A
 * reader sees how current the evidence is, not when the page was built. Null for no sources.
 */
export function dataAsOf(sources: readonly Pick<Source, 'date'>[]): string | null {
  let newest: string | null = null
  for (const s of sources) if (newest === null || s.date.localeCompare(newest) > 0) newest = s.date
  return newest
}
