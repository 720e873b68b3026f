import { useEffect } from 'react'

/**
 * Calls `onPainted` once the first committed frame has been painted: an effect runs after the
 * commit, the animation frame comes before the paint, the timeout after it. A hidden tab gets no
 * frames, so a fallback timer resolves it anyway.
 */
export function AfterFirstPaint({ onPainted }: { onPainted: () => void }) {
  useEffect(() => {
    let timer = 0
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(onPainted, 0)
    })
    const fallback = window.setTimeout(onPainted, 500)
    return () => {
      cancelAnimationFrame(frame)
      window.clearTimeout(timer)
      window.clearTimeout(fallback)
    }
  }, [onPainted])
  return null
}
