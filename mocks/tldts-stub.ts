/**
 * Stands in for `tldts` in the browser and test builds. msw's cookie jar (tough-cookie) asks
 * tldts for a hostname's registrable domain, and tldts ships the whole public-suffix list
 * (about 100 kB gzip, most of the mock layer's weight). The embedded data layer sets and reads no
 * cookies, so the last two labels of a hostname (an IP address as it is) are enough here.
 */
export function getDomain(hostname: string): string | null {
  if (!hostname) return null
  if (/^[\d.]+$/.test(hostname) || hostname.includes(':')) return hostname
  return hostname.split('.').slice(-2).join('.')
}
