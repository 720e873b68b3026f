import type { QuestionResponse } from './schema'

export interface ResponseRate {
  /** Questions with a recorded response (including "not answered"). */
  recorded: number
  answered: number
  partly: number
  notAnswered: number
  /** Share of recorded questions answered in full or in part, 0 to 1; null when nothing is recorded. */
  rate: number | null
}

/**
 * The company's response rate, as the Business & Human Rights Resource Centre counts responses:
 * a question answered in full or in part counts as responded to; one recorded as not answered
 * counts against. Questions with nothing recorded are not counted either way.
 */
export function responseRate(responses: Record<string, QuestionResponse>): ResponseRate {
  const all = Object.values(responses)
  const answered = all.filter((r) => r.status === 'answered').length
  const partly = all.filter((r) => r.status === 'partly answered').length
  const notAnswered = all.filter((r) => r.status === 'not answered').length
  return {
    recorded: all.length,
    answered,
    partly,
    notAnswered,
    rate: all.length ? (answered + partly) / all.length : null,
  }
}

/** The rate in one sentence, for the Engagement view, the Overview and the briefing. */
export function responseRateText(companyName: string, r: ResponseRate): string {
  if (r.rate === null) return `No responses from ${companyName} are recorded yet.`
  const percent = Math.round(r.rate * 100)
  return `Response rate: ${percent}%. ${companyName} responded to ${r.answered + r.partly} of the ${r.recorded} question${r.recorded === 1 ? '' : 's'} with a recorded response (${r.answered} answered, ${r.partly} partly answered, ${r.notAnswered} not answered).`
}
