import * as z from 'zod/mini'
import { sourceIdsSchema } from '../sources/schema'

/**
 * Holdings data for the look-through: funds and listed firms with the constituents they hold.
 * Served by `GET /api/funds`. Records marked `sample` carry illustrative constituents and weights
 * (shown as "Sample data" wherever they appear); `facts` carry what the sources say, with ids.
 */
export const constituentSchema = z.object({
  name: z.string().check(z.minLength(1)),
  ticker: z.nullable(z.string()),
  isin: z.nullable(z.string()),
  cusip: z.nullable(z.string()),
  /** Share of the fund's (or firm's) net assets, 0..1. */
  weight: z.number().check(z.gte(0), z.lte(1)),
})
export type Constituent = z.infer<typeof constituentSchema>

export const fundFactSchema = z.object({
  text: z.string().check(z.minLength(1)),
  sourceIds: sourceIdsSchema,
})

export const fundSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  /** fund: an ETF or mutual fund; listed-firm: a publicly traded company that holds shares. */
  kind: z.enum(['fund', 'listed-firm']),
  tickers: z.array(z.string()),
  isins: z.array(z.string()),
  cusips: z.array(z.string()),
  /** Names as brokers print them, for rows that carry a name only. */
  names: z.array(z.string()),
  /** True when the constituents and weights are illustrative, not reported holdings. */
  sample: z.boolean(),
  asOf: z.string().check(z.minLength(4)),
  constituents: z.array(constituentSchema),
  facts: z.array(fundFactSchema),
})
export type Fund = z.infer<typeof fundSchema>
export const fundListSchema = z.array(fundSchema)
