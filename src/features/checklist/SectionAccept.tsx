import { useState } from 'react'
import { answerLabels, type AnswerValue, type ChecklistSection, type Suggestion } from '../../domain/checklist/schema'
import { useAssessment, useAssessmentActions } from '../../stores/assessments/assessmentsStore'

function Review({
  assessmentId,
  section,
  suggestions,
  onDone,
}: {
  assessmentId: string
  section: ChecklistSection
  suggestions: Map<string, Suggestion>
  onDone: (message: string) => void
}) {
  const assessment = useAssessment(assessmentId)
  const actions = useAssessmentActions()
  const answers = assessment?.answers ?? {}
  const toSet: { itemId: string; value: AnswerValue }[] = []
  const kept: { itemId: string; mine: AnswerValue; suggested: AnswerValue }[] = []
  for (const item of section.items) {
    const suggestion = suggestions.get(item.id)
    if (!suggestion) continue
    const mine = answers[item.id]?.value
    if (mine === undefined) toSet.push({ itemId: item.id, value: suggestion.answer })
    else if (mine !== suggestion.answer) kept.push({ itemId: item.id, mine, suggested: suggestion.answer })
  }
  const confirm = () => {
    actions.answersRecorded(assessmentId, Object.fromEntries(toSet.map((t) => [t.itemId, t.value])))
    onDone(`Set ${toSet.length} answer${toSet.length === 1 ? '' : 's'} in section ${section.id} to the suggestions.`)
  }
  return (
    <div className="accept-review" role="group" aria-label={`Review: accept the suggestions in section ${section.id}`}>
      {toSet.length === 0 ? (
        <p>Nothing to set: every item with a suggestion in this section is already answered.</p>
      ) : (
        <>
          <p>This will set {toSet.length === 1 ? 'one unanswered item' : `${toSet.length} unanswered items`}:</p>
          <ul>
            {toSet.map((t) => (
              <li key={t.itemId}>
                {t.itemId}: {answerLabels[t.value]}
              </li>
            ))}
          </ul>
        </>
      )}
      {kept.length > 0 ? (
        <p>
          Your own answers stay:{' '}
          {kept.map((k) => `${k.itemId} (${answerLabels[k.mine]}; suggested ${answerLabels[k.suggested]})`).join(', ')}.
        </p>
      ) : null}
      <div className="bar-row">
        {toSet.length > 0 ? (
          <button type="button" onClick={confirm}>
            Set {toSet.length} answer{toSet.length === 1 ? '' : 's'}
          </button>
        ) : null}
        <button type="button" className="secondary" onClick={() => onDone('')}>
          Cancel
        </button>
      </div>
    </div>
  )
}

/**
 * "Accept the suggestions in this section", with a review of what it will set before it does.
 * Only unanswered items are set: an answer the person chose is never replaced in bulk.
 */
export function SectionAccept({
  assessmentId,
  section,
  suggestions,
}: {
  assessmentId: string
  section: ChecklistSection
  suggestions: Map<string, Suggestion>
}) {
  const [open, setOpen] = useState(false)
  const [message, setMessage] = useState('')
  if (!section.items.some((i) => suggestions.has(i.id))) return null
  return (
    <div className="section-accept">
      {open ? (
        <Review
          assessmentId={assessmentId}
          section={section}
          suggestions={suggestions}
          onDone={(text) => {
            setOpen(false)
            setMessage(text)
          }}
        />
      ) : (
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setMessage('')
            setOpen(true)
          }}
        >
          Accept the suggestions in section {section.id}…
        </button>
      )}
      <p role="status" className="accept-message">
        {message}
      </p>
    </div>
  )
}
