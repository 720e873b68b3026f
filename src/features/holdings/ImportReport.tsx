import { useMemo } from 'react'
import { COLUMN_FIELDS, FIELD_LABELS, type ColumnMapping } from '../../domain/holdings/columns'
import { formatCount, plural } from '../../domain/format/format'
import type { ParsedPortfolio, Position, RowProblem, SkippedRow } from '../../domain/holdings/parse'
import { ColumnMappingForm } from './ColumnMappingForm'

/** Long lists are cut here: a 100,000-row file must not put 100,000 rows in the page. */
const SHOWN = 100

const DELIMITERS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' }

export function ProblemTable({ problems }: { problems: RowProblem[] }) {
  return (
    <div className="table-scroll">
      <table>
        <caption>Rows with problems, left out ({formatCount(problems.length)})</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
          </tr>
        </thead>
        <tbody>
          {problems.slice(0, SHOWN).map((p) => (
            <tr key={`${p.line}-${p.column ?? ''}`}>
              <td>{p.line}</td>
              <td>{p.column ?? '(whole row)'}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {problems.length > SHOWN && <p>…and {formatCount(problems.length - SHOWN)} more rows with problems.</p>}
    </div>
  )
}

function SkippedTable({ skipped }: { skipped: SkippedRow[] }) {
  return (
    <details>
      <summary>Rows not counted as positions ({formatCount(skipped.length)}), and why</summary>
      <div className="table-scroll">
        <table>
          <caption>Rows skipped on purpose</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Why</th>
              <th scope="col">Content</th>
            </tr>
          </thead>
          <tbody>
            {skipped.slice(0, SHOWN).map((s) => (
              <tr key={s.line}>
                <td>{s.line}</td>
                <td>{s.reason}</td>
                <td className="cell-text">{s.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {skipped.length > SHOWN && <p>…and {formatCount(skipped.length - SHOWN)} more.</p>}
    </details>
  )
}

function RecognisedColumns({ portfolio }: { portfolio: ParsedPortfolio }) {
  const { mapping, headers } = portfolio
  const used = COLUMN_FIELDS.filter((f) => mapping[f] !== null)
  return (
    <dl className="recognised-columns" aria-label="Recognised columns">
      {used.map((f) => (
        <div key={f}>
          <dt>{FIELD_LABELS[f]}</dt>
          <dd>“{headers[mapping[f] as number] || `Column ${(mapping[f] as number) + 1}`}”</dd>
        </div>
      ))}
    </dl>
  )
}

/**
 * How many positions of each kind, counted once per portfolio: counting 100,000 positions on every
 * render was a long task of its own.
 */
function countKinds(positions: readonly Position[]): Record<Position['kind'], number> {
  let cash = 0
  let pending = 0
  for (let i = 0; i < positions.length; i += 1) {
    const kind = (positions[i] as Position).kind
    if (kind === 'cash') cash += 1
    else if (kind === 'pending') pending += 1
  }
  return { security: positions.length - cash - pending, cash, pending }
}

/** What was read from the file: the header, the columns, what was counted, skipped or wrong. */
export function ImportReport({
  label,
  portfolio,
  onRemap,
}: {
  label: string
  portfolio: ParsedPortfolio
  onRemap: (mapping: ColumnMapping) => void
}) {
  const counts = useMemo(() => countKinds(portfolio.positions), [portfolio.positions])
  return (
    <section aria-labelledby="import-report-heading" className="import-report">
      <h3 id="import-report-heading">What was read from {label}</h3>
      <p>
        Header on line {portfolio.headerLine}; {DELIMITERS[portfolio.delimiter]}-separated; decimal mark “
        {portfolio.decimalMark}”; columns {portfolio.autoMapped ? 'recognised from their names' : 'as you mapped them'}:
      </p>
      <RecognisedColumns portfolio={portfolio} />
      <p>
        Counted {plural(portfolio.positions.length, 'position')}: {plural(counts.security, 'security', 'securities')},{' '}
        {formatCount(counts.cash)} cash and {formatCount(counts.pending)} pending activity. Skipped{' '}
        {plural(portfolio.skipped.length, 'row')}; {plural(portfolio.problems.length, 'row')} with problems.
      </p>
      {portfolio.skipped.length > 0 && <SkippedTable skipped={portfolio.skipped} />}
      <details>
        <summary>Change the column mapping</summary>
        <ColumnMappingForm
          headers={portfolio.headers}
          headerLine={portfolio.headerLine}
          initial={portfolio.mapping}
          onSubmit={onRemap}
        />
      </details>
    </section>
  )
}
