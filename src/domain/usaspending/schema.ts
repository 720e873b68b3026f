import * as z from 'zod/mini'

/** Which USAspending contract file a record was read from. The summaries file has no per-year split. */
export const layoutSchema = z.enum(['transactions', 'summaries', 'archive'])
export type Layout = z.infer<typeof layoutSchema>

const date = z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)))
const cents = z.int()

/**
 * One contract action (a base award or a modification) as the reader keeps it: only the columns
 * the app uses, money in whole cents. From the summaries file, one row per award (its total).
 */
export const transactionSchema = z.object({
  key: z.string().check(z.minLength(1)),
  awardKey: z.string().check(z.minLength(1)),
  piid: z.string(),
  parentPiid: z.string(),
  modification: z.string(),
  actionDate: date,
  fiscalYear: z.nullable(z.int()),
  obligationCents: cents,
  currentValueCents: z.nullable(cents),
  potentialValueCents: z.nullable(cents),
  startDate: date,
  currentEndDate: date,
  potentialEndDate: date,
  agency: z.string(),
  subAgency: z.string(),
  office: z.string(),
  recipientName: z.string(),
  recipientUei: z.string(),
  parentName: z.string(),
  parentUei: z.string(),
  description: z.string(),
})
export type Transaction = z.infer<typeof transactionSchema>

/** A recipient as the file names it: the unit the user confirms as "the company". */
export const recipientSchema = z.object({
  name: z.string(),
  uei: z.string(),
  parentName: z.string(),
  parentUei: z.string(),
  rows: z.int(),
})
export type Recipient = z.infer<typeof recipientSchema>

/** Rows left out because they are another recipient's: counted and named, never summed. */
export const leftOutSchema = z.object({
  rows: z.int(),
  recipients: z.array(z.object({ name: z.string(), rows: z.int() })),
})
export type LeftOut = z.infer<typeof leftOutSchema>

/**
 * The official record kept in the browser: the company's contract actions from one USAspending
 * download, with the file's name and newest action date ("official record as of").
 */
export const officialRecordSchema = z.object({
  version: z.literal(1),
  fileName: z.string(),
  importedAt: z.string(),
  asOf: date,
  layout: layoutSchema,
  recipients: z.array(recipientSchema),
  subAgency: z.string(),
  transactions: z.array(transactionSchema),
  leftOut: leftOutSchema,
})
export type OfficialRecord = z.infer<typeof officialRecordSchema>
