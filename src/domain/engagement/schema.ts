import * as z from 'zod/mini'
import { passageSchema, sourceIdsSchema } from '../sources/schema'

/** Who the questions are for; each audience has its own list and wording. */
export const audienceSchema = z.enum(['company', 'asset manager', 'proxy advisor'])
export type Audience = z.infer<typeof audienceSchema>

/** The themes a letter groups its questions under, in their default order. */
export const themeSchema = z.enum(['contracts and use', 'due diligence', 'remedy', 'transparency', 'governance'])
export type Theme = z.infer<typeof themeSchema>

const text = z.string().check(z.minLength(1))

const wordingSchema = z.object({
  company: text,
  'asset manager': text,
  'proxy advisor': text,
})

/** The company's published answer to a question, quoted verbatim from its reply. */
export const companyAnswerSchema = z.object({
  /** The company's words, verbatim. */
  text,
  /** Where it said so, as a person would cite it: "Palantir's letter to Amnesty International, 18 September 2020". */
  citation: text,
  sourceIds: sourceIdsSchema,
})
export type CompanyAnswer = z.infer<typeof companyAnswerSchema>

/**
 * A question from a published source: Amnesty's five questions, the investor briefing's asks.
 * Where the company has already answered it, `answer` records which answer goes with it and the
 * wording asks the follow-up the answer leaves open instead of repeating the question.
 */
export const questionTemplateSchema = z.object({
  id: text,
  origin: text,
  /** The question as published, verbatim, when it was put to the company in these words. */
  published: z.optional(text),
  answer: z.optional(companyAnswerSchema),
  theme: themeSchema,
  wording: wordingSchema,
  /** Checklist items the question covers: a gap on one of them uses this wording instead of a generic one. */
  checklistItemIds: z.array(z.string()),
  sourceIds: sourceIdsSchema,
  /** For a published question asked as published: the passage that prints it. The company
   * wording, with {company} read as the company's name, must occur in it. */
  passage: z.optional(passageSchema),
})

/**
 * What a checklist gap is about, in words that stand alone: `subject` completes "whether ..."
 * ("it has carried out an impact assessment of its ICM and FALCON contracts with ICE's HSI"),
 * `document` names what would settle it ("the assessment and its findings").
 */
export const gapTopicSchema = z.object({
  itemId: text,
  theme: themeSchema,
  subject: text,
  document: text,
  /** A sourced sentence that says why the question is asked, placed before it. */
  basis: z.optional(z.object({ text, sourceIds: sourceIdsSchema })),
})
export type GapTopic = z.infer<typeof gapTopicSchema>

/**
 * How to ask about one company statement: who said it and where (`said`: "In its letter to
 * Amnesty International of 18 September 2020, Palantir wrote"), the record it is weighed against
 * (`record`: a noun phrase naming the document and what it says) and, for an unverified claim,
 * the document that would verify it.
 */
export const claimTopicSchema = z.object({
  claimId: text,
  theme: themeSchema,
  said: text,
  record: text,
  recordSourceIds: sourceIdsSchema,
  document: z.optional(text),
  /**
   * For a paraphrased claim: the whole opening sentence in reported speech, speaker and outlet
   * included ("The Hill reported in August 2019 that {company} does not provide software to ERO"),
   * used instead of `said` and the claim's own summary.
   */
  reported: z.optional(text),
})
export type ClaimTopic = z.infer<typeof claimTopicSchema>

/** One rung of the escalation ladder. `basis` says what in the sources supports it, or that it is the app's own step. */
export const ladderStepSchema = z.object({
  id: text,
  rank: z.int().check(z.gte(1)),
  label: text,
  description: text,
  basis: text,
  /** Empty for a step that is the app's own (no source names it). */
  sourceIds: z.array(text),
})
export type LadderStep = z.infer<typeof ladderStepSchema>

/** A sourced fact for a letter's context paragraph. */
export const contextFactSchema = z.object({ text, sourceIds: sourceIdsSchema })
export type ContextFact = z.infer<typeof contextFactSchema>

export const engagementTemplatesSchema = z.object({
  version: text,
  questionTemplates: z.array(questionTemplateSchema),
  gapTopics: z.array(gapTopicSchema),
  claimTopics: z.array(claimTopicSchema),
  /** Facts a letter opens with, each with its sources. */
  letterContext: z.array(contextFactSchema),
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

/** How the company answered one question, as the Resource Centre records responses. */
export const responseStatusSchema = z.enum(['answered', 'partly answered', 'not answered'])
export type ResponseStatus = z.infer<typeof responseStatusSchema>

export const questionResponseSchema = z.object({
  status: responseStatusSchema,
  /** The date of the response (YYYY-MM-DD). */
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  note: z.string(),
  /** A link to the response, http(s) only, or empty. */
  link: z.string(),
  /** The question as it was asked, so the record reads without the list. */
  question: z.string(),
})
export type QuestionResponse = z.infer<typeof questionResponseSchema>
