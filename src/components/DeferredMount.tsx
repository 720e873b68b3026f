import { useEffect, useState, type ReactNode } from 'react'

/**
 * Renders its children just after the view's first paint, so the first chart of a view is drawn
 * without waiting for the figures further down the page. The fallback keeps the space and says
 * what is coming.
 *
 * The mount is an ordinary update, not a transition: a transition is restarted by every urgent
 * update (the first chart's own renders, a resize), so on a busy 2-core machine it could wait for
 * seconds. A timer after the next frame runs once the browser has painted; the second timer covers
 * a hidden tab, where frames do not run.
 */
export function DeferredMount({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const [ready, setReady] = useState(false)
  useEffect(() => {
    let afterPaint: ReturnType<typeof setTimeout> | undefined
    const show = () => setReady(true)
    const frame = requestAnimationFrame(() => {
      afterPaint = setTimeout(show, 0)
    })
    const hidden = setTimeout(show, 250)
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(afterPaint)
      clearTimeout(hidden)
    }
  }, [])
  return ready ? children : fallback
}
