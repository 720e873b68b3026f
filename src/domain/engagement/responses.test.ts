import { describe, expect, it } from 'vitest'
import { responseRate, responseRateText } from './responses'
import type { QuestionResponse } from './schema'

const r = (status: QuestionResponse['status']): QuestionResponse => ({
  status,
  date: '2026-12-01',
  note: '',
  link: '',
  question: 'Q?',
})

describe('responseRate', () => {
  it('says nothing is recorded rather than 0%', () => {
    expect(responseRate({}).rate).toBeNull()
    expect(responseRateText('Palantir', responseRate({}))).toBe('No responses from Palantir are recorded yet.')
  })
  it('counts answered and partly answered as responded, not answered against', () => {
    const rate = responseRate({ a: r('answered'), b: r('partly answered'), c: r('not answered') })
    expect(rate).toEqual({ recorded: 3, answered: 1, partly: 1, notAnswered: 1, rate: 2 / 3 })
    expect(responseRateText('Palantir', rate)).toBe(
      'Response rate: 67%. Palantir responded to 2 of the 3 questions with a recorded response (1 answered, 1 partly answered, 1 not answered).',
    )
  })
})
