import { describe, expect, it } from 'vitest'
import { engagementTemplates } from '../../../mocks/data/engagement'
import { ladderPosition, sortLog } from './ladder'
import type { LogEntry } from './schema'

const entry = (id: string, date: string, kind: LogEntry['kind']): LogEntry => ({ id, date, kind, note: '' })
const ladder = engagementTemplates.ladder

describe('ladderPosition', () => {
  it('puts a company with no engagement before the first step', () => {
    const position = ladderPosition(ladder, [])
    expect(position.current).toBeNull()
    expect(position.next?.label).toBe('Engage the company')
  })
  it('stands at the highest step any entry reached; a response climbs nothing', () => {
    const position = ladderPosition(ladder, [
      entry('1', '2026-01-10', 'letter'),
      entry('2', '2026-02-10', 'no response'),
      entry('3', '2026-03-01', 'resolution filed'),
      entry('4', '2026-04-01', 'meeting'),
    ])
    expect(position.current?.label).toBe('Vote against directors or file a resolution')
    expect(position.next?.label).toBe('Public statement')
    expect(position.lastEntry?.id).toBe('4')
  })
  it('has no next step after divestment', () => {
    expect(ladderPosition(ladder, [entry('1', '2026-01-10', 'divestment')]).next).toBeNull()
  })
})

describe('sortLog', () => {
  it('reads oldest first', () => {
    const sorted = sortLog([entry('b', '2026-03-01', 'letter'), entry('a', '2026-01-01', 'meeting')])
    expect(sorted.map((e) => e.id)).toEqual(['a', 'b'])
  })
})
