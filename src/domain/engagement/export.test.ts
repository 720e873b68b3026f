import { describe, expect, it } from 'vitest'
import type { Source } from '../sources/schema'
import { questionsToMarkdown, questionsToText } from './export'

const sources: Source[] = [
  {
    id: 's1',
    title: 'Briefing',
    publisher: 'IAHR',
    date: '2019-11',
    url: 'https://example.org/b',
    tier: 'advocacy',
    retrieved: '2026-12-02',
    confidence: 'high',
  },
  {
    id: 's2',
    title: 'Letter',
    publisher: 'Palantir',
    date: '2020-09-18',
    url: null,
    tier: 'company statement',
    retrieved: '2026-12-02',
    confidence: 'high',
  },
]
const questions = [
  { text: 'First?', cites: 'Checklist C12 (no)', sourceIds: ['s1'] },
  { text: 'Second?', cites: 'Claim', sourceIds: ['s2', 's1'] },
]

describe('question export', () => {
  it('writes numbered Markdown with sources cited by number', () => {
    expect(questionsToMarkdown({ companyName: 'Palantir', audience: 'company', questions, sources })).toBe(
      [
        '# Engagement questions: Palantir',
        '',
        'Audience: company.',
        '',
        '1. First?',
        '   - Cites: Checklist C12 (no) [1]',
        '2. Second?',
        '   - Cites: Claim [2][1]',
        '',
        '## Sources',
        '',
        '1. [Briefing](https://example.org/b), IAHR, 2019-11',
        '2. Letter, Palantir, 2020-09-18 (no public link recorded)',
        '',
      ].join('\n'),
    )
  })
  it('writes plain text with the URLs spelled out', () => {
    const text = questionsToText({ companyName: 'Palantir', audience: 'proxy advisor', questions, sources })
    expect(text).toContain('1. First?\n   Cites: Checklist C12 (no) [1]')
    expect(text).toContain('[1] Briefing, IAHR, 2019-11: https://example.org/b')
  })
})
