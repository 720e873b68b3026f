import { z } from 'zod'
import { confidenceSchema, sourceIdsSchema } from '../sources/schema'

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
  id: z.string().min(1),
  fiscalYear: z.number().int().min(2000).max(2100),
  unit: enforcementUnitSchema,
  category: arrestCategorySchema,
  count: z.number().int().nonnegative(),
  /** Other counts sources give for the same figure; shown, never silently dropped. */
  variants: z.array(z.object({ count: z.number().int().nonnegative(), sourceIds: sourceIdsSchema })),
  note: z.string().optional(),
  confidence: confidenceSchema,
  sourceIds: sourceIdsSchema,
})
export type ArrestStat = z.infer<typeof arrestStatSchema>
export const arrestStatListSchema = z.array(arrestStatSchema)
