import * as z from 'zod/mini'
import { confidenceSchema, partialDateSchema, sourceIdsSchema } from '../sources/schema'

/** How the record stands against a company statement. */
export const claimStatusSchema = z.enum(['contradicted by records', 'disputed', 'unverified', 'acknowledged'])
export type ClaimStatus = z.infer<typeof claimStatusSchema>

export const evidenceSchema = z.object({
  text: z.string().check(z.minLength(1)),
  sourceIds: sourceIdsSchema,
})

export const claimSchema = z.object({
  id: z.string().check(z.minLength(1)),
  companyId: z.string().check(z.minLength(1)),
  /** The company's words, quoted. */
  statement: z.string().check(z.minLength(1)),
  statedBy: z.string().check(z.minLength(1)),
  statedOn: partialDateSchema,
  statementSourceIds: sourceIdsSchema,
  counterEvidence: z.array(evidenceSchema).check(z.minLength(1)),
  status: claimStatusSchema,
  statusReason: z.string().check(z.minLength(1)),
  /** Checklist items this claim bears on (ids in the checklist template). */
  checklistItemIds: z.array(z.string()),
  confidence: confidenceSchema,
})
export type Claim = z.infer<typeof claimSchema>
export const claimListSchema = z.array(claimSchema)
