import * as z from 'zod/mini'
import { evidenceSchema } from '../claims/schema'

/** The five answers every item takes. "Unknown" means no public evidence either way. */
export const answerValues = ['yes', 'partial', 'no', 'unknown', 'na'] as const
export const answerValueSchema = z.enum(answerValues)
export type AnswerValue = z.infer<typeof answerValueSchema>

/** Each answer as people read it: the one table for the checklist, the comparison and the briefing. */
export const answerLabels: Readonly<Record<AnswerValue, string>> = {
  yes: 'Yes',
  partial: 'Partial',
  no: 'No',
  unknown: 'Unknown',
  na: 'Not applicable',
}

/** An answer as people read it, or "Not answered" for an item left open. */
export function answerLabel(value: AnswerValue | null | undefined): string {
  return value ? answerLabels[value] : 'Not answered'
}

/** How much one answer counts, 0-1, per answer value. */
const creditTableSchema = z.object({
  yes: z.number().check(z.gte(0), z.lte(1)),
  partial: z.number().check(z.gte(0), z.lte(1)),
  no: z.number().check(z.gte(0), z.lte(1)),
  unknown: z.number().check(z.gte(0), z.lte(1)),
})
export type CreditTable = z.infer<typeof creditTableSchema>

/**
 * What a section measures: `exposure` (how close the business is to the harm), `management`
 * (what the company does about it) or `investor` (the investor's own response, kept apart from the
 * company's risk).
 */
export const sectionKindSchema = z.enum(['exposure', 'management', 'investor'])
export type SectionKind = z.infer<typeof sectionKindSchema>

export const checklistItemSchema = z.object({
  /** Section letter + number as in the outline: A1..F27. Other data (claims) refers to these. */
  id: z.string().check(z.regex(/^[A-Z]\d+$/)),
  question: z.string().check(z.minLength(1)),
  /** Why it is asked: the framework(s) and provision(s) behind the item. */
  frameworks: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  /** Relative weight inside its kind (exposure, management or investor). */
  weight: z.number().check(z.positive()),
  guidance: z.optional(z.string()),
  /** Evidence the app itself holds for the item: "holdings" shows the loaded portfolio's look-through. */
  evidenceFrom: z.optional(z.enum(['holdings'])),
})
export type ChecklistItem = z.infer<typeof checklistItemSchema>

export const checklistSectionSchema = z.object({
  id: z.string().check(z.regex(/^[A-Z]$/)),
  title: z.string().check(z.minLength(1)),
  kind: sectionKindSchema,
  frameworks: z.array(z.string()),
  items: z.array(checklistItemSchema).check(z.minLength(1)),
})
export type ChecklistSection = z.infer<typeof checklistSectionSchema>

export const bandIdSchema = z.enum(['negligible', 'low', 'medium', 'high', 'severe'])

/** A band starts at `min` (inclusive) and runs to the next band's `min`. */
export const bandSchema = z.object({ id: bandIdSchema, label: z.string(), min: z.number().check(z.gte(0)) })
export type Band = z.infer<typeof bandSchema>

/** One condition of a red flag: the item's answer is one of `answers`. */
const flagConditionSchema = z.object({ itemId: z.string(), answers: z.array(answerValueSchema).check(z.minLength(1)) })

/**
 * A red flag: when every condition holds, the band is held at `minimumBand` or above, whatever
 * the average says (as an MSCI red controversy flag overrides a favourable average).
 */
export const redFlagRuleSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  reason: z.string().check(z.minLength(1)),
  when: z.array(flagConditionSchema).check(z.minLength(1)),
  minimumBand: bandIdSchema,
})
export type RedFlagRule = z.infer<typeof redFlagRuleSchema>

export const checklistTemplateSchema = z.object({
  id: z.string().check(z.minLength(1)),
  version: z.number().check(z.int(), z.positive()),
  title: z.string().check(z.minLength(1)),
  /** "Sample data" templates (the benchmark's) say so here. */
  sampleData: z.optional(z.boolean()),
  publishedOn: z.string(),
  sections: z.array(checklistSectionSchema).check(z.minLength(1)),
  scoring: z.object({
    exposureCredit: creditTableSchema,
    managementCredit: creditTableSchema,
    investorCredit: creditTableSchema,
    /** Ascending by min; the first starts at 0. */
    bands: z.array(bandSchema).check(z.minLength(1)),
    redFlags: z.array(redFlagRuleSchema),
    /** The frameworks the method follows, shown in "How the score works". */
    basis: z.array(z.string()),
  }),
})
export type ChecklistTemplate = z.infer<typeof checklistTemplateSchema>

/** A suggested answer for one item, with the evidence a committee can check. */
export const suggestionSchema = z.object({
  itemId: z.string().check(z.minLength(1)),
  answer: answerValueSchema,
  /** True where the sources disagree (shown beside the answer: "disputed"). */
  disputed: z.boolean(),
  summary: z.string().check(z.minLength(1)),
  evidence: z.array(evidenceSchema).check(z.minLength(1)),
})
export type Suggestion = z.infer<typeof suggestionSchema>

export const suggestionsResponseSchema = z.object({
  companyId: z.string(),
  templateId: z.string(),
  templateVersion: z.number(),
  suggestions: z.array(suggestionSchema),
})
export type SuggestionsResponse = z.infer<typeof suggestionsResponseSchema>

/** One recorded answer. */
export const answerSchema = z.object({
  value: answerValueSchema,
  answeredAt: z.number(),
})
export type Answer = z.infer<typeof answerSchema>
export type Answers = Record<string, Answer | undefined>

/**
 * A committee's own weights, saved with an assessment: a multiplier per section (the template
 * publishes 1 for each), a weight per item and the lower threshold of each band. Missing entries
 * take the template's published value, so a template that adds an item still scores.
 */
export const scoringWeightsSchema = z.object({
  sections: z.record(z.string(), z.number().check(z.gte(0))),
  items: z.record(z.string(), z.number().check(z.gte(0))),
  bands: z.record(z.string(), z.number().check(z.gte(0))),
})
export type ScoringWeights = z.infer<typeof scoringWeightsSchema>

/** A saved due-diligence assessment: answers only; the score is always derived. */
export const assessmentSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  companyId: z.string().check(z.minLength(1)),
  templateId: z.string().check(z.minLength(1)),
  templateVersion: z.number(),
  createdAt: z.number(),
  updatedAt: z.number(),
  answers: z.record(z.string(), answerSchema),
  /** The user's own notes by item id: their reasons, kept when they override a suggestion. */
  notes: z.record(z.string(), z.string()),
  /** The committee's weights; absent means the template's published defaults. */
  weights: z.optional(scoringWeightsSchema),
})
export type Assessment = z.infer<typeof assessmentSchema>
