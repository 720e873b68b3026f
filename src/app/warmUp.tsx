import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { startTransition, type ReactNode } from 'react'
import { createRoot } from 'react-dom/client'

/** The render is over when its DOM has not changed for this long. */
const QUIET_MS = 150
/** And in any case after this long. */
const MAX_MS = 3000

/**
 * Renders `node` once where no one sees, hears, clicks or finds it, then removes it, so that the
 * code it runs (the chart library's, above all) has run once before a person opens the view: the
 * browser compiles a library's functions on their first call, and that first call is what made the
 * first switch to a chart view slow. Run in idle time only, after the first view is on screen.
 *
 * The host is in the document (charts measure their container: a detached element measures 0 and
 * draws nothing) but fixed off screen, invisible, inert and hidden from assistive technology, and
 * the content sits in a closed shadow root, so no selector, test locator or accessibility check
 * of the page reaches it. Nothing is shown or announced.
 */
export function warmUpOffscreen(node: ReactNode, queryClient: QueryClient): Promise<void> {
  const host = document.createElement('div')
  host.setAttribute('aria-hidden', 'true')
  host.inert = true
  // Set through the style object, which the page's Content-Security-Policy allows (a style attribute it would refuse).
  Object.assign(host.style, {
    position: 'fixed',
    top: '0',
    left: '-10000px',
    width: '960px',
    visibility: 'hidden',
    pointerEvents: 'none',
  })
  const container = document.createElement('div')
  host.attachShadow({ mode: 'closed' }).append(container)
  document.body.append(host)
  const root = createRoot(container)
  return new Promise<void>((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined
    const done = () => {
      observer.disconnect()
      clearTimeout(quiet)
      clearTimeout(max)
      root.unmount()
      host.remove()
      resolve()
    }
    const observer = new MutationObserver(() => {
      clearTimeout(quiet)
      quiet = setTimeout(done, QUIET_MS)
    })
    observer.observe(container, { childList: true, subtree: true, attributes: true })
    const max = setTimeout(done, MAX_MS)
    // A transition: a click or key press during the warm-up is handled first.
    startTransition(() => root.render(<QueryClientProvider client={queryClient}>{node}</QueryClientProvider>))
  })
}
