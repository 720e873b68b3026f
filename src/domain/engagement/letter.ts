import { citeText } from '../sources/cite'
import { formatPartialDate } from '../format/format'
import { possessive } from './wording'
import type { Source } from '../sources/schema'
import type { Audience, ContextFact, Theme } from './schema'

export interface LetterInput {
  companyName: string
  audience: Audience
  /** The assessment the questions come from, and its band, when there is one. */
  assessmentName: string | null
  band: string | null
  /** The letter's date, YYYY-MM-DD. */
  date: string
  /** The addressee, one line per line; empty for a placeholder. */
  recipient: string
  /** The date a response is requested by, YYYY-MM-DD, or null. */
  respondBy: string | null
  sender: { name: string; organisation: string }
  /** Sourced facts for the context paragraph, with the company named. */
  context: ContextFact[]
  /** The short list by theme, as shown (empty questions already left out). */
  groups: { theme: Theme; questions: { text: string; sourceIds: string[] }[] }[]
  sources: Source[]
}

export interface Letter {
  title: string
  /** Title, date, assessment, audience, organisation: the header of the Markdown and text exports. */
  header: { label: string; value: string }[]
  date: string
  recipient: string[]
  subject: string
  salutation: string
  /** The context paragraph: an opening sentence, then each fact with its source numbers. */
  context: { text: string; refs: number[] }[]
  groups: { heading: string; questions: { number: number; text: string; refs: number[] }[] }[]
  request: string
  closing: string
  signature: string[]
  sources: { number: number; title: string; publisher: string; date: string; url: string | null }[]
}

export const AUDIENCE_LABEL: Record<Audience, string> = {
  company: 'the company',
  'asset manager': 'an asset manager holding the shares',
  'proxy advisor': 'a proxy advisor',
}

const PLACEHOLDER_RECIPIENT: Record<Audience, string> = {
  company: '[Name and address of the person at the company]',
  'asset manager': '[Name and address of the asset manager]',
  'proxy advisor': '[Name and address of the proxy advisor]',
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** A date as a letter writes it: "2026-12-02" -> "2 December 2026", "2019-11" -> "November 2019". */
export function longDate(iso: string): string {
  const [year, month, day] = iso.split('-')
  const name = month ? MONTHS[Number(month) - 1] : undefined
  if (day && name) return `${Number(day)} ${name} ${year}`
  return name ? `${name} ${year}` : formatPartialDate(iso)
}

/** "contracts and use" -> "Contracts and use". */
export function themeHeading(theme: Theme): string {
  return theme.charAt(0).toUpperCase() + theme.slice(1)
}

function opening(audience: Audience, company: string): string {
  if (audience === 'company')
    return `We are writing about ${possessive(company)} contracts with US Immigration and Customs Enforcement (ICE) and the human rights risks they carry.`
  if (audience === 'asset manager')
    return `We are writing to you as a holder of ${company} shares, about its contracts with US Immigration and Customs Enforcement (ICE) and the human rights risks they carry.`
  return `We are writing to you about your voting guidance on ${company} and the human rights risks of its contracts with US Immigration and Customs Enforcement (ICE).`
}

/**
 * The chosen audience's questions as a complete letter: date, addressee, subject, a context
 * paragraph of sourced facts (and the assessment's band), the questions by theme, numbered
 * through, a request for a response by the date the person set, and a signature block from their
 * name and organisation. Sources are numbered in the order the letter first cites them.
 */
export function buildLetter(input: LetterInput): Letter {
  const order: string[] = []
  const refs = (ids: string[]) =>
    [...new Set(ids)].map((id) => {
      if (!order.includes(id)) order.push(id)
      return order.indexOf(id) + 1
    })
  const context = [
    { text: opening(input.audience, input.companyName), refs: [] },
    ...input.context.map((f) => ({ text: f.text, refs: refs(f.sourceIds) })),
    ...(input.assessmentName && input.band
      ? [
          {
            text: `Our assessment “${input.assessmentName}” rates the unmanaged human rights risk ${input.band}.`,
            refs: [],
          },
        ]
      : []),
    { text: 'Our questions follow, the most important first, grouped by theme.', refs: [] },
  ]
  let n = 0
  const groups = input.groups
    .filter((g) => g.questions.length > 0)
    .map((g) => ({
      heading: themeHeading(g.theme),
      questions: g.questions.map((q) => ({ number: ++n, text: q.text.trim(), refs: refs(q.sourceIds) })),
    }))
  const recipient = input.recipient
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  const name = input.sender.name.trim()
  const organisation = input.sender.organisation.trim()
  const date = longDate(input.date)
  return {
    title: `Engagement letter: ${input.companyName}`,
    header: [
      { label: 'Title', value: `Engagement letter: ${input.companyName}` },
      { label: 'Date', value: date },
      {
        label: 'Assessment',
        value: input.assessmentName ?? 'No assessment (contested claims and published questions only)',
      },
      { label: 'Audience', value: AUDIENCE_LABEL[input.audience] },
      { label: 'Organisation', value: organisation || '[Your organisation]' },
    ],
    date,
    recipient: recipient.length ? recipient : [PLACEHOLDER_RECIPIENT[input.audience]],
    subject: `Questions on ${possessive(input.companyName)} contracts with ICE and their human rights risks`,
    salutation: recipient.length ? `Dear ${recipient[0]},` : 'Dear Sir or Madam,',
    context,
    groups,
    request: input.respondBy
      ? `We would be grateful for your response by ${longDate(input.respondBy)}. We will record your response, or that none was received, in our engagement log.`
      : 'We would be grateful for your response. We will record your response, or that none was received, in our engagement log.',
    closing: 'Yours sincerely,',
    signature: [name || '[Your name]', organisation || '[Your organisation]'],
    sources: order.map((id, i) => {
      const s = input.sources.find((x) => x.id === id)
      return {
        number: i + 1,
        title: s?.title ?? id,
        publisher: s?.publisher ?? '',
        date: s ? longDate(s.date) : '',
        url: s?.url ?? null,
      }
    }),
  }
}

/** What to tell the person before they send: each a sentence; nothing is changed or dropped by it. */
export function letterProblems(input: {
  today: string
  respondBy: string | null
  senderName: string
  organisation: string
  questionCount: number
  emptyCount: number
}): string[] {
  const problems: string[] = []
  if (input.questionCount === 0)
    problems.push('The short list has no questions: promote some from the appendix or add your own.')
  if (input.emptyCount > 0)
    problems.push(
      `${input.emptyCount} question${input.emptyCount === 1 ? ' is' : 's are'} empty and left out of the letter; restore the suggested wording or write your own.`,
    )
  if (!input.respondBy) problems.push('Set the date you would like a response by.')
  else if (input.respondBy < input.today)
    problems.push(`The response date, ${longDate(input.respondBy)}, is in the past: choose a later date.`)
  if (!input.senderName.trim() || !input.organisation.trim())
    problems.push(
      'Add your name and organisation for the signature (kept in this browser for later letters and briefings).',
    )
  return problems
}

/**
 * Text a person typed, made safe to place in Markdown so it renders as the same text: Markdown
 * punctuation is escaped, angle brackets become entities (no live HTML, no autolinks such as
 * <javascript:...>), a line that would start a list, a heading or a quote is escaped, and line
 * breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s*\r?\n\s*/g, ' ')
    .replace(/[\\`*_[\]|~]/g, '\\$&')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/^(\s*)([-+=#])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2')
}

/** A link target safe in Markdown: only http(s), with spaces and brackets encoded. */
function markdownUrl(url: string): string | null {
  return /^https?:\/\//i.test(url) ? url.replace(/[\s()<>]/g, (c) => encodeURIComponent(c)) : null
}

/** The letter as Markdown, with its header (title, date, assessment, audience, organisation). */
export function letterToMarkdown(letter: Letter): string {
  const e = escapeMarkdown
  const lines = [`# ${e(letter.title)}`, '', ...letter.header.map((h) => `- ${h.label}: ${e(h.value)}`), '', '---', '']
  lines.push(e(letter.date), '', letter.recipient.map(e).join('  \n'), '', `**${e(letter.subject)}**`, '')
  lines.push(e(letter.salutation), '', letter.context.map((c) => `${e(c.text)}${citeText(c.refs)}`).join(' '), '')
  for (const g of letter.groups) {
    lines.push(`## ${e(g.heading)}`, '')
    for (const q of g.questions) lines.push(`${q.number}. ${e(q.text)}${citeText(q.refs)}`)
    lines.push('')
  }
  lines.push(e(letter.request), '', e(letter.closing), '', letter.signature.map(e).join('  \n'), '')
  if (letter.sources.length) {
    lines.push('## Sources', '')
    for (const s of letter.sources) {
      const url = s.url ? markdownUrl(s.url) : null
      const rest = [s.publisher, s.date].filter(Boolean).map(e).join(', ')
      lines.push(
        `${s.number}. ${url ? `[${e(s.title)}](${url})` : e(s.title)}${rest ? `, ${rest}` : ''}${url ? '' : ' (no public link recorded)'}`,
      )
    }
    lines.push('')
  }
  return lines.join('\n')
}

/** One entry of the letter's source list as plain text: "[2] Title, Publisher, 10 Sep 2014: https://…". */
export function letterSourceText(s: Letter['sources'][number]): string {
  const cited = [s.title, s.publisher, s.date].filter(Boolean).join(', ')
  return `[${s.number}] ${cited}${s.url ? `: ${s.url}` : ' (no public link recorded)'}`
}

/** The letter as plain text for an e-mail, with the same header and the URLs spelled out. */
export function letterToText(letter: Letter): string {
  const lines = [...letter.header.map((h) => `${h.label}: ${h.value}`), '', letter.date, '', ...letter.recipient, '']
  lines.push(
    `Subject: ${letter.subject}`,
    '',
    letter.salutation,
    '',
    letter.context.map((c) => `${c.text}${citeText(c.refs)}`).join(' '),
    '',
  )
  for (const g of letter.groups) {
    lines.push(g.heading.toUpperCase(), '')
    for (const q of g.questions) lines.push(`${q.number}. ${q.text}${citeText(q.refs)}`, '')
  }
  lines.push(letter.request, '', letter.closing, '', ...letter.signature, '')
  if (letter.sources.length) {
    lines.push('Sources')
    for (const s of letter.sources) lines.push(letterSourceText(s))
    lines.push('')
  }
  return lines.join('\n')
}
