import { SourceRefs } from '../../components/SourceRefs'
import type { EditedQuestion } from '../../domain/engagement/edits'

export interface QuestionControls {
  /** "Question 3" or "Appendix question 2": the label and every button name use it. */
  label: string
  canMoveUp: boolean
  canMoveDown: boolean
  inShortList: boolean
  onReword: (text: string) => void
  onRestore: () => void
  onMove: (delta: number) => void
  onRemove: () => void
  onToggleList: () => void
}

/** One question: its wording to edit, the company's earlier answer when there is one, what it cites, its controls. */
export function QuestionCard({ q, c }: { q: EditedQuestion; c: QuestionControls }) {
  const fieldId = `q-${q.id}`
  return (
    <li className="question">
      <label htmlFor={fieldId} className="question-label">
        {c.label}
        {q.edited ? ' (reworded by you)' : ''}
      </label>
      {q.priorAnswer && (
        <div className="prior-answer">
          <p>
            <strong>Already answered.</strong> {q.priorAnswer.origin}
            {q.priorAnswer.published ? ':' : '.'}
          </p>
          {q.priorAnswer.published && <blockquote>{q.priorAnswer.published}</blockquote>}
          <p>The company’s answer ({q.priorAnswer.answer.citation}):</p>
          <blockquote>{q.priorAnswer.answer.text}</blockquote>
          <SourceRefs ids={q.priorAnswer.answer.sourceIds} />
          <p className="hint">The question below asks what that answer leaves open.</p>
        </div>
      )}
      <textarea
        id={fieldId}
        value={q.text}
        rows={4}
        aria-invalid={q.empty ? true : undefined}
        aria-describedby={q.empty ? `${fieldId}-empty` : undefined}
        onChange={(e) => c.onReword(e.target.value)}
      />
      {q.empty && (
        <p id={`${fieldId}-empty`} className="field-message" role="status">
          This question is empty, so it is left out of the letter. The suggested wording is kept:{' '}
          <button type="button" className="link-button" onClick={c.onRestore}>
            Restore the suggested wording
          </button>
        </p>
      )}
      {q.edited && !q.empty && !q.custom && (
        <button type="button" className="link-button" onClick={c.onRestore}>
          Restore the suggested wording of {c.label.toLowerCase()}
        </button>
      )}
      <p className="question-cites">
        Theme: {q.theme}. Cites: {q.cites}
      </p>
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
          disabled={!c.canMoveUp}
          aria-label={`Move ${c.label.toLowerCase()} up`}
          onClick={() => c.onMove(-1)}
        >
          Move up
        </button>
        <button
          type="button"
          className="secondary"
          data-move={`${q.id}:1`}
          disabled={!c.canMoveDown}
          aria-label={`Move ${c.label.toLowerCase()} down`}
          onClick={() => c.onMove(1)}
        >
          Move down
        </button>
        <button type="button" className="secondary" aria-label={`Remove ${c.label.toLowerCase()}`} onClick={c.onRemove}>
          Remove
        </button>
        <button type="button" className="secondary" onClick={c.onToggleList}>
          {c.inShortList
            ? `Move ${c.label.toLowerCase()} to the appendix`
            : `Promote ${c.label.toLowerCase()} to the short list`}
        </button>
      </div>
    </li>
  )
}
