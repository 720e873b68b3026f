import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import { createSafeStorage } from '../safeStorage'
import { SETTINGS_STORE_VERSION, migrateSettings, userSettingsSchema, type UserSettings } from './migrate'

export const SETTINGS_STORE_NAME = 'rights-dashboard:settings'

const storage = createSafeStorage<UserSettings>({
  currentVersion: SETTINGS_STORE_VERSION,
  isValid: (state) => userSettingsSchema.safeParse(state).success,
})

/** The person's own details (name, organisation), used to sign letters and, later, briefings. */
const useSettingsStore = create<UserSettings>()(
  persist((): UserSettings => ({ name: '', organisation: '' }), {
    name: SETTINGS_STORE_NAME,
    version: SETTINGS_STORE_VERSION,
    storage,
    partialize: (s): UserSettings => ({ name: s.name, organisation: s.organisation }),
    migrate: (persisted, version) => migrateSettings(persisted, version),
    onRehydrateStorage: () => (_state, error) => {
      if (error) storage.keepAside(SETTINGS_STORE_NAME)
    },
  }),
)

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
