import { useId, useState, type FormEvent } from 'react'
import { usePortfolioActions } from '../../stores/portfolio/portfolioStore'

/** A rate between another currency and the account's, kept with the portfolio; empty removes it. */
export function RateForm({ code, account, current }: { code: string; account: string; current: number | undefined }) {
  const id = useId()
  const { rateEntered } = usePortfolioActions()
  const [text, setText] = useState(current ? String(current) : '')
  const [error, setError] = useState<string | null>(null)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    const rate = Number(text.replace(',', '.'))
    if (text.trim() === '') return rateEntered(code, null)
    if (!Number.isFinite(rate) || rate <= 0) return setError('Enter a positive number, such as 0.92.')
    setError(null)
    rateEntered(code, rate)
  }
  return (
    <form onSubmit={submit} className="rate-form">
      <label htmlFor={id}>
        {account} per 1 {code}
      </label>{' '}
      <input
        id={id}
        inputMode="decimal"
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-describedby={error ? `${id}-error` : undefined}
      />{' '}
      <button type="submit" className="secondary">
        Use this rate
      </button>
      {error && (
        <span id={`${id}-error`} role="alert">
          {' '}
          {error}
        </span>
      )}
    </form>
  )
}
