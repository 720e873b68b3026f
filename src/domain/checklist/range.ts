import { bandFor, round1 } from './score'
import {
  answerValues,
  type Answers,
  type AnswerValue,
  type Band,
  type ChecklistTemplate,
  type CreditTable,
  type SectionKind,
} from './schema'

/**
 * How settled the score is: the lowest and highest unmanaged risk U (and band, red flags included)
 * that any answers to the company items still unanswered could give. Settled when the two meet.
 */
export interface ScoreRange {
  /** Company items (exposure and management) still unanswered. */
  remaining: number
  /** Lowest U still possible, one decimal; null when no way of answering gives a score. */
  low: number | null
  /** Highest U still possible, one decimal. */
  high: number | null
  /** Lowest band still possible, red flags included. */
  lowBand: Band | null
  /** Highest band still possible, red flags included. */
  highBand: Band | null
  /** True when no answer to the remaining items can change U or the band. */
  settled: boolean
}

type Kind = Exclude<SectionKind, 'investor'>

interface Sums {
  credit: number
  weight: number
  /** Items of the kind answered anything but Not applicable. */
  applicable: number
}

/** One unanswered item a red flag looks at: its distinct effects, one per kept answer. */
interface FlagItem {
  kind: Kind
  options: { credit: number; weight: number; applicable: number; conditions: number }[]
}

function creditOf(table: CreditTable, value: AnswerValue): number | null {
  return value === 'na' ? null : table[value]
}

const RANKS_NONE = -1

interface Reps {
  lowest: Sums | null
  highest: Sums | null
  allNa: Sums | null
  zero?: Sums
}

/**
 * The score's range given the answers so far. Every unanswered company item may still take any of
 * the five answers (Not applicable included). U = E × (1 − M) with E and M from different items, so
 * U's bounds come from E's and M's; but red flags tie exposure and management items together, so
 * the band's bounds are found by trying every distinct answer to the unanswered items a red flag
 * looks at, and the extremes (all lowest credit, all highest credit, all Not applicable) for the
 * rest, which is where a weighted average's extremes lie. Exact: tested against brute force.
 */
export function scoreRange(template: ChecklistTemplate, answers: Answers): ScoreRange {
  const bands = [...template.scoring.bands].sort((a, b) => a.min - b.min)
  const rankOf = new Map(bands.map((b, i) => [b.id, i]))
  const tables: Record<Kind, CreditTable> = {
    exposure: template.scoring.exposureCredit,
    management: template.scoring.managementCredit,
  }
  const rules = template.scoring.redFlags
  // Conditions are numbered across rules: a bit each (templates have a handful).
  const conditionBits = new Map<string, { bit: number; answers: readonly AnswerValue[] }[]>()
  const ruleMasks: { mask: number; rank: number }[] = []
  let fixedMask = 0
  let bit = 0
  for (const rule of rules) {
    let mask = 0
    for (const c of rule.when) {
      const b = 1 << bit
      bit += 1
      mask |= b
      const value = answers[c.itemId]?.value
      if (value !== undefined) {
        if (c.answers.includes(value)) fixedMask |= b
      } else {
        const list = conditionBits.get(c.itemId) ?? []
        list.push({ bit: b, answers: c.answers })
        conditionBits.set(c.itemId, list)
      }
    }
    ruleMasks.push({ mask, rank: rankOf.get(rule.minimumBand) ?? RANKS_NONE })
  }

  const fixed: Record<Kind, Sums> = {
    exposure: { credit: 0, weight: 0, applicable: 0 },
    management: { credit: 0, weight: 0, applicable: 0 },
  }
  const free: Record<Kind, { weight: number; count: number }> = {
    exposure: { weight: 0, count: 0 },
    management: { weight: 0, count: 0 },
  }
  const flagItems: FlagItem[] = []
  let exposureItems = 0
  let remaining = 0
  let investorApplicable = 0
  for (const section of template.sections) {
    if (section.kind === 'investor') {
      for (const item of section.items) {
        const value = answers[item.id]?.value
        if (value !== undefined && value !== 'na') investorApplicable += 1
      }
      continue
    }
    const kind: Kind = section.kind
    const table = tables[kind]
    if (kind === 'exposure') exposureItems += section.items.length
    for (const item of section.items) {
      const value = answers[item.id]?.value
      if (value !== undefined) {
        const c = creditOf(table, value)
        if (c !== null) {
          fixed[kind].credit += item.weight * c
          fixed[kind].weight += item.weight
          fixed[kind].applicable += 1
        }
        continue
      }
      remaining += 1
      const conditions = conditionBits.get(item.id)
      if (!conditions) {
        free[kind].weight += item.weight
        free[kind].count += 1
        continue
      }
      // Answers with the same credit that meet the same conditions are interchangeable: keep one.
      const seen = new Set<string>()
      const options: FlagItem['options'] = []
      for (const value of answerValues) {
        let met = 0
        for (const c of conditions) if (c.answers.includes(value)) met |= c.bit
        const c = creditOf(table, value)
        const key = `${c ?? 'na'}:${met}`
        if (seen.has(key)) continue
        seen.add(key)
        options.push(
          c === null
            ? { credit: 0, weight: 0, applicable: 0, conditions: met }
            : { credit: item.weight * c, weight: item.weight, applicable: 1, conditions: met },
        )
      }
      flagItems.push({ kind, options })
    }
  }

  // The extremes for the items no red flag looks at: all Not applicable, all lowest, all highest credit.
  const extremes = (kind: Kind): Sums[] => {
    const { weight, count } = free[kind]
    if (count === 0) return [{ credit: 0, weight: 0, applicable: 0 }]
    const credits = (['yes', 'partial', 'no', 'unknown'] as const).map((v) => tables[kind][v])
    return [
      { credit: 0, weight: 0, applicable: 0 },
      { credit: weight * Math.min(...credits), weight, applicable: count },
      { credit: weight * Math.max(...credits), weight, applicable: count },
    ]
  }
  const freeExposure = extremes('exposure')
  const freeManagement = extremes('management')

  const extremesOf: Record<Kind, Sums[]> = { exposure: freeExposure, management: freeManagement }

  /**
   * Every state one kind's unanswered items can reach, grouped by which red-flag conditions they
   * meet; per group only the states that can be extreme are kept: the lowest and highest ratio, and
   * "all Not applicable" (which scores differently). Exposure and management are independent
   * given the groups, so the pairs of groups cover every way of answering.
   */
  const statesOf = (kind: Kind): Map<number, Reps> => {
    const groups = new Map<number, Reps>()
    const items = flagItems.filter((f) => f.kind === kind)
    const visit = (index: number, credit: number, weight: number, applicable: number, mask: number) => {
      const item = items[index]
      if (item) {
        for (const o of item.options)
          visit(index + 1, credit + o.credit, weight + o.weight, applicable + o.applicable, mask | o.conditions)
        return
      }
      for (const x of extremesOf[kind]) {
        const state = { credit: credit + x.credit, weight: weight + x.weight, applicable: applicable + x.applicable }
        const reps = groups.get(mask) ?? { lowest: null, highest: null, allNa: null }
        groups.set(mask, reps)
        if (state.applicable === 0) reps.allNa = state
        else if (state.weight > 0) {
          const r = state.credit / state.weight
          if (!reps.lowest || r < reps.lowest.credit / reps.lowest.weight) reps.lowest = state
          if (!reps.highest || r > reps.highest.credit / reps.highest.weight) reps.highest = state
        } else if (kind === 'management') {
          // Management with only zero weights counts as M = 0, like no management at all.
          reps.zero = state
        }
      }
    }
    visit(0, fixed[kind].credit, fixed[kind].weight, fixed[kind].applicable, 0)
    return groups
  }

  let low = Infinity
  let high = -Infinity
  let lowRank = Infinity
  let highRank = -Infinity
  const flagRank = (mask: number) => {
    let rank = RANKS_NONE
    for (const rule of ruleMasks) if ((mask & rule.mask) === rule.mask && rule.rank > rank) rank = rule.rank
    return rank
  }
  const rankFor = (u: number) => rankOf.get(bandFor(bands, u).id) ?? 0
  const present = (reps: Reps) =>
    [reps.lowest, reps.highest, reps.allNa, reps.zero].filter((x): x is Sums => x !== null && x !== undefined)

  // A completed assessment's U, as scoreAssessment computes it, or null where it gives no score.
  const unmanaged = (e: Sums, m: Sums): number | null => {
    if (e.applicable === 0 && m.applicable === 0 && investorApplicable === 0) return null
    const allExposureNa = exposureItems > 0 && e.applicable === 0
    if (e.weight === 0 && !allExposureNa) return null
    const ev = e.weight > 0 ? (100 * e.credit) / e.weight : 0
    const mv = m.weight > 0 ? m.credit / m.weight : 0
    return round1(ev * (1 - mv))
  }

  const exposureGroups = statesOf('exposure')
  const managementGroups = statesOf('management')
  for (const [maskE, repsE] of exposureGroups) {
    for (const [maskM, repsM] of managementGroups) {
      let groupLow = Infinity
      let groupHigh = -Infinity
      for (const e of present(repsE)) {
        for (const m of present(repsM)) {
          const u = unmanaged(e, m)
          if (u === null) continue
          if (u < groupLow) groupLow = u
          if (u > groupHigh) groupHigh = u
        }
      }
      if (groupLow === Infinity) continue
      const flags = flagRank(fixedMask | maskE | maskM)
      low = Math.min(low, groupLow)
      high = Math.max(high, groupHigh)
      lowRank = Math.min(lowRank, Math.max(flags, rankFor(groupLow)))
      highRank = Math.max(highRank, Math.max(flags, rankFor(groupHigh)))
    }
  }

  if (low === Infinity)
    return { remaining, low: null, high: null, lowBand: null, highBand: null, settled: remaining === 0 }
  const lowBand = bands[lowRank] ?? null
  const highBand = bands[highRank] ?? null
  return {
    remaining,
    low,
    high,
    lowBand,
    highBand,
    settled: remaining === 0 || (low === high && lowBand?.id === highBand?.id),
  }
}
