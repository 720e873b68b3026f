import { z } from 'zod'
import { sourceIdsSchema } from '../sources/schema'

export const companySchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  ticker: z.string().min(1),
  exchange: z.string().min(1),
  isin: z.string().length(12).nullable(),
  summary: z.string().min(1),
  sourceIds: sourceIdsSchema,
})
export type Company = z.infer<typeof companySchema>
export const companyListSchema = z.array(companySchema)
