import * as z from 'zod/mini'
import {
  confidenceSchema,
  partialDateSchema,
  passageSchema,
  sourceIdsSchema,
  verificationSchema,
} from '../sources/schema'

/** How the record stands against a company statement. */
export const claimStatusSchema = z.enum(['contradicted by records', 'disputed', 'unverified', 'acknowledged'])
export type ClaimStatus = z.infer<typeof claimStatusSchema>

/** A piece of evidence in the app's words; any quotation inside it carries its passage. */
export const evidenceSchema = z.object({
  text: z.string().check(z.minLength(1)),
  sourceIds: sourceIdsSchema,
  /** The passages the quotations in `text` come from. */
  passages: z.optional(z.array(passageSchema)),
  verification: z.optional(verificationSchema),
})

/** Whether a statement is the speaker's exact words or the app's summary of them. */
export const statementKindSchema = z.enum(['quotation', 'paraphrase'])

export const claimSchema = z.object({
  id: z.string().check(z.minLength(1)),
  companyId: z.string().check(z.minLength(1)),
  /** The company's exact words (a quotation, with its passage) or the app's summary (a paraphrase,
   * shown without quotation marks and labelled so). */
  statement: z.string().check(z.minLength(1)),
  statementKind: statementKindSchema,
  /** Required for a quotation: the passage of the source the words come from. */
  statementPassage: z.optional(passageSchema),
  statedBy: z.string().check(z.minLength(1)),
  statedOn: partialDateSchema,
  statementSourceIds: sourceIdsSchema,
  counterEvidence: z.array(evidenceSchema).check(z.minLength(1)),
  status: claimStatusSchema,
  statusReason: z.string().check(z.minLength(1)),
  /** Checklist items this claim bears on (ids in the checklist template). */
  checklistItemIds: z.array(z.string()),
  confidence: confidenceSchema,
  verification: z.optional(verificationSchema),
})
export type Claim = z.infer<typeof claimSchema>
export const claimListSchema = z.array(claimSchema)
