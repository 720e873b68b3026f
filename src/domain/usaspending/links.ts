/**
 * USAspending's advanced search keeps its filters behind a hash its server makes, so it cannot
 * be prefilled from a link; its keyword search can (`/keyword_search/<words>`).
 */
export const USASPENDING_SEARCH_URL = 'https://www.usaspending.gov/search'

/** The keyword search for a company's name, prefilled. */
export function keywordSearchUrl(words: string): string {
  return `https://www.usaspending.gov/keyword_search/${encodeURIComponent(words)}`
}
