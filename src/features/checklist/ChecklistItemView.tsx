import { memo } from 'react'
import { answerLabels, answerValues, type ChecklistItem, type Suggestion } from '../../domain/checklist/schema'
import { SourceRefs, UnverifiedNote } from '../../components/SourceRefs'
import {
  useAssessmentActions,
  useAssessmentCompanyId,
  useItemAnswer,
  useItemNote,
} from '../../stores/assessments/assessmentsStore'
import { HoldingsEvidence } from './HoldingsEvidence'

function SuggestionBox({
  suggestion,
  answer,
  hasNote,
  onAccept,
}: {
  suggestion: Suggestion
  answer: string | null
  hasNote: boolean
  onAccept: () => void
}) {
  const agrees = answer === suggestion.answer
  return (
    <div className="suggestion">
      <p>
        <strong>Suggested: {answerLabels[suggestion.answer]}</strong>
        {suggestion.disputed ? <span className="badge badge-disputed">Disputed</span> : null} {suggestion.summary}
      </p>
      <ul className="evidence">
        {suggestion.evidence.map((e) => (
          <li key={e.text}>
            {e.text} <SourceRefs ids={e.sourceIds} /> <UnverifiedNote verification={e.verification} inline />
          </li>
        ))}
      </ul>
      {answer !== null && !agrees ? (
        <p className="disagreement">
          <span aria-hidden="true">≠ </span>Your answer differs from the suggestion
          {hasNote ? '; your note records why.' : ': add a note saying why.'}
        </p>
      ) : null}
      {agrees ? (
        <p className="agreement">You accepted this suggestion.</p>
      ) : (
        <button type="button" className="secondary" onClick={onAccept}>
          Accept suggestion ({answerLabels[suggestion.answer]})
        </button>
      )}
    </div>
  )
}

/**
 * One checklist item: a radio group labelled by its question, its frameworks, the suggestion and
 * its sources, and the user's note. Subscribes to its own answer only, so answering one item
 * re-renders one item.
 */
export const ChecklistItemView = memo(function ChecklistItemView({
  assessmentId,
  item,
  suggestion,
  redFlagItem,
}: {
  assessmentId: string
  item: ChecklistItem
  suggestion: Suggestion | undefined
  redFlagItem: boolean
}) {
  const answer = useItemAnswer(assessmentId, item.id)
  const companyId = useAssessmentCompanyId(assessmentId) ?? ''
  const note = useItemNote(assessmentId, item.id)
  const actions = useAssessmentActions()
  const questionId = `q-${item.id}`
  const noteId = `note-${item.id}`
  return (
    // The item is a link target (`/checklist#D18` from a claim): the router moves focus to it.
    <li id={item.id} tabIndex={-1} className="checklist-item" data-answered={answer !== null}>
      <div role="radiogroup" aria-labelledby={questionId} className="item-answers">
        <p id={questionId} className="item-question">
          <span className="item-id">{item.id}.</span> {item.question}
        </p>
        <p className="item-meta">
          {item.frameworks.map((f) => (
            <span key={f} className="badge badge-framework">
              {f}
            </span>
          ))}
          <span className="item-weight">weight {item.weight}</span>
          {redFlagItem ? (
            <span className="badge badge-flag">
              <span aria-hidden="true">⚑ </span>Red-flag item
            </span>
          ) : null}
        </p>
        {item.guidance ? <p className="item-guidance">{item.guidance}</p> : null}
        {item.evidenceFrom === 'holdings' ? <HoldingsEvidence companyId={companyId} /> : null}
        <div className="radio-row">
          {answerValues.map((value) => (
            <label key={value} className="radio">
              <input
                type="radio"
                name={`answer-${item.id}`}
                value={value}
                checked={answer === value}
                onChange={() => actions.answerRecorded(assessmentId, item.id, value)}
              />
              {answerLabels[value]}
            </label>
          ))}
          {answer !== null ? (
            <button
              type="button"
              className="link-button"
              onClick={() => actions.answerCleared(assessmentId, item.id)}
              aria-label={`Clear the answer to ${item.id}`}
            >
              Clear
            </button>
          ) : null}
        </div>
      </div>
      {suggestion ? (
        <SuggestionBox
          suggestion={suggestion}
          answer={answer}
          hasNote={note.trim() !== ''}
          onAccept={() => actions.answerRecorded(assessmentId, item.id, suggestion.answer)}
        />
      ) : null}
      <label htmlFor={noteId} className="note-label">
        Your note on {item.id}
      </label>
      <textarea
        id={noteId}
        rows={2}
        value={note}
        onChange={(e) => actions.noteEdited(assessmentId, item.id, e.target.value)}
      />
    </li>
  )
})
