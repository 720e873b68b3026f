import { describe, expect, it } from 'vitest'
import type { TimelineEvent } from './schema'
import { sortTimeline } from './sort'

const event = (id: string, date: string): TimelineEvent => ({
  id,
  date,
  companyId: 'c',
  kind: 'contract',
  title: id,
  confidence: 'high',
  sourceIds: ['s'],
})

describe('sortTimeline', () => {
  it('puts the oldest first and a year-only event before the dated events of its year', () => {
    const sorted = sortTimeline([event('b', '2019-08-07'), event('a', '2019'), event('c', '2014-09-10')])
    expect(sorted.map((e) => e.id)).toEqual(['c', 'a', 'b'])
  })
})
