import { useQuery } from '@tanstack/react-query'
import { sourceQueries } from '../api/sources'
import { citationText, citedTitle, trustText } from '../domain/sources/cite'
import type { Source, Verification } from '../domain/sources/schema'
import './sourceRefs.css'

/** A source's title: a link to the original where one is recorded, and a labelled access copy. */
export function SourceTitle({ source }: { source: Source }) {
  const title = citedTitle(source)
  return (
    <>
      {source.url ? (
        <a href={source.url} target="_blank" rel="noreferrer noopener">
          {title}
        </a>
      ) : (
        <span>{title}</span>
      )}
      {source.accessCopy && (
        <>
          {' '}
          <a
            className="access-copy"
            href={source.accessCopy.url}
            target="_blank"
            rel="noreferrer noopener"
            aria-label={`Access copy of “${title}” on ${source.accessCopy.host} (a mirror, confidence low)`}
          >
            access copy ({source.accessCopy.host}, mirror, low)
          </a>
        </>
      )}
    </>
  )
}

function SourceItem({ source }: { source: Source }) {
  const meta = `${citationText(source, 'name')}; ${trustText(source)}`
  return (
    <li>
      <SourceTitle source={source} />{' '}
      <span className="source-meta">
        ({meta}
        {source.url ? '' : '; no public link recorded'})
      </span>
    </li>
  )
}

/**
 * A record the fact check could not confirm: the word "Unverified" and the reason, as visible
 * text (not a tooltip), so every reader and screen reader meets it where the record is used.
 */
export function UnverifiedNote({
  verification,
  inline = false,
}: {
  verification: Verification | null | undefined
  inline?: boolean
}) {
  if (!verification) return null
  const Tag = inline ? 'span' : 'p'
  return (
    <Tag className="unverified">
      <strong className="unverified-label">Unverified</strong>: {verification.reason}
    </Tag>
  )
}

/** The sources behind a figure, as links with publisher, date, tier, confidence and retrieval date. */
export function SourceRefs({ ids, label = 'Source' }: { ids: string[]; label?: string }) {
  const sources = useQuery(sourceQueries.list())
  const heading = ids.length > 1 ? `${label}s` : label
  if (ids.length === 0) return null
  if (sources.isPending) return <p className="sources">{heading}: loading…</p>
  if (sources.isError)
    return (
      <p className="sources">
        {heading}: could not be loaded ({ids.join(', ')}).
      </p>
    )
  const found = ids.map((id) => sources.data.find((s) => s.id === id))
  return (
    <div className="sources">
      <span className="sources-label">{heading}:</span>
      <ul>
        {found.map((source, i) =>
          source ? <SourceItem key={source.id} source={source} /> : <li key={ids[i]}>Unknown source “{ids[i]}”</li>,
        )}
      </ul>
    </div>
  )
}
