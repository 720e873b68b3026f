import * as z from 'zod/mini'

/** How far a figure can be trusted, as the research file grades it: high = an official or primary
 * document, or two independent outlets agree; medium = one reputable outlet, or a secondary source
 * quoting a primary one; low = an aggregator. */
export const confidenceSchema = z.enum(['high', 'medium', 'low'])
export type Confidence = z.infer<typeof confidenceSchema>

/** A partial ISO date as sources give them: a year, a month or a day. */
export const partialDateSchema = z
  .string()
  .check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'))

/** A cited document. `url` is null where no public address was verified (the document is one
 * of the project's seed texts): the app says so instead of inventing a link. */
export const sourceSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  publisher: z.string().check(z.minLength(1)),
  date: partialDateSchema,
  url: z.nullable(z.url({ protocol: /^https?$/ })),
  confidence: confidenceSchema,
  note: z.optional(z.string()),
})
export type Source = z.infer<typeof sourceSchema>

export const sourceListSchema = z.array(sourceSchema)

/** Every record that states a fact names at least one source. */
export const sourceIdsSchema = z.array(z.string().check(z.minLength(1))).check(z.minLength(1))
