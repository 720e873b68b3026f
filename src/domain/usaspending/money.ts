/**
 * A USAspending amount (plain decimal, a leading minus for a de-obligation) to whole cents,
 * read digit by digit so no float rounding creeps in; a third decimal rounds half away from
 * zero. Empty gives null; anything else that is not a number gives undefined.
 */
export function parseCents(text: string): number | null | undefined {
  const s = text.trim()
  if (s === '') return null
  const m = /^([+-]?)(\d*)(?:\.(\d*))?$/.exec(s)
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined
  const sign = m[1] === '-' ? -1 : 1
  const frac = (m[3] ?? '').padEnd(3, '0')
  let value = Number(m[2] || '0') * 100 + Number(frac.slice(0, 2))
  if (Number(frac[2]) >= 5) value += 1
  return value === 0 ? 0 : sign * value
}

/** The US federal fiscal year of a YYYY-MM-DD date: October to September, named by its end. */
export function fiscalYearOf(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(date)
  if (!m) return null
  return Number(m[1]) + (Number(m[2]) >= 10 ? 1 : 0)
}
