import * as z from 'zod/mini'
import { assessmentSchema, type Assessment } from './schema'

/** Marks a file as an assessment exported by this dashboard. */
export const ASSESSMENT_FILE_FORMAT = 'rights-exposure-dashboard/assessment'
/**
 * Bumped when the file's shape changes; older files are read, newer ones refused with a message.
 * 2 adds the committee's weights, so a dashboard that cannot score with them refuses the file
 * rather than silently scoring it on the defaults.
 */
export const ASSESSMENT_FILE_VERSION = 2

const fileSchema = z.object({
  format: z.literal(ASSESSMENT_FILE_FORMAT),
  formatVersion: z.number(),
  exportedAt: z.optional(z.string()),
  /** Which weights the score was made with, in words, for a person reading the file. */
  weightsUsed: z.optional(z.string()),
  assessment: assessmentSchema,
})

export interface AssessmentFile {
  format: typeof ASSESSMENT_FILE_FORMAT
  formatVersion: number
  exportedAt: string
  weightsUsed?: string
  assessment: Assessment
}

/**
 * The JSON an assessment is exported as: answers, notes and the committee's weights if any (the
 * score is derived on import), with the weights used said in words.
 */
export function toAssessmentFile(assessment: Assessment, exportedAt: string, weightsUsed?: string): AssessmentFile {
  const file: AssessmentFile = {
    format: ASSESSMENT_FILE_FORMAT,
    formatVersion: ASSESSMENT_FILE_VERSION,
    exportedAt,
    assessment,
  }
  if (weightsUsed) file.weightsUsed = weightsUsed
  return file
}

/** Assessment files larger than this are refused before they are read (a real one is a few kB; notes and all, well under 1 MB). */
export const MAX_ASSESSMENT_FILE_BYTES = 5_000_000

/** Refuses an assessment file by its size alone, before it is read, with the limit stated. */
export function checkAssessmentFileSize(bytes: number): string | null {
  if (bytes <= MAX_ASSESSMENT_FILE_BYTES) return null
  return `The file is ${(bytes / 1_000_000).toFixed(1)} MB; the limit for an assessment file is ${MAX_ASSESSMENT_FILE_BYTES / 1_000_000} MB.`
}

export type ParsedAssessmentFile = { ok: true; assessment: Assessment } | { ok: false; message: string }

/**
 * Reads an exported file. Every failure says what is wrong in words a person can act on; a failed
 * read changes nothing, so existing assessments are never touched by a bad file.
 */
export function parseAssessmentFile(text: string): ParsedAssessmentFile {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    return { ok: false, message: 'This file is not valid JSON, so it cannot be an exported assessment.' }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, message: 'This file is JSON but not an exported assessment (expected an object).' }
  }
  const record = data as Record<string, unknown>
  if (record.format !== ASSESSMENT_FILE_FORMAT) {
    return {
      ok: false,
      message: `This file is not an assessment exported by this dashboard (its "format" is ${
        typeof record.format === 'string' ? `"${record.format}"` : 'missing'
      }).`,
    }
  }
  if (typeof record.formatVersion === 'number' && record.formatVersion > ASSESSMENT_FILE_VERSION) {
    return {
      ok: false,
      message: `This file was exported by a newer version of the dashboard (file version ${record.formatVersion}; this one reads up to ${ASSESSMENT_FILE_VERSION}).`,
    }
  }
  const parsed = fileSchema.safeParse(data)
  if (!parsed.success) {
    const first = parsed.error.issues[0]
    const where = first ? `${first.path.join('.') || 'the file'}: ${first.message}` : 'unknown problem'
    return { ok: false, message: `This assessment file is damaged or incomplete (${where}).` }
  }
  return { ok: true, assessment: parsed.data.assessment }
}
