import * as z from 'zod/mini'
import { confidenceSchema, passageSchema, sourceIdsSchema, verificationSchema } from '../sources/schema'

export const enforcementUnitSchema = z.enum(['HSI', 'HSI worksite', 'ERO'])
export type EnforcementUnit = z.infer<typeof enforcementUnitSchema>

/** What is counted. "worksite administrative" arrests are civil immigration arrests made in
 * worksite enforcement: the figure the company's letter calls "only 3.5%". */
export const arrestCategorySchema = z.enum([
  'arrests (all)',
  'criminal arrests',
  'administrative arrests',
  'child predator arrests',
  'victims identified',
  'removals',
  'investigations',
  'I-9 audits',
])
export type ArrestCategory = z.infer<typeof arrestCategorySchema>

export const arrestStatSchema = z.object({
  id: z.string().check(z.minLength(1)),
  fiscalYear: z.int().check(z.gte(2000), z.lte(2100)),
  unit: enforcementUnitSchema,
  category: arrestCategorySchema,
  count: z.int().check(z.nonnegative()),
  /** Other counts sources give for the same figure; shown, never silently dropped. */
  variants: z.array(z.object({ count: z.int().check(z.nonnegative()), sourceIds: sourceIdsSchema })),
  note: z.optional(z.string()),
  confidence: confidenceSchema,
  sourceIds: sourceIdsSchema,
  /** The passages the quotations in `note` come from. */
  passages: z.optional(z.array(passageSchema)),
  verification: z.optional(verificationSchema),
})
export type ArrestStat = z.infer<typeof arrestStatSchema>
export const arrestStatListSchema = z.array(arrestStatSchema)
