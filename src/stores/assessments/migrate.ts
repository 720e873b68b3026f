import * as z from 'zod/mini'
import { DEFAULT_CASE } from '../../domain/case/case'
import { answerValueSchema, assessmentSchema, type Assessment } from '../../domain/checklist/schema'

/**
 * The version of the persisted shape. 1 was the single-assessment prototype; 2 saved several
 * assessments; 3 adds the committee's weights (optional) to each.
 */
export const ASSESSMENTS_STORE_VERSION = 3

/** What is saved: the assessments (answers and notes, never scores) and the last one opened. */
export interface PersistedAssessments {
  assessments: Assessment[]
  lastOpenedId: string | null
}

export const persistedAssessmentsSchema = z.object({
  assessments: z.array(assessmentSchema),
  lastOpenedId: z.nullable(z.string()),
})

/** Version 1: one assessment of Palantir, answers and notes keyed by item id. */
const version1Schema = z.object({
  answers: z.record(z.string(), answerValueSchema),
  notes: z.optional(z.record(z.string(), z.string())),
  savedAt: z.optional(z.number()),
})

/**
 * Brings a stored state from an older version to the current one. Pure; throws on a shape it does
 * not recognise so the caller keeps the stored copy aside instead of overwriting it.
 */
export function migrateAssessments(persisted: unknown, fromVersion: number): PersistedAssessments {
  if (fromVersion === 1) {
    const old = version1Schema.safeParse(persisted)
    if (!old.success) throw new Error('The saved assessment (version 1) could not be read.')
    const savedAt = old.data.savedAt ?? 0
    const answers = Object.fromEntries(
      Object.entries(old.data.answers).map(([itemId, value]) => [itemId, { value, answeredAt: savedAt }]),
    )
    const assessment: Assessment = {
      id: 'migrated-v1',
      name: 'Palantir assessment',
      // Version 1 held one assessment, always of the default case.
      companyId: DEFAULT_CASE.companyId,
      templateId: DEFAULT_CASE.checklistTemplateId,
      templateVersion: 1,
      createdAt: savedAt,
      updatedAt: savedAt,
      answers,
      notes: old.data.notes ?? {},
    }
    return { assessments: [assessment], lastOpenedId: assessment.id }
  }
  const current = persistedAssessmentsSchema.safeParse(persisted)
  // Version 2 had no weights, so its assessments read as they are, on the published defaults.
  if ((fromVersion === 2 || fromVersion === ASSESSMENTS_STORE_VERSION) && current.success) return current.data
  throw new Error(`Saved assessments of version ${fromVersion} could not be read.`)
}
