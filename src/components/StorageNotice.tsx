import { storageProblemDismissed, useStorageProblems, type StorageProblem } from '../stores/storageHealth'

export interface StorageNoticeProps {
  /** The store's key, from STORAGE_KEYS: problems with its items are shown too. */
  storeKey: string
  /** What the store holds, as a person calls it: "assessments", "portfolio". */
  what: string
  /** How to keep a copy by hand, a sentence without its full stop: "Export the assessment as JSON to keep a copy". */
  keepCopy: string
  /** Names a changed field for a person: `notes/A1` -> "the note on A1". */
  describeField?: (path: string) => string
}

function message(problem: StorageProblem, props: StorageNoticeProps): string {
  const { what, keepCopy, describeField = (p: string) => p } = props
  switch (problem.kind) {
    case 'full':
      return `Your browser’s storage is full, so your latest changes to the ${what} are kept in this tab but not saved. ${keepCopy}, or free some space.`
    case 'unavailable':
      return `This browser does not let the dashboard save (storage is off or blocked). You can keep working in this tab. ${keepCopy}.`
    case 'corrupt':
      return `The saved ${what} could not be read, so the stored copy was kept aside untouched (under “${problem.backupKey}” in this browser’s storage) and you are starting afresh.`
    case 'corrupt-unsaved':
      return `The saved ${what} could not be read and could not be copied aside, so nothing will be written over them. Your changes in this tab are not saved. ${keepCopy}.`
    case 'too-large':
      return `${problem.item} is too large to save in this browser (${problem.size}; the limit is ${problem.limit}). It stays in use in this tab until you close or reload it; everything else is saved.${
        problem.keptPrevious ? ' What was saved before stays saved and comes back when you reload.' : ''
      } ${keepCopy}.`
    case 'replaced': {
      const fields = [...new Set(problem.fields.map(describeField))]
      return `Another tab changed ${fields.join(', ')} after this tab did. Its newer change is kept, here and there.`
    }
  }
}

/**
 * The one notice for storage trouble of a persisted store: full, blocked or corrupt storage, an
 * item too large to save, or another tab's newer change replacing this tab's. Says what happened
 * and what is kept, so nobody believes work is saved when it is not.
 */
export function StorageNotice(props: StorageNoticeProps) {
  const problems = useStorageProblems(props.storeKey)
  if (problems.length === 0) return null
  return (
    <>
      {problems.map(([key, problem]) => (
        <div role="alert" className="notice notice-warning" key={key}>
          <p>{message(problem, props)}</p>
          <button type="button" className="secondary" onClick={() => storageProblemDismissed(key)}>
            Dismiss
          </button>
        </div>
      ))}
    </>
  )
}
