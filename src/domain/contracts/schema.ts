import * as z from 'zod/mini'
import {
  confidenceSchema,
  partialDateSchema,
  passageSchema,
  sourceIdsSchema,
  verificationSchema,
} from '../sources/schema'

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
  amountUsd: z.number().check(z.nonnegative()),
  basis: valueBasisSchema,
  note: z.string().check(z.minLength(1)),
  sourceIds: sourceIdsSchema,
  /** The passages the quotations in `note` come from. */
  passages: z.optional(z.array(passageSchema)),
  verification: z.optional(verificationSchema),
})
export type ReportedValue = z.infer<typeof reportedValueSchema>

export const contractAwardSchema = z.object({
  id: z.string().check(z.minLength(1)),
  companyId: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  vehicle: vehicleSchema,
  component: componentSchema,
  date: partialDateSchema,
  fiscalYear: z.int().check(z.gte(2000), z.lte(2100)),
  endDate: z.nullable(partialDateSchema),
  piid: z.nullable(z.string()),
  /** USAspending's id for the award (CONT_AWD_<PIID>_<agency>_<parent IDV>_<agency>), where the
   * record gives it; the app links the official record with it. */
  usaspendingId: z.optional(z.string().check(z.regex(/^CONT_(AWD|IDV)_[A-Z0-9_-]+$/))),
  /** Empty where no source reports a value for this award alone. */
  values: z.array(reportedValueSchema),
  description: z.string().check(z.minLength(1)),
  confidence: confidenceSchema,
  sourceIds: sourceIdsSchema,
  /** Other awards this one may already be counted in, or that may be the same award, with why. */
  possibleDoubleCounts: z.optional(z.array(z.object({ awardId: z.string(), reason: z.string() }))),
  passages: z.optional(z.array(passageSchema)),
  verification: z.optional(verificationSchema),
})
export type ContractAward = z.infer<typeof contractAwardSchema>

/** A total someone else tallied (a briefing, a database): shown beside our own sums, never mixed in. */
export const reportedTotalSchema = z.object({
  id: z.string().check(z.minLength(1)),
  companyId: z.string().check(z.minLength(1)),
  label: z.string().check(z.minLength(1)),
  /** How the source phrases it: "over", "up to", a range or an exact figure. */
  qualifier: z.enum(['exact', 'over', 'up to', 'about', 'range']),
  /** The figure as stated: the floor for "over", the ceiling for "up to", the low end of a range. */
  amountUsd: z.number().check(z.nonnegative()),
  /** The high end, for a range only. */
  highUsd: z.nullable(z.number().check(z.nonnegative())),
  asOf: partialDateSchema,
  scope: z.string().check(z.minLength(1)),
  confidence: confidenceSchema,
  sourceIds: sourceIdsSchema,
  passages: z.optional(z.array(passageSchema)),
  verification: z.optional(verificationSchema),
})
export type ReportedTotal = z.infer<typeof reportedTotalSchema>

export const contractsResponseSchema = z.object({
  awards: z.array(contractAwardSchema),
  reportedTotals: z.array(reportedTotalSchema),
})
