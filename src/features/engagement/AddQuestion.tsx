import { useState } from 'react'
import { themeHeading } from '../../domain/engagement/letter'
import { themeSchema, type Audience, type Theme } from '../../domain/engagement/schema'
import { useEngagementActions } from '../../stores/engagement/store'

/** Adds the person's own question to the audience's short list, under a theme they choose. */
export function AddQuestion({ companyId, audience }: { companyId: string; audience: Audience }) {
  const actions = useEngagementActions()
  const [draft, setDraft] = useState('')
  const [theme, setTheme] = useState<Theme>('governance')
  const [message, setMessage] = useState('')
  return (
    <form
      className="add-question"
      onSubmit={(e) => {
        e.preventDefault()
        if (!draft.trim()) {
          setMessage('Write the question first: an empty question is not added.')
          return
        }
        actions.questionAdded(companyId, audience, draft.trim(), theme)
        setDraft('')
        setMessage(`Your question was added to the short list under ${themeHeading(theme)}.`)
      }}
    >
      <label htmlFor="new-question">Add your own question</label>
      <textarea id="new-question" rows={2} value={draft} onChange={(e) => setDraft(e.target.value)} />
      <label htmlFor="new-question-theme">Theme</label>
      <select id="new-question-theme" value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
        {themeSchema.options.map((t) => (
          <option key={t} value={t}>
            {themeHeading(t)}
          </option>
        ))}
      </select>
      <button type="submit">Add question</button>
      <p role="status">{message}</p>
    </form>
  )
}
