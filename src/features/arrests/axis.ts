/** Axis ticks for counts, short enough for a phone: 40000 -> "40k", 8400 -> "8.4k". */
export function compactCount(n: number): string {
  if (Math.abs(n) < 1000) return String(n)
  return `${Math.round(n / 100) / 10}k`
}
