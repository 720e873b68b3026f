import { storageProblemDismissed, useStorageProblem, type StorageProblem } from '../../stores/storageHealth'
import {
  ASSESSMENTS_STORE_NAME,
  useAssessmentActions,
  useExternalChange,
  useRecentlyDeleted,
} from '../../stores/assessments/assessmentsStore'

function storageMessage(problem: StorageProblem): string {
  switch (problem.kind) {
    case 'full':
      return 'Your browser’s storage is full, so your latest changes are kept in this tab but not saved. Export the assessment as JSON to keep a copy, or free some space.'
    case 'unavailable':
      return 'This browser does not let the dashboard save (storage is off or blocked). You can keep working; export the assessment as JSON before you close the tab.'
    case 'corrupt':
      return `The saved assessments could not be read, so they were kept aside untouched (under “${problem.backupKey}” in this browser’s storage) and you are starting afresh.`
    case 'corrupt-unsaved':
      return 'The saved assessments could not be read and could not be copied aside, so nothing will be written over them. Your changes in this tab are not saved; export them as JSON.'
  }
}

/** Says when saving fails, so nobody believes their work is saved when it is not. */
export function StorageNotice() {
  const problem = useStorageProblem(ASSESSMENTS_STORE_NAME)
  if (!problem) return null
  return (
    <div role="alert" className="notice notice-warning">
      <p>{storageMessage(problem)}</p>
      <button type="button" className="secondary" onClick={() => storageProblemDismissed(ASSESSMENTS_STORE_NAME)}>
        Dismiss
      </button>
    </div>
  )
}

/** Another tab changed or deleted the assessment shown here. */
export function ExternalChangeNotice({ onOpen }: { onOpen: (id: string) => void }) {
  const change = useExternalChange()
  const actions = useAssessmentActions()
  if (!change) return null
  return (
    <div role="alert" className="notice notice-warning">
      {change.deleted ? (
        <>
          <p>Another tab deleted “{change.name}”.</p>
          <button
            type="button"
            onClick={() => {
              onOpen(actions.assessmentImported(change.snapshot))
              actions.externalChangeAcknowledged()
            }}
          >
            Keep it here
          </button>{' '}
        </>
      ) : (
        <p>Another tab changed “{change.name}”: this view now shows its latest answers.</p>
      )}
      <button type="button" className="secondary" onClick={actions.externalChangeAcknowledged}>
        Dismiss
      </button>
    </div>
  )
}

/** "Deleted X. Undo" after a deletion. */
export function DeletedNotice({ onRestored }: { onRestored: (id: string) => void }) {
  const deleted = useRecentlyDeleted()
  const actions = useAssessmentActions()
  if (!deleted) return null
  return (
    <div role="status" className="notice">
      <p>Deleted “{deleted.name}”.</p>
      <button
        type="button"
        onClick={() => {
          const id = actions.deletionUndone()
          if (id) onRestored(id)
        }}
      >
        Undo delete
      </button>{' '}
      <button type="button" className="secondary" onClick={actions.deletionNoticeDismissed}>
        Dismiss
      </button>
    </div>
  )
}
