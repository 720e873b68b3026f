import { useId, useRef, useState, type ChangeEvent, type ClipboardEvent, type FormEvent } from 'react'
import { checkPastedText, MAX_FILE_BYTES, MAX_PASTE_CHARS } from '../../domain/holdings/sniff'
import sampleCsv from './sample-portfolio.csv?raw'
import type { ImportInput } from './importState'

/** The three ways in: a file, pasted text, or the labelled sample portfolio. */
export function PortfolioInput({ disabled, onInput }: { disabled: boolean; onInput: (input: ImportInput) => void }) {
  const fileId = useId()
  const pasteId = useId()
  const fileRef = useRef<HTMLInputElement>(null)
  const [pasted, setPasted] = useState('')
  const [pasteError, setPasteError] = useState<string | null>(null)
  // Checked on the clipboard, before a huge text is put in the field (where it would hang the page).
  const onPasteText = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = event.clipboardData.getData('text')
    const error = checkPastedText(pasted.length + text.length)
    setPasteError(error)
    if (error) event.preventDefault()
  }

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (!file) return
    onInput({ label: file.name, source: 'file', input: { kind: 'file', file } })
    // Choosing the same file again (after fixing it) must fire a change event.
    if (fileRef.current) fileRef.current.value = ''
  }
  const onPaste = (event: FormEvent) => {
    event.preventDefault()
    onInput({ label: 'Pasted text', source: 'paste', input: { kind: 'text', text: pasted } })
  }

  return (
    <div className="holdings-input">
      <div className="holdings-input-file">
        <label htmlFor={fileId}>Portfolio CSV file</label>
        <input
          ref={fileRef}
          id={fileId}
          type="file"
          accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values"
          onChange={onFile}
          disabled={disabled}
          aria-describedby={`${fileId}-hint`}
        />
        <p id={`${fileId}-hint`} className="hint">
          The positions export from your broker or custodian, as downloaded (comma, semicolon or tab separated; up to{' '}
          {MAX_FILE_BYTES / 1024 / 1024} MB).
        </p>
      </div>
      <form onSubmit={onPaste} className="holdings-input-paste">
        <label htmlFor={pasteId}>Or paste CSV text</label>
        <textarea
          id={pasteId}
          rows={4}
          value={pasted}
          onPaste={onPasteText}
          onChange={(e) => {
            const error = checkPastedText(e.target.value.length)
            setPasteError(error)
            if (!error) setPasted(e.target.value)
          }}
          aria-describedby={`${pasteId}-hint`}
          disabled={disabled}
          spellCheck={false}
        />
        <p id={`${pasteId}-hint`} className="hint">
          Up to {(MAX_PASTE_CHARS / 1_000_000).toLocaleString('en-GB')} million characters; choose the file for larger
          exports.
        </p>
        {pasteError ? (
          <p role="alert" className="state state-error">
            {pasteError}
          </p>
        ) : null}
        <button type="submit" disabled={disabled || pasted.trim() === ''}>
          Read pasted text
        </button>
      </form>
      <div>
        <button
          type="button"
          className="secondary"
          disabled={disabled}
          onClick={() =>
            onInput({ label: 'Sample portfolio', source: 'sample', input: { kind: 'text', text: sampleCsv } })
          }
        >
          Use the sample portfolio (sample data)
        </button>
      </div>
    </div>
  )
}
