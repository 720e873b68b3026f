import { useSyncExternalStore } from 'react'

const QUERY = '(max-width: 480px)'

function subscribe(onChange: () => void): () => void {
  const list = window.matchMedia(QUERY)
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
    () => window.matchMedia(QUERY).matches,
    () => false,
  )
}
