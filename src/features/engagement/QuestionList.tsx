import { useRef, useState } from 'react'
import { SourceRefs } from '../../components/SourceRefs'
import type { EditedQuestion } from '../../domain/engagement/edits'
import { useEngagementActions } from '../../stores/engagement/store'

/** The editable, reorderable question list; every control works from the keyboard. */
export function QuestionList({ companyId, questions }: { companyId: string; questions: EditedQuestion[] }) {
  const actions = useEngagementActions()
  const [announcement, setAnnouncement] = useState('')
  const [lastRemoved, setLastRemoved] = useState<string | null>(null)
  const [draft, setDraft] = useState('')
  const listRef = useRef<HTMLOListElement>(null)
  const shownIds = questions.map((q) => q.id)

  const move = (id: string, delta: number, index: number) => {
    actions.questionMoved(companyId, shownIds, id, delta)
    setAnnouncement(`Question moved to position ${index + 1 + delta} of ${questions.length}.`)
    // Keep focus on the same button of the moved question, as it changes place.
    requestAnimationFrame(() => {
      const button = listRef.current?.querySelector<HTMLButtonElement>(`[data-move="${id}:${delta}"]`)
      button?.focus()
    })
  }

  return (
    <>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {lastRemoved && (
        <p role="status" className="undo-bar">
          Question removed.{' '}
          <button
            type="button"
            className="secondary"
            onClick={() => {
              actions.removalUndone(companyId, lastRemoved)
              setLastRemoved(null)
            }}
          >
            Undo
          </button>
        </p>
      )}
      {questions.length === 0 ? (
        <p className="state state-empty">No questions: every question was removed. Add your own below.</p>
      ) : (
        <ol className="questions" aria-label="Engagement questions" ref={listRef}>
          {questions.map((q, i) => (
            <li key={q.id} className="question">
              <label htmlFor={`q-${q.id}`} className="question-label">
                Question {i + 1}
                {q.edited ? ' (reworded by you)' : ''}
              </label>
              <textarea
                id={`q-${q.id}`}
                value={q.text}
                rows={3}
                onChange={(e) => actions.questionReworded(companyId, q.id, e.target.value)}
              />
              <p className="question-cites">Cites: {q.cites}</p>
              {q.evidence.length > 0 && (
                <details>
                  <summary>Evidence ({q.evidence.length})</summary>
                  <ul>
                    {q.evidence.map((e) => (
                      <li key={e.text}>
                        {e.text}
                        <SourceRefs ids={e.sourceIds} />
                      </li>
                    ))}
                  </ul>
                </details>
              )}
              {q.evidence.length === 0 && q.sourceIds.length > 0 && <SourceRefs ids={q.sourceIds} />}
              <div className="question-actions">
                <button
                  type="button"
                  className="secondary"
                  data-move={`${q.id}:-1`}
                  disabled={i === 0}
                  aria-label={`Move question ${i + 1} up`}
                  onClick={() => move(q.id, -1, i)}
                >
                  Move up
                </button>
                <button
                  type="button"
                  className="secondary"
                  data-move={`${q.id}:1`}
                  disabled={i === questions.length - 1}
                  aria-label={`Move question ${i + 1} down`}
                  onClick={() => move(q.id, 1, i)}
                >
                  Move down
                </button>
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Remove question ${i + 1}`}
                  onClick={() => {
                    actions.questionRemoved(companyId, q.id)
                    setLastRemoved(q.id)
                  }}
                >
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <form
        className="add-question"
        onSubmit={(e) => {
          e.preventDefault()
          if (!draft.trim()) return
          actions.questionAdded(companyId, draft.trim())
          setDraft('')
          setAnnouncement('Your question was added at the end of the list.')
        }}
      >
        <label htmlFor="new-question">Add your own question</label>
        <textarea id="new-question" rows={2} value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit">Add question</button>
      </form>
    </>
  )
}
