import * as z from 'zod/mini'

export const SETTINGS_STORE_VERSION = 1

export const userSettingsSchema = z.object({
  /** The person's name, for signatures (letters, briefings). */
  name: z.string(),
  organisation: z.string(),
})
export type UserSettings = z.infer<typeof userSettingsSchema>

export const emptySettings: UserSettings = { name: '', organisation: '' }

/**
 * Brings stored settings up to the current version (1 is the first). Unknown fields are dropped;
 * a missing field starts empty; anything that is not an object of strings throws, so the store
 * keeps the stored copy aside instead of writing over it.
 */
export function migrateSettings(persisted: unknown, version: number): UserSettings {
  const candidate = typeof persisted === 'object' && persisted !== null ? { ...emptySettings, ...persisted } : persisted
  const parsed = userSettingsSchema.safeParse(candidate)
  if (!parsed.success) throw new Error(`Stored settings (version ${version}) could not be read.`)
  return { name: parsed.data.name, organisation: parsed.data.organisation }
}
