import type { Claim } from '../claims/schema'
import type { Source } from '../sources/schema'

/** Data that failed to load: the section says so instead of being silently dropped. */
export type Loadable<T> = T | { error: string }

/** True when a loadable value is the failure. */
export const isError = <T>(x: Loadable<T>): x is { error: string } =>
  typeof x === 'object' && x !== null && 'error' in x

export interface ScoreSummary {
  /** The score in the checklist's own words (a range until settled), with the weights mark; overrides band. */
  statement?: string | null
  /** Whether the band is settled (false: the statement gives a range). */
  settled?: boolean
  /** Which weights were used, in one line. */
  weights?: string
  band: string | null
  unmanagedRisk: number | null
  exposure: number | null
  management: number | null
  answered: number
  total: number
  redFlags: { itemId: string; text: string }[]
  largestGaps: { itemId: string; question: string; answer: string }[]
  /** The investor's own progress (section F), kept apart from the company's risk. */
  investorProgress: string | null
}

export interface ChecklistRow {
  section: string
  itemId: string
  question: string
  answer: string
  note: string
  evidence: string
  sourceIds: string[]
}

/** The official record of obligations (a USAspending download), where one is loaded (issue #15). */
export interface OfficialRecordInput {
  /** The record in one sentence, with its as-of date: opens the contract section. */
  summary: string
  years: { label: string; value: number }[]
  /** Official obligations beside the press-reported values, per award. */
  rows: string[][]
  /** For the first page: obligations to date in dollars, the record's as-of date and where it comes from. */
  obligatedUsd?: number
  asOf?: string | null
  source?: string
}

export interface ContractsInput {
  awards: { label: string; low: number | null; high: number | null; values: string; sourceIds: string[] }[]
  totals: {
    label: string
    text: string
    sourceIds: string[]
    /** The figure itself, for the range on the first page. */
    lowUsd?: number
    highUsd?: number | null
  }[]
  note: string
  /** The official record, when the user has loaded one (issue #15); null says it is not loaded. */
  official?: OfficialRecordInput | null
}

export interface ArrestsInput {
  breakdownTitle: string
  breakdown: { label: string; count: number; share: number; sourceIds: string[] }[]
  byYear: { year: number; cells: string[]; sourceIds: string[] }[]
  byYearColumns: string[]
  framings: { label: string; text: string; sourceIds: string[] }[]
}

/** Where the engagement stands, for the first page. */
export interface EngagementStatus {
  /** "Letter, 3 Nov 2026" or null before any engagement. */
  lastStep: string | null
  /** Questions responded to (in full or in part) out of those with a recorded response; null when none is recorded. */
  responses: { responded: number; recorded: number } | null
  /** The next rung of the ladder, or null at the top. */
  nextStep: string | null
  /** YYYY-MM-DD, when the user set one. */
  nextDue: string | null
}

export interface EngagementInput {
  audience: string
  questions: { text: string; cites: string; sourceIds: string[] }[]
  log: { date: string; kind: string; note: string }[]
  ladder: string
  /** The company's response rate in a sentence. */
  responses?: string
  status?: EngagementStatus
}

export interface HoldingsInput {
  /** The name the user gave the portfolio. */
  label: string
  sample: boolean
  /** ISO 4217 code of the account's currency; null when the file does not state it and the user has not chosen it. */
  currency: string | null
  totalCents: number
  totalExCashCents: number
  directCents: number
  indirectCents: number
  exposureCents: number
  directShare: number
  indirectShare: number
  exposureShare: number
  /** Long plus the size of short exposure, and the short part (zero or negative): shorts are never netted silently. */
  grossExposureCents: number
  grossExposureShare: number
  shortExposureCents: number
  /** The issuers' holdings files whose weights were used, each with its "as of" date ('' when the file gives none). */
  /** `notes`: what the reader of the weight should know (netted lines, swaps left out, a file not checked). */
  fundFiles: { fund: string; file: string; asOf: string; weight: string; notes: string[] }[]
  /** Share of the portfolio's value the look-through could weigh (0-1), where known. */
  coverage: number | null
  /** What the holdings let the investor do: "Vote 1,200 shares at the AGM". */
  levers: string[]
  rows: { position: string; route: string; valueCents: number; share: number }[]
  unresolved: number
  /** Positions in the company's own shares whose size is not known (no usable value, no rate, a row left out): never a zero. */
  companyWithoutValue: number
  /** Currencies whose positions are left out of every sum for want of a rate (or of an account currency). */
  missingRates: string[]
  sourceIds: string[]
}

/** The escalation ladder as the preparer may recommend it. */
export const RECOMMENDATION_STEPS = [
  'continue engaging',
  'collaborate',
  'vote against or file',
  'public statement',
  'divest as last resort',
] as const
export type RecommendationStep = (typeof RECOMMENDATION_STEPS)[number]

/** What the preparer sets on the Briefing view: who it is for, the question, the recommendation (the user's words, not computed). */
export interface BriefingFields {
  preparedFor: string
  /** The question put to the committee; empty gives the default question. */
  question: string
  recommendation: { step: RecommendationStep | null; words: string }
}

/** The fields plus who prepared it (name and organisation from the settings). */
export interface BriefingOptions extends BriefingFields {
  preparedBy: { name: string; organisation: string }
}

/** Addresses of the charts in the app, absolute, with their filters, so a reader can reproduce them. */
export interface ChartLinks {
  contracts: string
  arrests: string
}

export interface BriefingInput {
  company: { name: string; ticker: string; exchange: string }
  assessmentName: string
  /** YYYY-MM-DD: the date printed on the document and in its file name. */
  date: string
  sources: Source[]
  score: ScoreSummary | null
  checklist: ChecklistRow[] | null
  contracts: Loadable<ContractsInput>
  arrests: Loadable<ArrestsInput>
  claims: Loadable<Claim[]>
  engagement: EngagementInput | null
  holdings: HoldingsInput | null
  method: string[]
  options?: BriefingOptions
  /** YYYY-MM-DD: the newest date among the evidence used; null when none is dated. */
  dataAsOf?: string | null
  chartLinks?: ChartLinks | null
}
