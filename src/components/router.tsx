import { useEffect, useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react'

/*
 * A small history-API router: real URLs, back/forward, bookmarkable views and query-string
 * state, for a few hundred bytes instead of a router library on the first route.
 */

const listeners = new Set<() => void>()
/** Counts in-app navigations, so following the same hash link twice lands twice. */
let navigations = 0

function notify(followed: boolean): void {
  if (followed) navigations += 1
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
  notify(!options.replace)
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
    navigate(`${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`, { replace: true })
  }
  return [value, setParam]
}

/** Query parameters that stay in the URL as the person moves between views (the case's company). */
const KEPT_PARAMS = ['company']

/** `to` with the kept parameters of the current URL added, unless `to` sets them itself. */
export function withKeptParams(to: string, currentSearch: string): string {
  const current = new URLSearchParams(currentSearch)
  const url = new URL(to, 'http://app.invalid')
  if (url.origin !== 'http://app.invalid') return to
  let changed = false
  for (const name of KEPT_PARAMS) {
    const value = current.get(name)
    if (value !== null && !url.searchParams.has(name)) {
      url.searchParams.set(name, value)
      changed = true
    }
  }
  return changed ? `${url.pathname}${url.search}${url.hash}` : to
}

/**
 * Lands on the element a URL's hash names (`/checklist#D18`): scrolls it into view and moves
 * focus to it, on in-app navigation and on first load. The element may not exist yet (its view's
 * chunk or data is still loading), so it waits for it to appear, for a while.
 */
export function useHashLanding(): void {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  )
  const navigation = useSyncExternalStore(
    subscribe,
    () => navigations,
    () => 0,
  )
  useEffect(() => {
    if (hash.length < 2) return
    let id: string
    try {
      id = decodeURIComponent(hash.slice(1))
    } catch {
      return
    }
    const land = (): boolean => {
      const target = document.getElementById(id)
      if (!target) return false
      if (!target.hasAttribute('tabindex')) target.tabIndex = -1
      target.scrollIntoView({ block: 'start' })
      target.focus({ preventScroll: true })
      return true
    }
    if (land()) return
    const observer = new MutationObserver(() => {
      if (land()) stop()
    })
    const timer = window.setTimeout(() => stop(), HASH_WAIT_MS)
    const stop = () => {
      observer.disconnect()
      window.clearTimeout(timer)
    }
    observer.observe(document.body, { childList: true, subtree: true })
    return stop
  }, [hash, navigation])
}

/** How long a hash link waits for its target to appear (slow data, a chunk on a slow network). */
const HASH_WAIT_MS = 15_000

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string }

/** A plain left click, not yet handled: one a link may take. Modified clicks (new tab, new window) are the browser's. */
export function isPlainClick(event: {
  defaultPrevented: boolean
  button: number
  metaKey: boolean
  ctrlKey: boolean
  shiftKey: boolean
  altKey: boolean
}): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey
  )
}

/** An ordinary link that navigates in the page; modified clicks (new tab) behave as usual. */
export function Link({ to, onClick, children, ...rest }: LinkProps) {
  const href = withKeptParams(to, useSearch())
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (!isPlainClick(event)) return
    event.preventDefault()
    navigate(href)
  }
  return (
    <a href={href} onClick={handleClick} {...rest}>
      {children}
    </a>
  )
}
