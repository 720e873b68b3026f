import { useId, useState, type FormEvent } from 'react'
import { COLUMN_FIELDS, FIELD_LABELS, missingFields, type ColumnMapping } from '../../domain/holdings/columns'

/** Lets the user say which column is which when the header is not clear. */
export function ColumnMappingForm({
  headers,
  headerLine,
  initial,
  onSubmit,
}: {
  headers: string[]
  headerLine: number
  initial: ColumnMapping
  onSubmit: (mapping: ColumnMapping) => void
}) {
  const id = useId()
  const [mapping, setMapping] = useState(initial)
  const missing = missingFields(mapping)
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (missing.length === 0) onSubmit(mapping)
  }
  return (
    <form onSubmit={submit} className="mapping-form" aria-labelledby={`${id}-title`}>
      <p>
        <strong id={`${id}-title`}>Column mapping</strong> (header on line {headerLine}). Choose at least one column
        naming the security and one holding the market value or the quantity.
      </p>
      <div className="mapping-grid">
        {COLUMN_FIELDS.map((field) => (
          <div key={field}>
            <label htmlFor={`${id}-${field}`}>{FIELD_LABELS[field]}</label>
            <select
              id={`${id}-${field}`}
              value={mapping[field] ?? ''}
              onChange={(e) =>
                setMapping({ ...mapping, [field]: e.target.value === '' ? null : Number(e.target.value) })
              }
            >
              <option value="">(none)</option>
              {headers.map((h, i) => (
                <option key={i} value={i}>
                  {h || `Column ${i + 1}`}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      {missing.length > 0 && (
        <p className="hint">
          Still needed:{' '}
          {missing.map((m) => (m === 'security' ? 'a security column' : 'a value or quantity column')).join(', ')}.
        </p>
      )}
      <button type="submit" disabled={missing.length > 0}>
        Read the file with these columns
      </button>
    </form>
  )
}
