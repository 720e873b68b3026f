import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { sourceQueries } from '../../api/sources'
import { downloadBlob } from '../../components/download'
import type { EditedQuestion } from '../../domain/engagement/edits'
import { questionsToMarkdown, questionsToText } from '../../domain/engagement/export'
import type { Audience } from '../../domain/engagement/schema'

/** Markdown and plain-text export of the list as shown, to a file or the clipboard. */
export function ExportQuestions(props: { companyName: string; audience: Audience; questions: EditedQuestion[] }) {
  const sources = useQuery(sourceQueries.list())
  const [message, setMessage] = useState('')
  const input = { ...props, sources: sources.data ?? [] }
  const slug = props.companyName.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  const disabled = props.questions.length === 0 || !sources.data

  const copy = async (text: string, what: string) => {
    try {
      await navigator.clipboard.writeText(text)
      setMessage(`${what} copied to the clipboard.`)
    } catch {
      setMessage('The browser did not allow copying. Use a download instead.')
    }
  }

  return (
    <div className="export-questions">
      <h3>Take the questions away</h3>
      <div className="button-row">
        <button
          type="button"
          disabled={disabled}
          onClick={() =>
            downloadBlob(
              new Blob([questionsToMarkdown(input)], { type: 'text/markdown' }),
              `${slug}-engagement-questions.md`,
            )
          }
        >
          Download Markdown
        </button>
        <button
          type="button"
          disabled={disabled}
          onClick={() =>
            downloadBlob(new Blob([questionsToText(input)], { type: 'text/plain' }), `${slug}-engagement-questions.txt`)
          }
        >
          Download plain text
        </button>
        <button
          type="button"
          className="secondary"
          disabled={disabled}
          onClick={() => void copy(questionsToMarkdown(input), 'Markdown')}
        >
          Copy as Markdown
        </button>
        <button
          type="button"
          className="secondary"
          disabled={disabled}
          onClick={() => void copy(questionsToText(input), 'Text')}
        >
          Copy as text
        </button>
      </div>
      <p role="status">{message}</p>
    </div>
  )
}
