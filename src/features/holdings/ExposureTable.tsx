import { useSearchParam } from '../../components/router'
import { heldAs, sortExposureRows, type ExposureSortKey, type SortDirection } from '../../domain/holdings/exposureRows'
import type { ExposureRow } from '../../domain/holdings/lookthrough'
import { formatMoneyFromCents } from '../../domain/holdings/currency'
import { pct } from './percent'

const COLUMNS: { key: ExposureSortKey; label: string; numeric: boolean }[] = [
  { key: 'security', label: 'Security', numeric: false },
  { key: 'via', label: 'Held', numeric: false },
  { key: 'position', label: 'Position value', numeric: true },
  { key: 'effective', label: 'Effective exposure', numeric: true },
  { key: 'share', label: 'Share of portfolio', numeric: true },
]

function parseSort(value: string | null): { key: ExposureSortKey; dir: SortDirection } {
  const [key, dir] = (value ?? '').split('-')
  const k = COLUMNS.find((c) => c.key === key)?.key ?? 'effective'
  return { key: k, dir: dir === 'asc' ? 'ascending' : 'descending' }
}

/** Every exposed position, sortable by any column; the sort is in the URL so it can be shared. */
export function ExposureTable({
  rows,
  caption,
  currency,
  filesWithNotes,
}: {
  rows: ExposureRow[]
  caption: string
  currency: string | null
  /** Ids of the fund files with notes on their weight (netted lines, lines not counted as shares). */
  filesWithNotes?: ReadonlySet<string>
}) {
  const [sortParam, setSortParam] = useSearchParam('sort')
  const sort = parseSort(sortParam)
  const sorted = sortExposureRows(rows, sort.key, sort.dir)
  const toggle = (key: ExposureSortKey, numeric: boolean) => {
    const dir = sort.key === key ? (sort.dir === 'ascending' ? 'desc' : 'asc') : numeric ? 'desc' : 'asc'
    setSortParam(`${key}-${dir}`)
  }
  return (
    <div className="table-scroll">
      <table className="exposure-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                aria-sort={sort.key === c.key ? sort.dir : undefined}
                className={c.numeric ? 'num' : undefined}
              >
                <button type="button" className="sort-button" onClick={() => toggle(c.key, c.numeric)}>
                  {c.label}
                  <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
                </button>
              </th>
            ))}
            <th scope="col" className="num">
              Weight
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={`${r.line}-${r.via?.fundId ?? 'direct'}`}>
              <th scope="row">
                {r.security} <span className="line-ref">(line {r.line})</span>
              </th>
              <td>
                {heldAs(r)}
                {r.via?.sample && <span className="sample-tag"> Sample data</span>}
                {r.via?.source === 'file' && (
                  <span>
                    {' '}
                    (issuer’s file, as of {r.via.asOf || 'date not stated'}
                    {filesWithNotes?.has(r.via.fundId) ? '; see the file’s notes under Fund holdings files' : ''})
                  </span>
                )}
              </td>
              <td className="num">{formatMoneyFromCents(r.positionCents, currency)}</td>
              <td className="num">{formatMoneyFromCents(r.effectiveCents, currency)}</td>
              <td className="num">{pct(r.share)}</td>
              <td className="num">{r.via ? pct(r.via.weight) : '100.00%'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
