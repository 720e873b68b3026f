import type { ReactNode } from 'react'
import './scrollRegion.css'

/**
 * A box that scrolls sideways on a narrow screen (a wide table on a phone). It is a labelled
 * region that takes keyboard focus, so it can be scrolled with the arrow keys and not only with a
 * mouse or a finger (axe: scrollable-region-focusable), and a screen reader names what it holds.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    // A region is not interactive, but one that may scroll must be reachable by keyboard: the one
    // place the app puts a non-interactive element in the tab order.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be focusable (axe scrollable-region-focusable)
    <div className="scroll-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  )
}
