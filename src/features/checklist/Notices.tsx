import { StorageNotice as Notice } from '../../components/StorageNotice'
import {
  ASSESSMENTS_STORE_NAME,
  useAssessmentActions,
  useExternalChange,
  useRecentlyDeleted,
} from '../../stores/assessments/assessmentsStore'

/** `answers/A1` -> "the answer to A1", `notes/A1` -> "the note on A1". */
export function describeAssessmentField(path: string): string {
  const [field, item] = path.split('/')
  if (field === 'answers' && item) return `the answer to ${item}`
  if (field === 'notes' && item) return `the note on ${item}`
  if (field === 'name') return 'the assessment’s name'
  return item ? `${field} ${item}` : (field ?? path)
}

/** Says when saving fails, so nobody believes their work is saved when it is not. */
export function StorageNotice() {
  return (
    <Notice
      storeKey={ASSESSMENTS_STORE_NAME}
      what="assessments"
      keepCopy="Export the assessment as JSON to keep a copy"
      describeField={describeAssessmentField}
    />
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
      <p>
        Deleted “{deleted.name}”. You can undo this until you leave or reload the page; after that the deletion is
        final.
      </p>
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
