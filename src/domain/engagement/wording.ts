import type { ClaimStatus } from '../claims/schema'
import { formatPartialDate } from '../format/format'
import type { Audience, ClaimTopic, GapTopic } from './schema'

/**
 * A quotation inside a sentence: typographic double quotes outside, and any quotation inside the
 * quoted words turned into single quotes, so “…: ‘we will provide the software’.” reads right
 * instead of "…software"." A closing stop stays inside the quotes; without one the sentence gets
 * its stop after them.
 */
export function quoteInSentence(words: string): string {
  const inner = words
    .trim()
    .replace(/“([^”]*)”/g, '‘$1’')
    .replace(/"([^"]*)"/g, '‘$1’')
  const quoted = `“${inner}”`
  return /[.?!][’']?$/.test(inner) ? quoted : `${quoted}.`
}

function withStop(words: string): string {
  const t = words.trim()
  return /[.?!]$/.test(t) ? t : `${t}.`
}

/** A gap as the checklist found it: answered No, Unknown (not disclosed) or Partial. */
export type GapAnswer = 'no' | 'unknown' | 'partial'

/**
 * A question about a checklist gap, worded so it stands alone: it names what is missing (the
 * topic's subject: the contract, the division), says plainly what was found ("has not disclosed
 * whether" rather than "unknown") and asks for the document that would close the gap, in the
 * audience's voice (the company is asked directly; an asset manager to ask the company; a proxy
 * advisor whether its guidance weighs it).
 */
export function wordGapQuestion(input: {
  companyName: string
  audience: Audience
  answer: GapAnswer
  topic: Pick<GapTopic, 'subject' | 'document'> & { basis?: { text: string } }
}): string {
  const { companyName: c, audience, answer, topic } = input
  const finding =
    answer === 'no'
      ? `${c} has not shown that ${topic.subject}.`
      : answer === 'unknown'
        ? `${c} has not disclosed whether ${topic.subject}.`
        : `${c} has shown only in part that ${topic.subject}.`
  const ask =
    audience === 'company'
      ? answer === 'partial'
        ? `Will ${c} publish ${topic.document} in full, and by what date?`
        : `Will ${c} publish ${topic.document}, and by what date?`
      : audience === 'asset manager'
        ? `Will you ask ${c} to publish ${topic.document}, and tell us how it responds?`
        : `Does your voting guidance on ${c} take this into account, and would you recommend voting for a resolution asking it to publish ${topic.document}?`
  return [topic.basis?.text, finding, ask].filter(Boolean).join(' ')
}

/**
 * A question about a company statement, fitted to how the record stands against it: contradicted
 * asks for the evidence or a correction, disputed asks how the company reconciles it with the
 * named record, acknowledged asks what the company has done about it, unverified asks for the
 * document that would verify it. The statement is quoted with its speaker and place.
 */
export function wordClaimQuestion(input: {
  companyName: string
  audience: Audience
  status: ClaimStatus
  statement: string
  /** A paraphrase is never put in quotation marks: it is said to be one. */
  statementKind?: 'quotation' | 'paraphrase'
  topic: Pick<ClaimTopic, 'said' | 'record' | 'document' | 'reported'>
}): string {
  const { companyName: c, audience, status, topic } = input
  // A paraphrase opens with the topic's own sentence in reported speech, where it has one (no
  // quotation marks, and no label a person would have to strike out before sending). Quoted words
  // that begin in lower case are a fragment the speaker line carries on into ("as stating that it
  // “plays no role…”"): no colon before them.
  const opening =
    input.statementKind === 'paraphrase'
      ? topic.reported
        ? withStop(topic.reported)
        : `${topic.said} (a paraphrase, not the exact words): ${withStop(input.statement)}`
      : /^\p{Ll}/u.test(input.statement.trim())
        ? `${topic.said} ${quoteInSentence(input.statement)}`
        : `${topic.said}: ${quoteInSentence(input.statement)}`
  const document = topic.document ?? 'the records behind it'
  const rest: Record<ClaimStatus, Record<Audience, string>> = {
    'contradicted by records': {
      company: `This is contradicted by ${topic.record}. Will ${c} publish the evidence for its statement, or correct it?`,
      'asset manager': `This is contradicted by ${topic.record}. Will you ask ${c} to publish the evidence for its statement, or to correct it?`,
      'proxy advisor': `This is contradicted by ${topic.record}. Does your analysis of ${c} rely on the statement, and will your report say that the record contradicts it?`,
    },
    disputed: {
      company: `How does ${c} reconcile this with ${topic.record}?`,
      'asset manager': `Will you ask ${c} how it reconciles this with ${topic.record}?`,
      'proxy advisor': `Does your analysis of ${c} weigh this statement against ${topic.record}?`,
    },
    acknowledged: {
      company: `What has ${c} changed in its work in response, and what will it change next?`,
      'asset manager': `Will you ask ${c} what it has changed in its work in response, and what it will change next?`,
      'proxy advisor': `Does your analysis of ${c} look at what it has changed in its work in response?`,
    },
    unverified: {
      company: `Will ${c} publish ${document}, so that the statement can be checked?`,
      'asset manager': `Will you ask ${c} to publish ${document}, so that the statement can be checked?`,
      'proxy advisor': `Until ${c} publishes ${document}, does your analysis treat the statement as unverified?`,
    },
  }
  return `${opening} ${rest[status][audience]}`
}

/** A speaker line for a statement that has no written topic: "Palantir, letter to Amnesty International (18 Sept 2020) said". */
export function fallbackSaid(statedBy: string, statedOn: string): string {
  return `${statedBy} (${formatPartialDate(statedOn)}) said`
}

/** "Palantir Technologies" -> "Palantir Technologies’", "Palantir" -> "Palantir’s". */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}’` : `${name}’s`
}
