import * as z from 'zod/mini'
import { passageSchema, sourceIdsSchema } from '../sources/schema'

/** Who the questions are for; templates may word a question differently for each. */
export const audienceSchema = z.enum(['company', 'asset manager', 'proxy advisor'])
export type Audience = z.infer<typeof audienceSchema>

const wordingSchema = z.object({
  company: z.string().check(z.minLength(1)),
  'asset manager': z.string().check(z.minLength(1)),
  'proxy advisor': z.string().check(z.minLength(1)),
})

/** A question from a published source: Amnesty's five questions, the investor briefing's asks. */
export const questionTemplateSchema = z.object({
  id: z.string().check(z.minLength(1)),
  origin: z.string().check(z.minLength(1)),
  wording: wordingSchema,
  /** Checklist items the question covers: a gap on one of them uses this wording instead of a generic one. */
  checklistItemIds: z.array(z.string()),
  sourceIds: sourceIdsSchema,
  /** For a published question asked as published: the passage that prints it. The company
   * wording, with {company} read as the company's name, must occur in it. */
  passage: z.optional(passageSchema),
})
export type QuestionTemplate = z.infer<typeof questionTemplateSchema>

/** One rung of the escalation ladder from the investor guidance. */
export const ladderStepSchema = z.object({
  id: z.string().check(z.minLength(1)),
  rank: z.int().check(z.gte(1)),
  label: z.string().check(z.minLength(1)),
  description: z.string().check(z.minLength(1)),
  /** Empty where the step is the app's own (no source sets it out); the description says so. */
  sourceIds: z.array(z.string().check(z.minLength(1))),
})
export type LadderStep = z.infer<typeof ladderStepSchema>

export const engagementTemplatesSchema = z.object({
  version: z.string().check(z.minLength(1)),
  questionTemplates: z.array(questionTemplateSchema),
  /** Wording for a checklist gap with no template; {company}, {item} and {answer} are filled in. */
  gapWording: wordingSchema,
  /** Wording for a contested claim; {company}, {statement} and {status} are filled in. */
  claimWording: wordingSchema,
  ladder: z.array(ladderStepSchema),
})
export type EngagementTemplates = z.infer<typeof engagementTemplatesSchema>

/** What an engagement log entry records. */
export const logKindSchema = z.enum([
  'letter',
  'meeting',
  'response received',
  'no response',
  'collaborative engagement',
  'vote against directors',
  'resolution filed',
  'public statement',
  'divestment',
])
export type LogKind = z.infer<typeof logKindSchema>

export const logEntrySchema = z.object({
  id: z.string().check(z.minLength(1)),
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  kind: logKindSchema,
  note: z.string(),
})
export type LogEntry = z.infer<typeof logEntrySchema>
