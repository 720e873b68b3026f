/**
 * Quotation checks. A quotation is the source's exact words: the only differences allowed
 * between a quotation and its passage are whitespace, the style of quotation marks and
 * apostrophes (straight or curly), and cuts marked with an ellipsis ("..." or "…") or an
 * editor's bracketed insertion ("[sic]", "[ICE's]").
 */

/** Normalises whitespace and quotation marks only: the words, their case and punctuation stay. */
export function normaliseQuotation(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033\u2033\u00ab\u00bb]/g, '"')
    .replace(/\u2033|\u02ba/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The pieces of a quotation between its cuts (ellipses, bracketed insertions), each trimmed. */
export function quotationPieces(quotation: string): string[] {
  return normaliseQuotation(quotation)
    .split(/\s*(?:\.\.\.|\u2026|\[[^\]]*\])\s*/)
    .map((p) => p.replace(/^["']|["']$/g, '').trim())
    .filter((p) => p.length > 0)
}

/**
 * Whether a quotation occurs in a passage: every piece between cuts occurs in the passage, in
 * order. A quotation with no cut must occur whole.
 */
export function quotationOccursIn(quotation: string, passage: string): boolean {
  const text = normaliseQuotation(passage)
  let from = 0
  for (const piece of quotationPieces(quotation)) {
    const at = text.indexOf(piece, from)
    if (at < 0) return false
    from = at + piece.length
  }
  return true
}

/**
 * The quotations inside a text: spans in double quotation marks, straight or curly. (Fixtures
 * use double marks for quotations; a single-quoted span is reported by `singleQuotedSpans`.)
 */
export function quotationsIn(text: string): string[] {
  const out: string[] = []
  const re = /\u201c([^\u201d]+)\u201d|"([^"]+)"/g
  for (let m = re.exec(text); m; m = re.exec(text)) out.push((m[1] ?? m[2] ?? '').trim())
  return out
}

/** Spans that look like quotations in single marks ('like this'), which a fixture should not use. */
export function singleQuotedSpans(text: string): string[] {
  const out: string[] = []
  const re = /(?:^|[\s(:])['\u2018]([A-Za-z][^'\u2018\u2019]*?)['\u2019](?=$|[\s.,;:)!?])/g
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m[1] ?? '')
  return out
}
