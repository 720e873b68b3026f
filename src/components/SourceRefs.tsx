import { useQuery } from '@tanstack/react-query'
import { sourceQueries } from '../api/sources'
import { formatPartialDate } from '../domain/format/format'
import type { Source } from '../domain/sources/schema'

function SourceItem({ source }: { source: Source }) {
  const meta = `${source.publisher}, ${formatPartialDate(source.date)}; confidence: ${source.confidence}`
  return (
    <li>
      {source.url ? (
        <a href={source.url} target="_blank" rel="noreferrer noopener">
          {source.title}
        </a>
      ) : (
        <span>{source.title}</span>
      )}{' '}
      <span className="source-meta">
        ({meta}
        {source.url ? '' : '; no public link recorded'})
      </span>
    </li>
  )
}

/** The sources behind a figure, as links with publisher, date and confidence. */
export function SourceRefs({ ids, label = 'Source' }: { ids: string[]; label?: string }) {
  const sources = useQuery(sourceQueries.list())
  const heading = ids.length > 1 ? `${label}s` : label
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
