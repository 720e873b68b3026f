import { describe, expect, it } from 'vitest'
import type { Source } from '../sources/schema'
import { buildLetter, escapeMarkdown, letterProblems, letterToMarkdown, letterToText, type LetterInput } from './letter'

const sources: Source[] = [
  {
    id: 's1',
    title: 'Briefing',
    publisher: 'IAHR',
    date: '2019-11',
    url: 'https://example.org/b',
    tier: 'advocacy',
    confidence: 'high',
    retrieved: '2026-12-01',
  },
  {
    id: 's2',
    title: 'Letter',
    publisher: 'Palantir',
    date: '2020-09-18',
    url: null,
    tier: 'company statement',
    confidence: 'high',
    retrieved: '2026-12-01',
  },
]
const input: LetterInput = {
  companyName: 'Palantir Technologies',
  audience: 'company',
  assessmentName: 'Q4 review',
  band: 'Severe',
  date: '2026-12-02',
  recipient: 'Courtney Bowman\nPalantir Technologies',
  respondBy: '2027-01-15',
  sender: { name: 'Ana Ruiz', organisation: 'Fondo Ético' },
  context: [{ text: 'Contracts worth over $200 million.', sourceIds: ['s1'] }],
  groups: [
    { theme: 'remedy', questions: [{ text: 'First?', sourceIds: ['s2'] }] },
    {
      theme: 'due diligence',
      questions: [
        { text: 'Second?', sourceIds: ['s1', 's2'] },
        { text: 'Third?', sourceIds: [] },
      ],
    },
  ],
  sources,
}

describe('buildLetter', () => {
  it('is a complete letter: date, addressee, context with sources, questions by theme numbered through, request, signature', () => {
    const letter = buildLetter(input)
    expect(letter.date).toBe('2 December 2026')
    expect(letter.recipient).toEqual(['Courtney Bowman', 'Palantir Technologies'])
    expect(letter.salutation).toBe('Dear Courtney Bowman,')
    expect(letter.context.map((c) => [c.text, c.refs])).toEqual([
      [
        'We are writing about Palantir Technologies’ contracts with US Immigration and Customs Enforcement (ICE) and the human rights risks they carry.',
        [],
      ],
      ['Contracts worth over $200 million.', [1]],
      ['Our assessment “Q4 review” rates the unmanaged human rights risk Severe.', []],
      ['Our questions follow, the most important first, grouped by theme.', []],
    ])
    expect(letter.groups).toEqual([
      { heading: 'Remedy', questions: [{ number: 1, text: 'First?', refs: [2] }] },
      {
        heading: 'Due diligence',
        questions: [
          { number: 2, text: 'Second?', refs: [1, 2] },
          { number: 3, text: 'Third?', refs: [] },
        ],
      },
    ])
    expect(letter.request).toMatch(/^We would be grateful for your response by 15 January 2027\./)
    expect(letter.signature).toEqual(['Ana Ruiz', 'Fondo Ético'])
    expect(letter.sources.map((s) => s.number)).toEqual([1, 2])
  })
  it('leaves placeholders a person will see where the addressee or signature is missing', () => {
    const letter = buildLetter({
      ...input,
      audience: 'proxy advisor',
      recipient: '',
      sender: { name: '', organisation: '' },
    })
    expect(letter.recipient).toEqual(['[Name and address of the proxy advisor]'])
    expect(letter.salutation).toBe('Dear Sir or Madam,')
    expect(letter.signature).toEqual(['[Your name]', '[Your organisation]'])
  })
})

describe('letter exports', () => {
  it('gives the Markdown and the text a header: title, date, assessment, audience, organisation', () => {
    const letter = buildLetter(input)
    expect(letterToMarkdown(letter).split('\n').slice(0, 8)).toEqual([
      '# Engagement letter: Palantir Technologies',
      '',
      '- Title: Engagement letter: Palantir Technologies',
      '- Date: 2 December 2026',
      '- Assessment: Q4 review',
      '- Audience: the company',
      '- Organisation: Fondo Ético',
      '',
    ])
    const text = letterToText(letter)
    expect(text.split('\n').slice(0, 5)).toEqual([
      'Title: Engagement letter: Palantir Technologies',
      'Date: 2 December 2026',
      'Assessment: Q4 review',
      'Audience: the company',
      'Organisation: Fondo Ético',
    ])
    expect(text).toContain('REMEDY\n\n1. First? [2]')
    expect(text).toContain('[1] Briefing, IAHR, November 2019: https://example.org/b')
    expect(letterToMarkdown(letter)).toContain('## Due diligence\n\n2. Second? [1][2]\n3. Third?')
  })
  it('escapes what a person typed so the Markdown renders it as text, never as HTML or a link', () => {
    const letter = buildLetter({
      ...input,
      recipient: '<img src=x onerror=alert(1)>',
      groups: [
        { theme: 'remedy', questions: [{ text: '[click](javascript:alert(1)) *now* <script>', sourceIds: [] }] },
      ],
    })
    const markdown = letterToMarkdown(letter)
    expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(markdown).toContain('1. \\[click\\](javascript:alert(1)) \\*now\\* &lt;script&gt;')
    expect(markdown).not.toMatch(/<img|<script|(?<!\\)\]\(javascript/)
  })
  it('escapes a line that would start a list or a heading', () => {
    expect(escapeMarkdown('1. Not a list')).toBe('1\\. Not a list')
    expect(escapeMarkdown('# Not a heading')).toBe('\\# Not a heading')
  })
})

describe('letterProblems', () => {
  const ok = {
    today: '2026-12-02',
    respondBy: '2027-01-15',
    senderName: 'Ana',
    organisation: 'Org',
    questionCount: 3,
    emptyCount: 0,
  }
  it('finds nothing to say about a letter ready to send', () => {
    expect(letterProblems(ok)).toEqual([])
  })
  it('says when the response date is in the past, a question is empty, or the signature is missing', () => {
    expect(letterProblems({ ...ok, respondBy: '2026-11-30', emptyCount: 1, senderName: '' })).toEqual([
      '1 question is empty and left out of the letter; restore the suggested wording or write your own.',
      'The response date, 30 November 2026, is in the past: choose a later date.',
      'Add your name and organisation for the signature (kept in this browser for later letters and briefings).',
    ])
  })
})
