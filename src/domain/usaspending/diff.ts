import { toOfficialAwards } from './aggregate'
import type { Transaction } from './schema'

/** What a new import changes against the record kept so far. */
export interface RecordDiff {
  newAwards: { awardKey: string; piid: string; cents: number }[]
  newModifications: { key: string; piid: string; modification: string; actionDate: string | null; cents: number }[]
  changedTotals: { awardKey: string; piid: string; fromCents: number; toCents: number }[]
  removedAwards: { awardKey: string; piid: string; cents: number }[]
}

/**
 * Compares two imports of the company's rows: awards that are new, actions (modifications) that
 * are new on awards already known, awards whose obligated total changed, and awards that are gone.
 */
export function diffRecords(previous: readonly Transaction[], next: readonly Transaction[]): RecordDiff {
  const before = new Map(toOfficialAwards(previous).map((a) => [a.awardKey, a]))
  const after = toOfficialAwards(next)
  const afterKeys = new Set(after.map((a) => a.awardKey))
  const knownActions = new Set(previous.map((t) => t.key))
  return {
    newAwards: after
      .filter((a) => !before.has(a.awardKey))
      .map((a) => ({ awardKey: a.awardKey, piid: a.piid, cents: a.obligatedCents })),
    newModifications: next
      .filter((t) => before.has(t.awardKey) && !knownActions.has(t.key))
      .map((t) => ({
        key: t.key,
        piid: t.piid,
        modification: t.modification,
        actionDate: t.actionDate,
        cents: t.obligationCents,
      })),
    changedTotals: after.flatMap((a) => {
      const b = before.get(a.awardKey)
      return b && b.obligatedCents !== a.obligatedCents
        ? [{ awardKey: a.awardKey, piid: a.piid, fromCents: b.obligatedCents, toCents: a.obligatedCents }]
        : []
    }),
    removedAwards: [...before.values()]
      .filter((b) => !afterKeys.has(b.awardKey))
      .map((b) => ({ awardKey: b.awardKey, piid: b.piid, cents: b.obligatedCents })),
  }
}

/** True when the diff has nothing to report. */
export const isEmptyDiff = (d: RecordDiff) =>
  d.newAwards.length + d.newModifications.length + d.changedTotals.length + d.removedAwards.length === 0
