import { ENGAGEMENT_STORE_NAME } from '../../stores/engagement/store'
import { storageProblemDismissed, useStorageProblem, type StorageProblem } from '../../stores/storageHealth'

function message(problem: StorageProblem): string {
  switch (problem.kind) {
    case 'full':
      return 'Your browser’s storage is full, so your latest questions and log entries are kept in this tab but not saved. Download the questions as Markdown to keep a copy, or free some space.'
    case 'unavailable':
      return 'This browser does not let the dashboard save (storage is off or blocked). You can keep working; download the questions before you close the tab.'
    case 'corrupt':
      return `The saved questions and engagement log could not be read, so they were kept aside untouched (under “${problem.backupKey}” in this browser’s storage) and you are starting afresh.`
    case 'corrupt-unsaved':
      return 'The saved questions and engagement log could not be read or copied aside, so nothing will be written over them. Your changes in this tab are not saved.'
  }
}

/** Says when the engagement work cannot be saved, so nobody believes it is saved when it is not. */
export function StorageNotice() {
  const problem = useStorageProblem(ENGAGEMENT_STORE_NAME)
  if (!problem) return null
  return (
    <div role="alert" className="notice notice-warning">
      <p>{message(problem)}</p>
      <button type="button" className="secondary" onClick={() => storageProblemDismissed(ENGAGEMENT_STORE_NAME)}>
        Dismiss
      </button>
    </div>
  )
}
