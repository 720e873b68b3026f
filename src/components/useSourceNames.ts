import { useQuery } from '@tanstack/react-query'
import { sourceQueries } from '../api/sources'
import { citeSources } from '../domain/sources/cite'

/**
 * A function naming sources briefly ("Nextgov, Sep 2014"), for tooltips, table cells and CSV
 * columns where a list of links would not fit. Falls back to the id until the sources load.
 */
export function useSourceNames(): (ids: readonly string[]) => string {
  const sources = useQuery(sourceQueries.list())
  return (ids) => citeSources(ids, sources.data, 'name').join('; ')
}
