const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

const countFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })
const usdFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 2 })

/** 44069 -> "44,069". */
export function formatCount(n: number): string {
  return countFormat.format(n)
}

/** Exact dollars, cents only when the source has them: 49874018.14 -> "$49,874,018.14". */
export function formatUsd(amount: number): string {
  return usdFormat.format(amount).replace(/\.00$/, '')
}

const centsFormat = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' })

/** Money kept in whole cents (the holdings look-through), as dollars with cents: 375000 -> "$3,750.00". */
export function formatUsdFromCents(cents: number): string {
  return centsFormat.format(cents / 100)
}

/** Dollars in millions, as reporting states them: 41_000_000 -> "$41M", 29_800_000 -> "$29.8M". */
export function formatUsdMillions(amount: number): string {
  if (amount < 1_000_000) return formatUsd(amount)
  const millions = amount / 1_000_000
  const rounded = Math.round(millions * 10) / 10
  return `$${rounded.toLocaleString('en-US', { maximumFractionDigits: 1 })}M`
}

/** A share as a percentage with one decimal: 0.034605 -> "3.5%". */
export function formatPercent(share: number, digits = 1): string {
  return `${(share * 100).toFixed(digits)}%`
}

/** Partial ISO dates as people read them: "2014-09-10" -> "10 Sep 2014", "2019-11" -> "Nov 2019". */
export function formatPartialDate(date: string): string {
  const [year, month, day] = date.split('-')
  const monthName = month ? MONTHS[Number(month) - 1] : undefined
  if (day && monthName) return `${Number(day)} ${monthName} ${year}`
  if (monthName) return `${monthName} ${year}`
  return year ?? date
}

/**
 * A moment as people read it, in the reader's time zone, with no day/month ambiguity:
 * "2026-12-02T10:05:00Z" -> "2 Dec 2026, 10:05" (never "02/12/2026" or "12/02/2026").
 */
export function formatDateTime(iso: string, timeZone?: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d)
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
  const date = formatPartialDate(`${part('year')}-${part('month').padStart(2, '0')}-${part('day').padStart(2, '0')}`)
  return `${date}, ${part('hour')}:${part('minute')}`
}

/**
 * A count with its noun, singular or plural as the count needs: (1, 'security', 'securities') ->
 * "1 security", (3, ...) -> "3 securities". The plural defaults to the noun with an "s".
 */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : pluralForm}`
}

/** A sentence from a text that may already end with a full stop: "Holds." + "More" -> never "Holds.." */
export function sentence(text: string): string {
  const t = text.trim()
  return t === '' || /[.!?]["')\u201d]?$/.test(t) ? t : `${t}.`
}
