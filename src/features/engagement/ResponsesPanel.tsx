import { useState } from 'react'
import { formatPartialDate } from '../../domain/format/format'
import { responseRate, responseRateText } from '../../domain/engagement/responses'
import { responseStatusSchema, type ResponseStatus } from '../../domain/engagement/schema'
import { useEngagementActions, useResponses } from '../../stores/engagement/store'

function today(): string {
  return new Date().toISOString().slice(0, 10)
}

const short = (text: string) => (text.length > 90 ? `${text.slice(0, 87)}…` : text)

/** The company's response to each question, recorded as data, and the response rate it gives. */
export function ResponsesPanel(props: {
  companyId: string
  companyName: string
  questions: { id: string; label: string; text: string }[]
}) {
  const { companyId, companyName, questions } = props
  const responses = useResponses(companyId)
  const actions = useEngagementActions()
  const [questionId, setQuestionId] = useState('')
  const [status, setStatus] = useState<ResponseStatus>('answered')
  const [date, setDate] = useState(today)
  const [note, setNote] = useState('')
  const [link, setLink] = useState('')
  const [error, setError] = useState('')
  const chosen = questions.find((q) => q.id === questionId) ?? questions[0]
  const recorded = Object.entries(responses)

  return (
    <>
      <h3>The company’s responses</h3>
      <p className="response-rate">{responseRateText(companyName, responseRate(responses))}</p>
      {recorded.length > 0 && (
        <table className="responses">
          <caption>Responses recorded, question by question</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              <th scope="col">Response</th>
              <th scope="col">Date</th>
              <th scope="col">Note and link</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {recorded.map(([id, r]) => (
              <tr key={id}>
                <td>{short(r.question)}</td>
                <td>{r.status}</td>
                <td>{formatPartialDate(r.date)}</td>
                <td>
                  {r.note}
                  {r.link && (
                    <>
                      {' '}
                      <a href={r.link} target="_blank" rel="noreferrer noopener">
                        the response
                      </a>
                    </>
                  )}
                </td>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-label={`Delete the response to “${short(r.question)}”`}
                    onClick={() => actions.responseRemoved(companyId, id)}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {questions.length === 0 ? (
        <p className="state state-empty">No questions on the short list to record a response to.</p>
      ) : (
        <form
          className="log-form"
          onSubmit={(e) => {
            e.preventDefault()
            if (!chosen) return
            if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return setError('Enter the date of the response.')
            if (link.trim() && !/^https?:\/\/\S+$/i.test(link.trim()))
              return setError('The link must start with http:// or https://. Nothing was recorded; your note is kept.')
            setError('')
            actions.responseRecorded(companyId, chosen.id, {
              status,
              date,
              note: note.trim(),
              link: link.trim(),
              question: chosen.text,
            })
            setNote('')
            setLink('')
          }}
        >
          <fieldset>
            <legend>Record a response</legend>
            <label htmlFor="response-question">Question</label>
            <select id="response-question" value={chosen?.id ?? ''} onChange={(e) => setQuestionId(e.target.value)}>
              {questions.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.label}: {short(q.text)}
                </option>
              ))}
            </select>
            <label htmlFor="response-status">The company’s response</label>
            <select id="response-status" value={status} onChange={(e) => setStatus(e.target.value as ResponseStatus)}>
              {responseStatusSchema.options.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
            <label htmlFor="response-date">Date of the response</label>
            <input id="response-date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />
            <label htmlFor="response-note">Note (optional)</label>
            <input id="response-note" type="text" value={note} onChange={(e) => setNote(e.target.value)} />
            <label htmlFor="response-link">Link to the response (optional)</label>
            <input
              id="response-link"
              type="url"
              value={link}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'response-error' : undefined}
              onChange={(e) => setLink(e.target.value)}
            />
            <button type="submit">Record response</button>
            {error && (
              <p id="response-error" role="alert">
                {error}
              </p>
            )}
          </fieldset>
        </form>
      )}
    </>
  )
}
