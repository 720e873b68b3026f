import * as z from 'zod/mini'
import {
  confidenceSchema,
  partialDateSchema,
  passageSchema,
  sourceIdsSchema,
  verificationSchema,
} from '../sources/schema'

export const timelineKindSchema = z.enum(['contract', 'operation', 'disclosure', 'engagement', 'corporate'])

export const timelineEventSchema = z.object({
  id: z.string().check(z.minLength(1)),
  companyId: z.string().check(z.minLength(1)),
  date: partialDateSchema,
  kind: timelineKindSchema,
  title: z.string().check(z.minLength(1)),
  confidence: confidenceSchema,
  sourceIds: sourceIdsSchema,
  /** The passages the quotations in `title` come from. */
  passages: z.optional(z.array(passageSchema)),
  verification: z.optional(verificationSchema),
})
export type TimelineEvent = z.infer<typeof timelineEventSchema>
export const timelineSchema = z.array(timelineEventSchema)
