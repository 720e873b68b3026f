import * as z from 'zod/mini'

/** How far a figure can be trusted, as the research file grades it: high = an official or primary
 * document, or two independent outlets agree; medium = one reputable outlet, or a secondary source
 * quoting a primary one; low = an aggregator or a mirror. */
export const confidenceSchema = z.enum(['high', 'medium', 'low'])
export type Confidence = z.infer<typeof confidenceSchema>

/** A partial ISO date as sources give them: a year, a month or a day. */
export const partialDateSchema = z
  .string()
  .check(z.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD'))

/** A full ISO date (YYYY-MM-DD), for the day a source was last checked. */
export const isoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'))

/** Only http(s) addresses are links: anything else (javascript:, data:, a bare host) is refused. */
export const httpUrlSchema = z.url({ protocol: /^https?$/, hostname: z.regexes.domain })

/**
 * What kind of document a source is, as a committee weighs it: an official record (a government
 * filing, a release, testimony), the company's own statement, original reporting by a news
 * outlet, an advocacy group's publication, or an aggregator (a site that republishes others).
 */
export const sourceTierSchema = z.enum([
  'official record',
  'company statement',
  'original reporting',
  'advocacy',
  'aggregator',
])
export type SourceTier = z.infer<typeof sourceTierSchema>
/** Tiers in the order the Sources view lists and filters them. */
export const SOURCE_TIERS: readonly SourceTier[] = sourceTierSchema.options

/** A copy of a document held elsewhere (a mirror, an aggregator's reprint): a way to read it, never the citation. */
export const accessCopySchema = z.object({
  url: httpUrlSchema,
  host: z.string().check(z.minLength(1)),
})

/**
 * A cited document, as its original outlet published it: headline as published, publisher,
 * publication date, and the day it was last checked (`retrieved`). `url` is null where no public
 * address of the original was verified: the app says "no public link recorded" instead of
 * inventing one. `seed` names the project's seed text that holds it, if any.
 */
export const sourceSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string().check(z.minLength(1)),
  /** True where the document has no headline (a letter, a database record) or its headline was
   * not recorded: the title is then the app's description and is shown in square brackets. */
  titleIsDescription: z.optional(z.boolean()),
  publisher: z.string().check(z.minLength(1)),
  date: partialDateSchema,
  url: z.nullable(httpUrlSchema),
  accessCopy: z.optional(accessCopySchema),
  tier: sourceTierSchema,
  confidence: confidenceSchema,
  retrieved: isoDateSchema,
  seed: z.optional(z.string().check(z.regex(/^\d{3}_[0-9a-f]+\.txt$/))),
  note: z.optional(z.string()),
})
export type Source = z.infer<typeof sourceSchema>

export const sourceListSchema = z.array(sourceSchema)

/** Every record that states a fact names at least one source. */
export const sourceIdsSchema = z.array(z.string().check(z.minLength(1))).check(z.minLength(1))

/**
 * A record the fact check could not confirm: shown as "Unverified" with the reason wherever it
 * appears (screen, CSV, PDF). Absent means the record was confirmed against its sources.
 */
export const verificationSchema = z.object({
  status: z.literal('unverified'),
  reason: z.string().check(z.minLength(1)),
})
export type Verification = z.infer<typeof verificationSchema>

/**
 * Where a quotation comes from: the source and the passage in it, as the source prints it. The
 * quotation must occur in the passage (cuts marked with an ellipsis); a seed source's passage
 * must occur in the seed text.
 */
export const passageSchema = z.object({
  sourceId: z.string().check(z.minLength(1)),
  text: z.string().check(z.minLength(1)),
})
export type Passage = z.infer<typeof passageSchema>
