import type {
  Answers,
  AnswerValue,
  Band,
  ChecklistSection,
  ChecklistTemplate,
  CreditTable,
  RedFlagRule,
  SectionKind,
} from './schema'

/** Why there is or is not a score yet. */
export type ScoreStatus = 'no-answers' | 'all-not-applicable' | 'no-exposure-answers' | 'scored'

export interface SectionSubtotal {
  sectionId: string
  title: string
  kind: SectionKind
  answered: number
  total: number
  notApplicable: number
  /** Weighted credit of the section, 0-100, one decimal; null when nothing in it counts yet. */
  score: number | null
  /**
   * Points the section adds to its kind's total (exposure E, or management M in %), one decimal:
   * the sections of one kind add up to that total, so a committee can check it by hand.
   */
  points: number | null
}

export interface TriggeredFlag {
  rule: RedFlagRule
  minimumBand: Band
}

export interface AssessmentScore {
  status: ScoreStatus
  /** Exposure E, 0-100, one decimal. */
  exposure: number | null
  /** Management M, 0-100 (% of exposure managed), one decimal. */
  management: number | null
  /** Unmanaged risk U = E x (1 - M/100), 0-100, one decimal. */
  unmanaged: number | null
  /** The band U falls in before red flags. */
  scoreBand: Band | null
  /** The band shown: the higher of scoreBand and every triggered flag's minimum. */
  band: Band | null
  /** Every red flag whose conditions hold. */
  redFlags: TriggeredFlag[]
  /** The flags that raised the band above scoreBand. */
  heldBy: TriggeredFlag[]
  sections: SectionSubtotal[]
  /** Company items (exposure and management) answered of total. */
  progress: { answered: number; total: number }
  /** The investor's own response (section F): never part of U. */
  investor: { answered: number; total: number; progress: number | null }
  /** Weighted credit and the weights it is out of, per kind, for checking the sums by hand. */
  totals: Record<SectionKind, { credit: number; weight: number }>
}

/** Rounds to one decimal, the precision shown; bands are read from the shown value. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10
}

function creditTable(template: ChecklistTemplate, kind: SectionKind): CreditTable {
  if (kind === 'exposure') return template.scoring.exposureCredit
  if (kind === 'management') return template.scoring.managementCredit
  return template.scoring.investorCredit
}

function credit(table: CreditTable, value: AnswerValue | undefined): number {
  if (value === undefined || value === 'na') return 0
  return table[value]
}

interface Tally {
  sum: number
  weight: number
}

/**
 * The weights that count for a section. Exposure averages only the items answered (the score is
 * provisional until all are); management and the investor's progress also count unanswered items
 * at no credit, because no disclosure earns no credit (RDR, CHRB). Not applicable leaves both.
 */
function tallySection(section: ChecklistSection, answers: Answers, table: CreditTable): Tally {
  let sum = 0
  let weight = 0
  for (const item of section.items) {
    const value = answers[item.id]?.value
    if (value === 'na') continue
    if (value === undefined && section.kind === 'exposure') continue
    sum += item.weight * credit(table, value)
    weight += item.weight
  }
  return { sum, weight }
}

/** The band a value falls in: the last band whose `min` is at or below it. */
export function bandFor(bands: Band[], value: number): Band {
  const sorted = [...bands].sort((a, b) => a.min - b.min)
  let found = sorted[0]
  for (const band of sorted) if (value >= band.min) found = band
  if (!found) throw new Error('A template needs at least one band.')
  return found
}

/** Every red-flag rule whose conditions all hold for these answers (unanswered never matches). */
export function triggeredFlags(template: ChecklistTemplate, answers: Answers): TriggeredFlag[] {
  const bands = template.scoring.bands
  const out: TriggeredFlag[] = []
  for (const rule of template.scoring.redFlags) {
    const holds = rule.when.every((c) => {
      const value = answers[c.itemId]?.value
      return value !== undefined && c.answers.includes(value)
    })
    const minimumBand = bands.find((b) => b.id === rule.minimumBand)
    if (holds && minimumBand) out.push({ rule, minimumBand })
  }
  return out
}

/**
 * Scores an assessment as the template says: exposure E from the exposure items, management M from
 * the management items, unmanaged risk U = E x (1 - M), banded as Sustainalytics bands its ESG Risk
 * Rating, with red flags that hold the band up (as MSCI's red controversy flag does). Pure: the
 * same answers and template always give the same score; nothing of it is stored.
 */
export function scoreAssessment(template: ChecklistTemplate, answers: Answers): AssessmentScore {
  const bands = [...template.scoring.bands].sort((a, b) => a.min - b.min)
  const rank = (band: Band) => bands.findIndex((b) => b.id === band.id)
  const totals: Record<SectionKind, Tally> = {
    exposure: { sum: 0, weight: 0 },
    management: { sum: 0, weight: 0 },
    investor: { sum: 0, weight: 0 },
  }
  const tallies = template.sections.map((section) => {
    const tally = tallySection(section, answers, creditTable(template, section.kind))
    totals[section.kind].sum += tally.sum
    totals[section.kind].weight += tally.weight
    return tally
  })

  let answeredCompany = 0
  let totalCompany = 0
  let answeredAll = 0
  let notApplicableAll = 0
  let exposureItems = 0
  let exposureNa = 0
  let investorAnswered = 0
  let investorTotal = 0
  const sections: SectionSubtotal[] = template.sections.map((section, i) => {
    const tally = tallies[i] ?? { sum: 0, weight: 0 }
    const kindTotal = totals[section.kind]
    let answered = 0
    let notApplicable = 0
    for (const item of section.items) {
      const value = answers[item.id]?.value
      if (value !== undefined) answered += 1
      if (value === 'na') notApplicable += 1
    }
    answeredAll += answered
    notApplicableAll += notApplicable
    if (section.kind === 'investor') {
      investorAnswered += answered
      investorTotal += section.items.length
    } else {
      answeredCompany += answered
      totalCompany += section.items.length
    }
    if (section.kind === 'exposure') {
      exposureItems += section.items.length
      exposureNa += notApplicable
    }
    const counts = tally.weight > 0 && answered > notApplicable
    return {
      sectionId: section.id,
      title: section.title,
      kind: section.kind,
      answered,
      total: section.items.length,
      notApplicable,
      score: counts ? round1((100 * tally.sum) / tally.weight) : null,
      points: counts && kindTotal.weight > 0 ? round1((100 * tally.sum) / kindTotal.weight) : null,
    }
  })

  const redFlags = triggeredFlags(template, answers)
  const investor = {
    answered: investorAnswered,
    total: investorTotal,
    progress:
      totals.investor.weight > 0 && investorAnswered > 0
        ? round1((100 * totals.investor.sum) / totals.investor.weight)
        : null,
  }
  const base = {
    totals: {
      exposure: { credit: totals.exposure.sum, weight: totals.exposure.weight },
      management: { credit: totals.management.sum, weight: totals.management.weight },
      investor: { credit: totals.investor.sum, weight: totals.investor.weight },
    },
    redFlags,
    sections,
    progress: { answered: answeredCompany, total: totalCompany },
    investor,
  }
  const noScore = (status: ScoreStatus): AssessmentScore => ({
    ...base,
    status,
    exposure: null,
    management: null,
    unmanaged: null,
    scoreBand: null,
    band: null,
    heldBy: [],
  })

  if (answeredAll === 0) return noScore('no-answers')
  if (answeredAll === notApplicableAll) return noScore('all-not-applicable')
  const allExposureNa = exposureItems > 0 && exposureNa === exposureItems
  if (totals.exposure.weight === 0 && !allExposureNa) return noScore('no-exposure-answers')

  const e = totals.exposure.weight > 0 ? (100 * totals.exposure.sum) / totals.exposure.weight : 0
  const m = totals.management.weight > 0 ? totals.management.sum / totals.management.weight : 0
  const unmanaged = round1(e * (1 - m))
  const scoreBand = bandFor(bands, unmanaged)
  let band = scoreBand
  for (const flag of redFlags) if (rank(flag.minimumBand) > rank(band)) band = flag.minimumBand
  const heldBy = redFlags.filter((f) => rank(f.minimumBand) > rank(scoreBand))
  return {
    ...base,
    status: 'scored',
    exposure: round1(e),
    management: round1(100 * m),
    unmanaged,
    scoreBand,
    band,
    heldBy,
  }
}

/** Item ids a red-flag rule looks at (the "red flags" filter shows these items). */
export function redFlagItemIds(template: ChecklistTemplate): Set<string> {
  return new Set(template.scoring.redFlags.flatMap((r) => r.when.map((c) => c.itemId)))
}
