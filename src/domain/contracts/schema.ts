import { z } from 'zod'
import { confidenceSchema, partialDateSchema, sourceIdsSchema } from '../sources/schema'

/** Contract vehicles as the sources name them. */
export const vehicleSchema = z.enum(['ICM', 'FALCON', 'TECS modernization', 'ImmigrationOS', 'Other'])
export type Vehicle = z.infer<typeof vehicleSchema>

/** ICE components. The company says it works only with HSI; the Claims view carries the dispute. */
export const componentSchema = z.enum(['HSI', 'ERO', 'ICE', 'Other DHS'])
export type Component = z.infer<typeof componentSchema>

/** What a reported amount measures: sources mix award values, ceilings, payments and
 * company announcements, which is one reason they disagree. */
export const valueBasisSchema = z.enum(['award', 'ceiling', 'paid', 'announced', 'obligated', 'initial'])

/** One amount one source reports for an award. An award keeps every reported amount. */
export const reportedValueSchema = z.object({
  amountUsd: z.number().nonnegative(),
  basis: valueBasisSchema,
  note: z.string().min(1),
  sourceIds: sourceIdsSchema,
})
export type ReportedValue = z.infer<typeof reportedValueSchema>

export const contractAwardSchema = z.object({
  id: z.string().min(1),
  companyId: z.string().min(1),
  title: z.string().min(1),
  vehicle: vehicleSchema,
  component: componentSchema,
  date: partialDateSchema,
  fiscalYear: z.number().int().min(2000).max(2100),
  endDate: partialDateSchema.nullable(),
  piid: z.string().nullable(),
  /** Empty where no source reports a value for this award alone. */
  values: z.array(reportedValueSchema),
  description: z.string().min(1),
  confidence: confidenceSchema,
  sourceIds: sourceIdsSchema,
})
export type ContractAward = z.infer<typeof contractAwardSchema>

/** A total someone else tallied (a briefing, a database): shown beside our own sums, never mixed in. */
export const reportedTotalSchema = z.object({
  id: z.string().min(1),
  companyId: z.string().min(1),
  label: z.string().min(1),
  /** How the source phrases it: "over", "up to", a range or an exact figure. */
  qualifier: z.enum(['exact', 'over', 'up to', 'about', 'range']),
  /** The figure as stated: the floor for "over", the ceiling for "up to", the low end of a range. */
  amountUsd: z.number().nonnegative(),
  /** The high end, for a range only. */
  highUsd: z.number().nonnegative().nullable(),
  asOf: partialDateSchema,
  scope: z.string().min(1),
  confidence: confidenceSchema,
  sourceIds: sourceIdsSchema,
})
export type ReportedTotal = z.infer<typeof reportedTotalSchema>

export const contractsResponseSchema = z.object({
  awards: z.array(contractAwardSchema),
  reportedTotals: z.array(reportedTotalSchema),
})
export type ContractsResponse = z.infer<typeof contractsResponseSchema>
