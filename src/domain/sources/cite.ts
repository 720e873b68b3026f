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

/**
 * One source as a committee would cite it: publisher, headline as published, publication date,
 * kind of document, confidence and the day it was last checked; whether a public link exists and
 * which copy is a mirror.
 */
export function citationText(source: Source): string {
  const parts = [
    `${source.publisher}, “${citedTitle(source)}”, ${formatPartialDate(source.date)}`,
    `${source.tier}; confidence ${source.confidence}; retrieved ${formatPartialDate(source.retrieved)}`,
  ]
  if (source.url === null) parts.push('no public link recorded')
  if (source.accessCopy) parts.push(`access copy (${source.accessCopy.host}, a mirror, confidence low)`)
  return `${parts.join('. ')}.`
}
