import type { ReactNode } from 'react'
import { ApiError } from '../api/client'

/** Shown while data loads; announced politely to screen readers. */
export function Loading({ label }: { label: string }) {
  return (
    <p role="status" className="state state-loading">
      <span className="spinner" aria-hidden="true" />
      Loading {label}…
    </p>
  )
}

/** A failed request: what failed, why, and a Retry that runs the request again. */
export function ErrorState({ what, error, onRetry }: { what: string; error: unknown; onRetry: () => void }) {
  const reason = error instanceof ApiError || error instanceof Error ? error.message : 'Something went wrong.'
  return (
    <div role="alert" className="state state-error">
      <p>
        <strong>Could not load {what}.</strong> {reason}
      </p>
      <button type="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  )
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="state state-empty">{children}</p>
}
