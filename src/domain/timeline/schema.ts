import { z } from 'zod'
import { confidenceSchema, partialDateSchema, sourceIdsSchema } from '../sources/schema'

export const timelineKindSchema = z.enum(['contract', 'operation', 'disclosure', 'engagement', 'corporate'])

export const timelineEventSchema = z.object({
  id: z.string().min(1),
  companyId: z.string().min(1),
  date: partialDateSchema,
  kind: timelineKindSchema,
  title: z.string().min(1),
  confidence: confidenceSchema,
  sourceIds: sourceIdsSchema,
})
export type TimelineEvent = z.infer<typeof timelineEventSchema>
export const timelineSchema = z.array(timelineEventSchema)
