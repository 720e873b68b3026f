import { useSyncExternalStore } from 'react'

const QUERY = '(max-width: 480px)'

/** Media queries, where the environment has them (every browser; not jsdom or an embedded view). */
function mediaList(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null
}

function subscribe(onChange: () => void): () => void {
  const list = mediaList()
  if (!list) return () => {}
  list.addEventListener('change', onChange)
  return () => list.removeEventListener('change', onChange)
}

/**
 * True on a phone-sized screen: charts then give their axis labels and direct labels less room
 * instead of squeezing the bars to nothing. A media query, so nothing is measured.
 */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => mediaList()?.matches ?? false,
    () => false,
  )
}
