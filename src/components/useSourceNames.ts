import { useQuery } from '@tanstack/react-query'
import { sourceQueries } from '../api/sources'
import { formatPartialDate } from '../domain/format/format'

/**
 * A function naming sources briefly ("Nextgov, Sep 2014"), for tooltips, table cells and CSV
 * columns where a list of links would not fit. Falls back to the id until the sources load.
 */
export function useSourceNames(): (ids: readonly string[]) => string {
  const sources = useQuery(sourceQueries.list())
  return (ids) =>
    ids
      .map((id) => {
        const s = sources.data?.find((x) => x.id === id)
        return s ? `${s.publisher}, ${formatPartialDate(s.date)}` : id
      })
      .join('; ')
}
