import { useSearchParam } from './router'

/** The query parameter naming the figures shown as tables: `?table=awards-by-year,awards-by-component`. */
export const TABLE_VIEW_PARAM = 'table'

/** The figures a `table` parameter names, in order, without blanks or repeats. */
export function tableViewFigures(param: string | null): string[] {
  return [...new Set((param ?? '').split(',').filter(Boolean))]
}

/** The parameter with `figure` added to or taken from it; null once no figure is left. */
export function toggledTableView(param: string | null, figure: string): string | null {
  const figures = tableViewFigures(param)
  const next = figures.includes(figure) ? figures.filter((f) => f !== figure) : [...figures, figure]
  return next.length ? next.join(',') : null
}

/**
 * Whether the figure `figure` (its file slug) shows its table instead of its chart. Kept in the
 * URL like the filters, so a link or a reload opens the same view, and Back returns to it.
 */
export function useTableView(figure: string): [boolean, () => void] {
  const [param, setParam] = useSearchParam(TABLE_VIEW_PARAM)
  return [tableViewFigures(param).includes(figure), () => setParam(toggledTableView(param, figure))]
}
