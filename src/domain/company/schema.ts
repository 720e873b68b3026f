import * as z from 'zod/mini'
import { sourceIdsSchema } from '../sources/schema'

export const companySchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  ticker: z.string().check(z.minLength(1)),
  exchange: z.string().check(z.minLength(1)),
  isin: z.nullable(z.string().check(z.length(12))),
  /** 9-character CUSIP, where known. */
  cusip: z.optional(z.nullable(z.string().check(z.length(9)))),
  summary: z.string().check(z.minLength(1)),
  sourceIds: sourceIdsSchema,
})
export type Company = z.infer<typeof companySchema>
export const companyListSchema = z.array(companySchema)
