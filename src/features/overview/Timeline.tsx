import { useQuery } from '@tanstack/react-query'
import { timelineQueries } from '../../api/timeline'
import { EmptyState, ErrorState, Loading } from '../../components/QueryStates'
import { SourceRefs, UnverifiedNote } from '../../components/SourceRefs'
import { formatPartialDate } from '../../domain/format/format'
import { sortTimeline } from '../../domain/timeline/sort'

/** The dated key events, oldest first, each with its sources. */
export function Timeline({ companyId }: { companyId: string }) {
  const timeline = useQuery(timelineQueries.list(companyId))
  if (timeline.isPending) return <Loading label="the timeline" />
  if (timeline.isError)
    return <ErrorState what="the timeline" error={timeline.error} onRetry={() => void timeline.refetch()} />
  if (timeline.data.length === 0) return <EmptyState>No dated events are recorded for this company.</EmptyState>
  return (
    <ol className="timeline">
      {sortTimeline(timeline.data).map((event) => (
        <li key={event.id} id={event.id}>
          <time dateTime={event.date}>{formatPartialDate(event.date)}</time>
          <span className="timeline-kind">{event.kind}</span>
          <p>{event.title}</p>
          <UnverifiedNote verification={event.verification} />
          <SourceRefs ids={event.sourceIds} />
        </li>
      ))}
    </ol>
  )
}
