import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { sourceQueries } from '../../api/sources'
import { downloadBlob } from '../../components/download'
import type { ArrangedQuestions } from '../../domain/engagement/edits'
import {
  AUDIENCE_LABEL,
  buildLetter,
  letterProblems,
  letterToMarkdown,
  letterToText,
} from '../../domain/engagement/letter'
import type { Audience, ContextFact } from '../../domain/engagement/schema'
import { useAudienceList, useEngagementActions } from '../../stores/engagement/store'
import { useSettingsActions, useUserSettings } from '../../stores/settings/store'

function today(): string {
  return new Date().toISOString().slice(0, 10)
}

const slugify = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/**
 * The chosen audience's short list as a complete letter: addressee and response date (kept per
 * audience), the person's name and organisation (kept in settings), a preview, and exports as
 * .docx, Markdown and plain text.
 */
export function LetterPanel(props: {
  companyId: string
  companyName: string
  audience: Audience
  arranged: ArrangedQuestions
  context: ContextFact[]
  assessmentName: string | null
  band: string | null
}) {
  const { companyId, companyName, audience, arranged } = props
  const { list } = useAudienceList(companyId)
  const actions = useEngagementActions()
  const settings = useUserSettings()
  const settingsActions = useSettingsActions()
  const sources = useQuery(sourceQueries.list())
  const [message, setMessage] = useState('')
  const date = today()

  const shortQuestions = arranged.shortList.flatMap((g) => g.questions)
  const letter = buildLetter({
    companyName,
    audience,
    assessmentName: props.assessmentName,
    band: props.band,
    date,
    recipient: list.recipient,
    respondBy: list.respondBy,
    sender: settings,
    context: props.context,
    groups: arranged.shortList.map((g) => ({ theme: g.theme, questions: g.questions.filter((q) => !q.empty) })),
    sources: sources.data ?? [],
  })
  const problems = letterProblems({
    today: date,
    respondBy: list.respondBy,
    senderName: settings.name,
    organisation: settings.organisation,
    questionCount: shortQuestions.filter((q) => !q.empty).length,
    emptyCount: shortQuestions.filter((q) => q.empty).length,
  })
  const pastDate = list.respondBy !== null && list.respondBy < date
  const fileBase = `${slugify(companyName)}-letter-to-${slugify(AUDIENCE_LABEL[audience])}-${date}`
  const disabled = shortQuestions.length === 0 || !sources.data

  const exportDocx = async () => {
    setMessage('Preparing the Word document…')
    try {
      const { letterToDocx } = await import('./letterDocx')
      downloadBlob(await letterToDocx(letter), `${fileBase}.docx`)
      setMessage('The letter was saved as a Word document.')
    } catch {
      setMessage('The Word document could not be made. Download the letter as Markdown or text instead.')
    }
  }
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(letterToText(letter))
      setMessage('The letter was copied to the clipboard as text.')
    } catch {
      setMessage('The browser did not allow copying. Use a download instead.')
    }
  }

  return (
    <section aria-labelledby="letter-heading" className="letter-panel">
      <h2 id="letter-heading">Letter to {AUDIENCE_LABEL[audience]}</h2>
      <p className="hint">The letter carries the short list, by theme, in your order.</p>
      <div className="letter-fields">
        <label htmlFor="letter-recipient">Addressed to (one line each: name, role, address)</label>
        <textarea
          id="letter-recipient"
          rows={3}
          value={list.recipient}
          onChange={(e) => actions.recipientChanged(companyId, audience, e.target.value)}
        />
        <label htmlFor="letter-respond-by">Response requested by</label>
        <input
          id="letter-respond-by"
          type="date"
          value={list.respondBy ?? ''}
          aria-invalid={pastDate ? true : undefined}
          onChange={(e) => actions.respondBySet(companyId, audience, e.target.value || null)}
        />
        <label htmlFor="settings-name">Your name</label>
        <input
          id="settings-name"
          type="text"
          autoComplete="name"
          value={settings.name}
          onChange={(e) => settingsActions.nameChanged(e.target.value)}
        />
        <label htmlFor="settings-organisation">Your organisation</label>
        <input
          id="settings-organisation"
          type="text"
          autoComplete="organization"
          value={settings.organisation}
          onChange={(e) => settingsActions.organisationChanged(e.target.value)}
        />
      </div>
      {problems.length > 0 && (
        <div className="letter-problems">
          <h3>Before you send</h3>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <details>
        <summary>Preview the letter</summary>
        <pre className="letter-preview" aria-label="Letter preview">
          {letterToText(letter)}
        </pre>
      </details>
      <div className="button-row">
        <button type="button" disabled={disabled} onClick={() => void exportDocx()}>
          Download the letter (.docx)
        </button>
        <button
          type="button"
          disabled={disabled}
          onClick={() =>
            downloadBlob(new Blob([letterToMarkdown(letter)], { type: 'text/markdown' }), `${fileBase}.md`)
          }
        >
          Download the letter (Markdown)
        </button>
        <button
          type="button"
          disabled={disabled}
          onClick={() => downloadBlob(new Blob([letterToText(letter)], { type: 'text/plain' }), `${fileBase}.txt`)}
        >
          Download the letter (plain text)
        </button>
        <button type="button" className="secondary" disabled={disabled} onClick={() => void copy()}>
          Copy the letter as text
        </button>
      </div>
      <p role="status">{message}</p>
    </section>
  )
}
