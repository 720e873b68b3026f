import type { Assessment, AnswerValue, ChecklistTemplate } from './schema'
import { describeWeights } from './weights'
import { rateAssessment, scoreWords, type Rating, type ScoreWords } from './wording'

/** One item whose answer or note differs between the two assessments. */
export interface ComparedItem {
  sectionId: string
  itemId: string
  question: string
  before: AnswerValue | null
  after: AnswerValue | null
  noteBefore: string
  noteAfter: string
  /** False when only the note changed. */
  answerChanged: boolean
}

export interface ComparedSide {
  name: string
  updatedAt: number
  rating: Rating
  words: ScoreWords
  weights: string
}

export interface Comparison {
  before: ComparedSide
  after: ComparedSide
  items: ComparedItem[]
  /** How the score moved, in one sentence. */
  movement: string
}

/**
 * What changed between two assessments of the same template (for example last quarter's review
 * and this one): each side scored with its own weights, the items whose answers or notes differ,
 * and how the range and band moved. The order given is the order read: from `before` to `after`.
 */
export function compareAssessments(template: ChecklistTemplate, before: Assessment, after: Assessment): Comparison {
  const side = (a: Assessment): ComparedSide => {
    const rating = rateAssessment(template, a.answers, a.weights)
    return {
      name: a.name,
      updatedAt: a.updatedAt,
      rating,
      words: scoreWords(rating),
      weights: describeWeights(template, a.weights),
    }
  }
  const items: ComparedItem[] = []
  for (const s of template.sections)
    for (const i of s.items) {
      const b = before.answers[i.id]?.value ?? null
      const a = after.answers[i.id]?.value ?? null
      const nb = before.notes[i.id]?.trim() ?? ''
      const na = after.notes[i.id]?.trim() ?? ''
      if (a === b && na === nb) continue
      items.push({
        sectionId: s.id,
        itemId: i.id,
        question: i.question,
        before: b,
        after: a,
        noteBefore: nb,
        noteAfter: na,
        answerChanged: a !== b,
      })
    }
  const b = side(before)
  const a = side(after)
  return { before: b, after: a, items, movement: movement(b, a) }
}

function movement(before: ComparedSide, after: ComparedSide): string {
  const valueB = before.words.value
  const valueA = after.words.value
  if (valueB === null || valueA === null) {
    if (valueB === null && valueA === null) return 'Neither assessment has a score yet.'
    return valueB === null
      ? `“${before.name}” had no score; “${after.name}” is ${after.words.band}, unmanaged risk ${valueA}.`
      : `“${before.name}” was ${before.words.band}, unmanaged risk ${valueB}; “${after.name}” has no score yet.`
  }
  const band =
    before.words.band === after.words.band
      ? `The band stayed ${after.words.band}`
      : `The band moved from ${before.words.band} to ${after.words.band}`
  const value =
    valueB === valueA ? `unmanaged risk stayed ${valueA}` : `unmanaged risk moved from ${valueB} to ${valueA}`
  const weights =
    before.rating.defaultWeights === after.rating.defaultWeights && before.weights === after.weights
      ? ''
      : ' The two are scored with different weights, so part of the move comes from the weights.'
  return `${band}; ${value}.${weights}`
}
