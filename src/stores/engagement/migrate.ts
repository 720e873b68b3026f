import * as z from 'zod/mini'
import { DEFAULT_CASE } from '../../domain/case/case'
import { emptyEdits, type QuestionEdits } from '../../domain/engagement/edits'
import { audienceSchema, logEntrySchema } from '../../domain/engagement/schema'

export const ENGAGEMENT_STORE_VERSION = 2

const editsSchema = z.object({
  audience: audienceSchema,
  texts: z.record(z.string(), z.string()),
  removed: z.array(z.string()),
  order: z.array(z.string()),
  custom: z.array(z.object({ id: z.string(), text: z.string() })),
  log: z.array(logEntrySchema),
  nextStepDue: z.nullable(z.string()),
})

export const persistedEngagementSchema = z.object({ byCompany: z.record(z.string(), editsSchema) })
export type PersistedEngagement = { byCompany: Record<string, QuestionEdits> }

/**
 * Brings a stored engagement state up to the current version. Version 1 kept one company's
 * edits at the top level, with `notes` instead of `note` on log entries; version 2 keys them by
 * company. Throws on anything it cannot read, so the store keeps the stored copy aside.
 */
export function migrateEngagement(persisted: unknown, version: number): PersistedEngagement {
  let state = persisted
  if (version < 2) {
    const v1 = (persisted ?? {}) as Record<string, unknown> & { log?: Record<string, unknown>[]; companyId?: string }
    const log = (v1.log ?? []).map(({ notes, ...rest }) => ({ note: typeof notes === 'string' ? notes : '', ...rest }))
    const { companyId = DEFAULT_CASE.companyId, ...rest } = v1
    state = { byCompany: { [companyId]: { ...emptyEdits, ...rest, log } } }
  }
  const parsed = persistedEngagementSchema.safeParse(state)
  if (!parsed.success) throw new Error(`Stored engagement data (version ${version}) could not be read.`)
  return parsed.data
}
