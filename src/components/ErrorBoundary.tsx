import { Component, createContext, useContext, type ErrorInfo, type ReactNode } from 'react'

interface Props {
  /** What failed, for the message: "the Claims view", "the dashboard". */
  what: string
  children: ReactNode
}

interface State {
  error: Error | null
  attempt: number
}

/*
 * Load attempts: every boundary, and every Retry, starts a new attempt. Something loaded lazily
 * under a boundary (a view's chunk) that failed in an earlier attempt is fetched again, while
 * React's own re-renders within one attempt see the same failure and show it.
 */
let attempts = 0
const nextAttempt = () => (attempts += 1)
const LoadAttempt = createContext(0)

/** The current load attempt of the closest boundary (see retryingPage in app/routes). */
export function useLoadAttempt(): number {
  return useContext(LoadAttempt)
}

/** The latest attempt of any boundary: for loads started outside rendering (preloading). */
export function latestLoadAttempt(): number {
  return attempts
}

/** A lazily loaded chunk that the browser could not fetch (offline, a deploy replaced it, a network error). */
export function isChunkLoadError(error: Error): boolean {
  return /dynamically imported module|Importing a module script failed|Failed to fetch|error loading/i.test(
    error.message,
  )
}

/**
 * Catches a render error or a failed view load below it and shows what failed with a Retry,
 * instead of a blank page. Retry renders the children again (a failed lazy view is fetched again).
 */
export class ErrorBoundary extends Component<Props, State> {
  state: State = { error: null, attempt: nextAttempt() }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`Error in ${this.props.what}`, error, info.componentStack)
  }

  retry = (): void => this.setState({ error: null, attempt: nextAttempt() })

  render() {
    const { error } = this.state
    if (!error) return <LoadAttempt value={this.state.attempt}>{this.props.children}</LoadAttempt>
    const reason = isChunkLoadError(error)
      ? 'Its code could not be downloaded: check your connection, then try again.'
      : 'Something went wrong while showing it. Trying again may help; your saved work is kept.'
    return (
      <div role="alert" className="state state-error">
        <p>
          <strong>Could not show {this.props.what}.</strong> {reason}
        </p>
        <button type="button" onClick={this.retry}>
          Retry
        </button>
      </div>
    )
  }
}
