import { formatPartialDate } from '../format/format'
import type { Source, Verification } from './schema'

/** "Unverified: <reason>" for a table cell, a CSV column or the PDF; empty for a confirmed record. */
export function verificationText(verification: Verification | null | undefined): string {
  return verification ? `Unverified: ${verification.reason}` : ''
}

/** A verification column's cell: "Unverified: <reason>", or that the record was confirmed. */
export function verificationStatus(verification: Verification | null | undefined): string {
  return verificationText(verification) || 'confirmed against its sources'
}

/** A title as a citation prints it: a headline as published, or the app's description in brackets. */
export function citedTitle(source: Pick<Source, 'title' | 'titleIsDescription'>): string {
  return source.titleIsDescription ? `[${source.title}]` : source.title
}

/** How far to trust a source: "news; confidence high; retrieved 2 Dec 2026". */
export function trustText(source: Pick<Source, 'tier' | 'confidence' | 'retrieved'>): string {
  return `${source.tier}; confidence ${source.confidence}; retrieved ${formatPartialDate(source.retrieved)}`
}

/**
 * How long a citation is: `name` ("Nextgov, Sep 2014") where a list of links would not fit
 * (tooltips, table cells); `short` ("Nextgov, “Headline”, 10 Sep 2014") under a chart image;
 * `full` (short, then the tier, confidence, retrieval date and link notes) in the briefing and
 * wherever a source is cited on its own.
 */
export type CitationForm = 'name' | 'short' | 'full'

/**
 * One source as a committee would cite it: the app's one source formatter. The full form names
 * publisher, headline as published, publication date, kind of document, confidence and the day it
 * was last checked; whether a public link exists and which copy is a mirror.
 */
export function citationText(source: Source, form: CitationForm = 'full'): string {
  if (form === 'name') return `${source.publisher}, ${formatPartialDate(source.date)}`
  const short = `${source.publisher}, “${citedTitle(source)}”, ${formatPartialDate(source.date)}`
  if (form === 'short') return short
  const parts = [short, trustText(source)]
  if (source.url === null) parts.push('no public link recorded')
  if (source.accessCopy) parts.push(`access copy (${source.accessCopy.host}, a mirror, confidence low)`)
  return `${parts.join('. ')}.`
}

/**
 * The sources behind a record or figure, cited in `form`; an id the list does not have (or a
 * list not loaded yet) is given as the id itself, never dropped.
 */
export function citeSources(
  ids: readonly string[],
  sources: readonly Source[] | undefined,
  form: CitationForm,
): string[] {
  return ids.map((id) => {
    const source = sources?.find((s) => s.id === id)
    return source ? citationText(source, form) : id
  })
}

/**
 * " [1][3]" after a text: the numbered citations of a block (the briefing) or a line (the
 * engagement letter), pointing into a numbered list of sources cited with `citationText`.
 */
export function citeText(cites: readonly number[] | undefined): string {
  return cites && cites.length ? ` ${cites.map((n) => `[${n}]`).join('')}` : ''
}
