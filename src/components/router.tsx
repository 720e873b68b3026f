import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react'

/*
 * A small history-API router: real URLs, back/forward, bookmarkable views and query-string
 * state, for a few hundred bytes instead of a router library on the first route.
 */

const listeners = new Set<() => void>()

function notify(): void {
  listeners.forEach((l) => l())
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

/** Goes to `to` (path plus optional query), adding a history entry unless `replace`. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) window.history.replaceState(null, '', to)
  else window.history.pushState(null, '', to)
  notify()
}

export function usePathname(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.pathname,
    () => '/',
  )
}

export function useSearch(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => '',
  )
}

/** Reads one query parameter; `setParam` replaces it in the URL (null removes it). */
export function useSearchParam(name: string): [string | null, (value: string | null) => void] {
  const search = useSearch()
  const value = new URLSearchParams(search).get(name)
  const setParam = (next: string | null) => {
    const params = new URLSearchParams(window.location.search)
    if (next === null || next === '') params.delete(name)
    else params.set(name, next)
    const query = params.toString()
    navigate(`${window.location.pathname}${query ? `?${query}` : ''}`, { replace: true })
  }
  return [value, setParam]
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string }

/** An ordinary link that navigates in the page; modified clicks (new tab) behave as usual. */
export function Link({ to, onClick, children, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return
    event.preventDefault()
    navigate(to)
  }
  return (
    <a href={to} onClick={handleClick} {...rest}>
      {children}
    </a>
  )
}
