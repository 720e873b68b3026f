import { useState } from 'react'
import { SourceRefs } from '../../components/SourceRefs'
import { formatPartialDate } from '../../domain/format/format'
import { ladderPosition, sortLog } from '../../domain/engagement/ladder'
import { logKindSchema, type LadderStep, type LogKind } from '../../domain/engagement/schema'
import { useEngagement, useEngagementActions } from '../../stores/engagement/store'
import { ResponsesPanel } from './ResponsesPanel'

function today(): string {
  return new Date().toISOString().slice(0, 10)
}

/** The dated engagement log and where the company stands on the escalation ladder. */
export function EngagementLog(props: {
  companyId: string
  companyName: string
  ladder: LadderStep[]
  questions: { id: string; label: string; text: string }[]
}) {
  const { companyId, companyName, ladder } = props
  const edits = useEngagement(companyId)
  const actions = useEngagementActions()
  const [date, setDate] = useState(today)
  const [kind, setKind] = useState<LogKind>('letter')
  const [note, setNote] = useState('')
  const [error, setError] = useState('')
  const position = ladderPosition(ladder, edits.log)
  const steps = [...ladder].sort((a, b) => a.rank - b.rank)

  return (
    <section aria-labelledby="log-heading">
      <h2 id="log-heading">Engagement log and escalation</h2>
      <h3>Escalation ladder</h3>
      <p>
        {position.current
          ? `${companyName} stands at step ${position.current.rank}: ${position.current.label}.`
          : `No engagement with ${companyName} is logged yet.`}{' '}
        {position.next ? `Next step: ${position.next.label}.` : 'This is the last step.'}
      </p>
      <ol className="ladder" aria-label="Escalation ladder">
        {steps.map((step) => {
          const state =
            position.current && step.rank < position.current.rank
              ? 'done'
              : position.current?.id === step.id
                ? 'current'
                : position.next?.id === step.id
                  ? 'next'
                  : 'later'
          return (
            <li
              key={step.id}
              className={`ladder-step ladder-${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <strong>{step.label}</strong>{' '}
              <span className="ladder-state">({state === 'done' ? 'passed' : state})</span>
              <span className="ladder-description">{step.description}</span>
              <span className="ladder-description">{step.basis}</span>
            </li>
          )
        })}
      </ol>
      <SourceRefs ids={[...new Set(steps.flatMap((s) => s.sourceIds))]} />
      {position.next && (
        <p className="next-due">
          <label htmlFor="next-due">Due date for the next step ({position.next.label})</label>{' '}
          <input
            id="next-due"
            type="date"
            value={edits.nextStepDue ?? ''}
            onChange={(e) => actions.nextStepDueSet(companyId, e.target.value || null)}
          />
          {edits.nextStepDue && edits.nextStepDue < today() && (
            <span className="field-message">
              {' '}
              The due date, {formatPartialDate(edits.nextStepDue)}, has passed: log what happened, or set a new date.
            </span>
          )}
        </p>
      )}

      <ResponsesPanel companyId={companyId} companyName={companyName} questions={props.questions} />
      <h3>Log</h3>
      {edits.log.length === 0 ? (
        <p className="state state-empty">Nothing logged yet. Record a letter, a meeting or a vote below.</p>
      ) : (
        <ol className="log" aria-label="Engagement log">
          {sortLog(edits.log).map((entry) => (
            <li key={entry.id}>
              <time dateTime={entry.date}>{formatPartialDate(entry.date)}</time> <strong>{entry.kind}</strong>
              {entry.note && <span>: {entry.note}</span>}{' '}
              <button
                type="button"
                className="link-button"
                aria-label={`Delete the ${entry.kind} of ${formatPartialDate(entry.date)}`}
                onClick={() => actions.logEntryRemoved(companyId, entry.id)}
              >
                Delete
              </button>
            </li>
          ))}
        </ol>
      )}
      <form
        className="log-form"
        onSubmit={(e) => {
          e.preventDefault()
          if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
            setError('Enter the date of the entry.')
            return
          }
          setError('')
          actions.logEntryAdded(companyId, { date, kind, note: note.trim() })
          setNote('')
        }}
      >
        <fieldset>
          <legend>Add to the log</legend>
          <label htmlFor="log-date">Date</label>
          <input
            id="log-date"
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'log-error' : undefined}
          />
          <label htmlFor="log-kind">What happened</label>
          <select id="log-kind" value={kind} onChange={(e) => setKind(e.target.value as LogKind)}>
            {logKindSchema.options.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
          <label htmlFor="log-note">Note (optional)</label>
          <input id="log-note" type="text" value={note} onChange={(e) => setNote(e.target.value)} />
          <button type="submit">Add to log</button>
          {error && (
            <p id="log-error" role="alert">
              {error}
            </p>
          )}
        </fieldset>
      </form>
    </section>
  )
}
