import { createPersistedStore } from '../createPersistedStore'
import { STORAGE_KEYS } from '../storageKeys'
import {
  SETTINGS_STORE_VERSION,
  emptySettings,
  migrateSettings,
  userSettingsSchema,
  type UserSettings,
} from './migrate'

export const SETTINGS_STORE_NAME = STORAGE_KEYS.settings

/**
 * The person's own details (name, organisation), used to sign letters and briefings. Saved through
 * the one persisted-store recipe: checked on load, kept aside when unreadable, merged across tabs.
 */
const { useStore: useSettingsStore } = createPersistedStore<UserSettings, UserSettings>(emptySettings, {
  name: SETTINGS_STORE_NAME,
  version: SETTINGS_STORE_VERSION,
  partialize: (s): UserSettings => ({ name: s.name, organisation: s.organisation }),
  schema: userSettingsSchema,
  migrate: migrateSettings,
})

const actions = {
  nameChanged: (name: string) => useSettingsStore.setState({ name }),
  organisationChanged: (organisation: string) => useSettingsStore.setState({ organisation }),
}

/** The person's name and organisation. */
export function useUserSettings(): UserSettings {
  const name = useSettingsStore((s) => s.name)
  const organisation = useSettingsStore((s) => s.organisation)
  return { name, organisation }
}

export function useSettingsActions(): typeof actions {
  return actions
}
