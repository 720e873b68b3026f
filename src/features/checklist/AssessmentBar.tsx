import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { Assessment } from '../../domain/checklist/schema'
import { useAssessmentActions, useAssessmentList } from '../../stores/assessments/assessmentsStore'
import { Link } from '../../components/router'
import { FileActions, type Message } from './FileActions'

function RenameForm({ assessment, onDone }: { assessment: Assessment; onDone: () => void }) {
  const actions = useAssessmentActions()
  const [name, setName] = useState(assessment.name)
  const input = useRef<HTMLInputElement>(null)
  // Keyboard users land in the field they asked for.
  useEffect(() => input.current?.focus(), [])
  const submit = (event: FormEvent) => {
    event.preventDefault()
    actions.assessmentRenamed(assessment.id, name)
    onDone()
  }
  return (
    <form onSubmit={submit} className="rename-form">
      <label htmlFor="assessment-name">New name</label>
      <input id="assessment-name" value={name} onChange={(e) => setName(e.target.value)} required ref={input} />
      <button type="submit">Save name</button>
      <button type="button" className="secondary" onClick={onDone}>
        Cancel
      </button>
    </form>
  )
}

/** Compare this assessment (after) with the one before it in the list (before), or the next if it is first. */
function compareHref(list: Assessment[], id: string): string {
  const index = list.findIndex((a) => a.id === id)
  const other = list[index > 0 ? index - 1 : index + 1]
  const params = new URLSearchParams({ view: 'compare', a: other?.id ?? '', b: id })
  return `/checklist?${params.toString()}`
}

/** Choose, create, rename, duplicate, delete, export, import and share assessments. */
export function AssessmentBar({
  assessment,
  onOpen,
  onCreate,
  onMessage,
}: {
  assessment: Assessment
  onOpen: (id: string) => void
  onCreate: () => void
  onMessage: (message: Message) => void
}) {
  const list = useAssessmentList()
  const actions = useAssessmentActions()
  const [renaming, setRenaming] = useState(false)
  return (
    <section aria-labelledby="assessments-heading" className="assessment-bar">
      <h2 id="assessments-heading">Assessment</h2>
      <div className="bar-row">
        <label htmlFor="assessment-select">Open assessment</label>
        <select id="assessment-select" value={assessment.id} onChange={(e) => onOpen(e.target.value)}>
          {list.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
        <button type="button" onClick={onCreate}>
          New assessment
        </button>
        <button type="button" className="secondary" onClick={() => setRenaming(true)}>
          Rename
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            const id = actions.assessmentDuplicated(assessment.id)
            if (id) onOpen(id)
          }}
        >
          Duplicate
        </button>
        <button type="button" className="secondary" onClick={() => actions.assessmentDeleted(assessment.id)}>
          Delete
        </button>
      </div>
      {list.length > 1 ? (
        <p>
          <Link to={compareHref(list, assessment.id)}>Compare with another assessment</Link> (what changed since the
          last review)
        </p>
      ) : null}
      {renaming ? <RenameForm assessment={assessment} onDone={() => setRenaming(false)} /> : null}
      <FileActions assessment={assessment} onOpen={onOpen} onMessage={onMessage} />
    </section>
  )
}
