import type { ColumnMapping } from '../../domain/holdings/columns'
import { formatCount, plural } from '../../domain/format/format'
import { ColumnMappingForm } from './ColumnMappingForm'
import { ImportReport, ProblemTable } from './ImportReport'
import type { ImportInput, ImportState } from './importState'
import { formatMoneyFromCents } from '../../domain/holdings/currency'
import { pct } from './percent'

/** The outcome of the latest import attempt: refused, needing a mapping, needing a decision, or accepted. */
export function ImportPanel({
  state,
  hasPortfolio,
  onRemap,
  onAcceptValid,
  onDiscard,
}: {
  state: ImportState
  hasPortfolio: boolean
  onRemap: (from: ImportInput, headerLine: number, mapping: ColumnMapping) => void
  onAcceptValid: () => void
  onDiscard: () => void
}) {
  const kept = hasPortfolio ? ' The portfolio shown below is unchanged.' : ''
  switch (state.status) {
    case 'idle':
    case 'working':
      return null
    case 'refused':
      return (
        <div role="alert" className="state state-error">
          <p>
            <strong>{state.from.label} was not loaded.</strong> {state.error}
            {kept}
          </p>
        </div>
      )
    case 'needs-mapping':
      return (
        <div className="state state-error">
          <p role="alert">
            <strong>{state.from.label} needs a column mapping.</strong> {state.error}
            {kept}
          </p>
          <ColumnMappingForm
            headers={state.headers}
            headerLine={state.headerLine}
            initial={state.mapping}
            onSubmit={(mapping) => onRemap(state.from, state.headerLine, mapping)}
          />
        </div>
      )
    case 'review': {
      const p = state.portfolio
      const n = p.positions.length
      const leftOutCompany = state.preview?.companyWithoutValue.filter((u) => u.cause === 'left-out').length ?? 0
      return (
        <div className="state state-error">
          <p role="alert">
            <strong>
              {formatCount(p.problems.length)} {p.problems.length === 1 ? 'row' : 'rows'} in {state.from.label}{' '}
              {p.problems.length === 1 ? 'has' : 'have'} problems
            </strong>
            {n === 0
              ? ' and no row could be counted as a position.'
              : `; ${formatCount(n)} ${n === 1 ? 'row is' : 'rows are'} valid.`}
            {kept}
          </p>
          {p.problems.length > 0 && <ProblemTable problems={p.problems} />}
          {state.preview && n > 0 && (
            <p>
              The valid rows alone total {formatMoneyFromCents(state.preview.totalCents, state.preview.currency)}, with
              an exposure of {formatMoneyFromCents(state.preview.exposureCents, state.preview.currency)} (
              {pct(state.preview.exposureShare)}).
              {leftOutCompany > 0 &&
                ` The company’s own shares are on ${formatCount(leftOutCompany)} of the rows with problems: left out, they are exposure of unknown size, not in that figure.`}
            </p>
          )}
          <div className="button-row">
            {n > 0 && (
              <button type="button" onClick={onAcceptValid}>
                Use the {plural(n, 'valid row')}
              </button>
            )}
            <button type="button" className="secondary" onClick={onDiscard}>
              Discard this file
            </button>
          </div>
          <ImportReport label={state.from.label} portfolio={p} onRemap={(m) => onRemap(state.from, p.headerLine, m)} />
        </div>
      )
    }
    case 'accepted':
      return (
        <div className="import-accepted">
          <p role="status">
            Loaded {state.from.label}: {formatCount(state.portfolio.positions.length)} positions
            {state.ms > 0 ? ` (${formatCount(state.lines)} lines read in ${Math.round(state.ms)} ms)` : ''}.
          </p>
          <ImportReport
            label={state.from.label}
            portfolio={state.portfolio}
            onRemap={(m) => onRemap(state.from, state.portfolio.headerLine, m)}
          />
        </div>
      )
  }
}
