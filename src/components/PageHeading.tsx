import { useEffect, useRef, type ReactNode } from 'react'

/**
 * The view's h1. Sets the document title and takes focus after in-app navigation so screen
 * reader and keyboard users land on the new view, not on the link they left.
 */
export function PageHeading({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    document.title = `${title} · Rights Exposure Dashboard`
    if (document.activeElement && document.activeElement !== document.body) ref.current?.focus()
  }, [title])
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children}
    </h1>
  )
}
