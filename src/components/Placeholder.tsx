import type { ReactNode } from 'react'
import { PageHeading } from './PageHeading'

/** A view whose capability has not been built yet: says so plainly, and what it will do. */
export function Placeholder({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <PageHeading title={title}>{title}</PageHeading>
      <p className="placeholder">Not built yet. {children}</p>
    </section>
  )
}
