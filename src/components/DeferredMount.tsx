import { startTransition, useEffect, useState, type ReactNode } from 'react'

/**
 * Renders its children one frame after the view's first paint, as a non-urgent update, so the
 * first chart of a view is drawn without waiting for the figures further down the page. The
 * fallback keeps the space and says what is coming.
 */
export function DeferredMount({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    const frame = requestAnimationFrame(() => startTransition(() => setReady(true)))
    return () => cancelAnimationFrame(frame)
  }, [])
  return ready ? children : fallback
}
