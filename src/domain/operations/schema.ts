import * as z from 'zod/mini'
import {
  confidenceSchema,
  partialDateSchema,
  passageSchema,
  sourceIdsSchema,
  verificationSchema,
} from '../sources/schema'

/** A figure about one operation. "planned" counts targets, not arrests. */
export const operationFigureSchema = z.object({
  id: z.string().check(z.minLength(1)),
  label: z.string().check(z.minLength(1)),
  count: z.int().check(z.nonnegative()),
  qualifier: z.enum(['exact', 'about', 'planned', 'at least']),
  /** Whose account the figure is, where accounts differ ("the company's letter"). */
  account: z.optional(z.string().check(z.minLength(1))),
  sourceIds: sourceIdsSchema,
  verification: z.optional(verificationSchema),
})
export type OperationFigure = z.infer<typeof operationFigureSchema>

export const operationSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  date: partialDateSchema,
  place: z.string().check(z.minLength(1)),
  status: z.enum(['carried out', 'planned, cancelled']),
  description: z.string().check(z.minLength(1)),
  palantirLink: z.string().check(z.minLength(1)),
  figures: z.array(operationFigureSchema),
  confidence: confidenceSchema,
  sourceIds: sourceIdsSchema,
  /** The passages the quotations in `description` and `palantirLink` come from. */
  passages: z.optional(z.array(passageSchema)),
  verification: z.optional(verificationSchema),
})
export type Operation = z.infer<typeof operationSchema>
export const operationListSchema = z.array(operationSchema)
